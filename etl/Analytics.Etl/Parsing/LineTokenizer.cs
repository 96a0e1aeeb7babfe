using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>Splits a printed line of a flat table into cells.</summary>
internal static partial class LineTokenizer
{
    [GeneratedRegex(@"^(?<n>\d{1,3}(\.\d+)?)(?<rest>[\u4e00-\u9fff“""][^\s]{3,})$")]
    private static partial Regex GluedScorePattern();

    /// <summary>
    /// Splits on white space (or pipes), then puts back together what belongs to one cell: a unit after its number
    /// ("355789" "人"), an operator before it ("≥" "95%"), a parenthesis split open ("（40" "分）"), and
    /// justified single characters ("医" "疗" "保").
    /// </summary>
    public static List<string> Split(string line)
    {
        var raw = line.Contains('|', StringComparison.Ordinal)
            ? line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tokens = new List<string>();
        foreach (var token in raw)
        {
            if (tokens.Count > 0 && ShouldJoin(tokens[^1], token))
            {
                var separator = TextTools.IsCjk(tokens[^1][^1]) && TextTools.IsCjk(token[0]) ? string.Empty : " ";
                tokens[^1] = tokens[^1] + separator + token;
            }
            else
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>A parenthesis left open joins the tokens after it only this far: an unclosed one is no cell.</summary>
    private const int MaxJoinedChars = 200;

    private static bool ShouldJoin(string previous, string current)
    {
        if (previous.Length > MaxJoinedChars)
        {
            return false;
        }

        if (OpenParentheses(previous) > 0)
        {
            return true;
        }

        if (ValueText.IsOperator(previous) && ValueText.IsNumberLike(current))
        {
            return true;
        }

        if (ValueText.IsUnitWord(current) && ValueText.IsNumberLike(previous))
        {
            return true;
        }

        // "≥30 万笔", "7 个工作日": a measure word the list lacks, led by 万/亿/千/个 or ending like one
        if (ValueText.IsNumberLike(previous) && !ValueText.Classify(previous).Equals(ValueKind.Text) && LooksLikeUnit(current))
        {
            return true;
        }

        if (current.StartsWith('%') && ValueText.IsNumberLike(previous))
        {
            return true;
        }

        // "医 疗 保": a justified cell prints one character per slot
        return current.Length == 1 && TextTools.IsCjk(current[0]) && !ValueText.IsUnitWord(current)
            && previous.Length <= 8 && previous.All(TextTools.IsCjk);
    }

    private static bool LooksLikeUnit(string token) =>
        token.Length is >= 1 and <= 4 && token.All(TextTools.IsCjk)
        && (token[0] is '万' or '亿' or '千' or '个' || ValueText.IsUnitWord(token[..1]) && token.Length <= 2);

    private static int OpenParentheses(string text)
    {
        var open = 0;
        foreach (var c in text)
        {
            open += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
        }

        return open;
    }

    /// <summary>
    /// "40居民医保住院待遇享受人次": a merged group score printed against the first characters of the next row's
    /// name. Returns the number and the name when the token looks like that.
    /// </summary>
    public static (string Number, string Name)? SplitGluedScore(string token)
    {
        var match = GluedScorePattern().Match(token);
        if (!match.Success || ValueText.ParseNumber(match.Groups["n"].Value) is not { } number || number > 100)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;

        // "2022年度完成", "12次", "100%覆盖" are values, not a score stuck to a name
        return ValueText.Classify(rest) == ValueKind.Text && !ValueText.StartsWithUnitWord(rest)
            ? (match.Groups["n"].Value, rest)
            : null;
    }
}
