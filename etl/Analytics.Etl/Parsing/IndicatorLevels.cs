using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>The words of 一级 and 二级 indicator columns, read from Data/indicator_levels.csv.</summary>
internal static partial class IndicatorLevels
{
    private static readonly Lazy<Dictionary<string, int>> Words = new(Load);

    // "产出指标（50分）", and "产出指标(50)" where a cell printed the points without their 分
    [GeneratedRegex(@"\s*[(（]\s*\d+(\.\d+)?\s*分?\s*[)）]\s*[:：]?$")]
    private static partial Regex PointsSuffix();

    [GeneratedRegex(@"^[(（]\s*\d+(\.\d+)?\s*分\s*[)）]$")]
    private static partial Regex PointsOnly();

    [GeneratedRegex(@"^目标\s*\d+\s*([(（]\s*\d+(\.\d+)?\s*分\s*[)）])?\s*[:：]?$")]
    private static partial Regex GoalGroup();

    /// <summary>"产出指标 (50 分)" → "产出指标"; spaces from justified printing removed.</summary>
    public static string Clean(string text) =>
        TextTools.RemoveWhiteSpace(HasParenthesis(text) ? PointsSuffix().Replace(text.Trim(), string.Empty) : text);

    public static bool HasPoints(string text) => HasParenthesis(text) && PointsSuffix().IsMatch(text.Trim());

    /// <summary>Points are printed in parentheses: text without one is passed over before any regex (most cells).</summary>
    private static bool HasParenthesis(string text) => text.AsSpan().IndexOfAny('(', '（') >= 0;

    /// <summary>"（40 分）" or "目标 1(40 分）：" on their own: group labels that carry no indicator.</summary>
    public static bool IsGroupLabel(string text)
    {
        var trimmed = TextTools.RemoveWhiteSpace(text);
        // the form's label of its whole block of indicators, printed at the block's middle row
        if (trimmed is "绩效指标" or "年度绩效指标")
        {
            return true;
        }

        if (!HasParenthesis(trimmed) && !trimmed.StartsWith("目标", StringComparison.Ordinal))
        {
            return false;
        }

        return PointsOnly().IsMatch(trimmed) || GoalGroup().IsMatch(trimmed);
    }

    /// <summary>The standard 二级 categories: a row named by one is a heading row, not an indicator.</summary>
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
    };

    private static readonly string[] StandardHeadings = ["产出指标", "效益指标", "满意度指标", .. Categories];

    /// <summary>
    /// "部分班次推迟至次年产出指标质量指标培训考核合格率", "无满意度指标…": a standard heading inside a name, after other
    /// words, is a row whose cells ran together out of line (the note of the row above, then its own headings).
    /// </summary>
    public static bool HasHeadingInside(string text)
    {
        if (!text.Contains("指标", StringComparison.Ordinal))
        {
            return false;
        }

        // a heading that ends the name is the name's own word ("服务对象满意度指标"), and one that ends a heading word
        // starting the name is part of it ("社会效益指标…"): neither is another row's
        foreach (var heading in StandardHeadings)
        {
            for (var at = text.IndexOf(heading, 1, StringComparison.Ordinal); at > 0; at = text.IndexOf(heading, at + 1, StringComparison.Ordinal))
            {
                var end = at + heading.Length;
                if (end < text.Length && !Words.Value.ContainsKey(text[..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The 一级 heading a standard 二级 category stands under in the national form; null for any other word.</summary>
    public static string? ParentOf(string? level2) => level2 switch
    {
        "数量指标" or "质量指标" or "时效指标" or "成本指标" => "产出指标",
        "经济效益指标" or "社会效益指标" or "生态效益指标" or "可持续影响指标" => "效益指标",
        "服务对象满意度指标" => "满意度指标",
        _ => null,
    };

    /// <summary>
    /// "满意度指标(10分)", "产出指标", "质量指标" or a cut-off "产出": a heading, not an indicator's name. Other 二级 words
    /// ("服务对象满意度", "社会效益") are real indicators' names too.
    /// </summary>
    public static bool IsHeadingOrItsStart(string text)
    {
        var cleaned = Clean(text);
        return HasPoints(text) || Categories.Contains(cleaned) || LevelOf(cleaned) == 1
            || cleaned.Length is >= 2 and <= 3 && Words.Value.Any(word => word.Value == 1 && word.Key.StartsWith(cleaned, StringComparison.Ordinal));
    }

    /// <summary>The longest 一级 or 二级 word ending in 指标 the text starts with ("资金管理" also starts real names).</summary>
    public static string? LeadingWord(string text)
    {
        // the first of the longest, as MaxBy over the words in the data's order gave
        string? longest = null;
        foreach (var word in WordsEndingInIndicator.Value)
        {
            if (text.StartsWith(word, StringComparison.Ordinal) && (longest is null || word.Length > longest.Length))
            {
                longest = word;
            }
        }

        return longest;
    }

    /// <summary>The words of four characters or more ending in 指标, in the data's order: filtered once, not per cell.</summary>
    private static readonly Lazy<string[]> WordsEndingInIndicator = new(() =>
        [.. Words.Value.Keys.Where(word => word.Length >= 4 && word.EndsWith("指标", StringComparison.Ordinal))]);

    /// <summary>The lengths of the heading words, longest first: computed once, not per cell.</summary>
    private static readonly Lazy<int[]> WordLengthsLongestFirst = new(() =>
        [.. Words.Value.Keys.Select(word => word.Length).Distinct().OrderByDescending(length => length)]);

    public static int? LevelOf(string text)
    {
        var cleaned = Clean(text);
        if (Words.Value.TryGetValue(cleaned, out var level))
        {
            return level;
        }

        // "时效性指标", "经济效益类指标": a short phrase ending in 指标 is a 二级 heading; "绩效指标" is the form's label for
        // the whole block of indicators (printed at its middle row), no heading of a group
        return cleaned.Length is >= 4 and <= 10 && cleaned.EndsWith("指标", StringComparison.Ordinal) && !cleaned.StartsWith("指标", StringComparison.Ordinal)
            && cleaned is not ("绩效指标" or "年度绩效指标")
            ? 2
            : null;
    }

    [GeneratedRegex(@"^\s*[(（]\s*\d+(\.\d+)?\s*分\s*[)）]")]
    private static partial Regex LeadingPoints();

    /// <summary>
    /// "产出指标（50分）数量指标…": the 一级/二级 heading a glued row starts with — a known heading word (the longest),
    /// else a short phrase ending in 指标 — with its "(50分)"; null when the text starts with none.
    /// </summary>
    public static (string Heading, int Level, int Length)? LeadingHeading(string text)
    {
        foreach (var length in WordLengthsLongestFirst.Value)
        {
            if (length < text.Length && Words.Value.TryGetValue(text[..length], out var level))
            {
                var points = LeadingPoints().Match(text[length..]);
                return (text[..length], level, length + (points.Success ? points.Length : 0));
            }
        }

        var end = text.IndexOf("指标", StringComparison.Ordinal);
        if (end is >= 2 and <= 8 && end + 2 < text.Length)
        {
            var points = LeadingPoints().Match(text[(end + 2)..]);
            return (text[..(end + 2)], 2, end + 2 + (points.Success ? points.Length : 0));
        }

        return null;
    }

    public static bool IsLevel1(string text) => LevelOf(text) == 1 || (HasPoints(text) && LevelOf(text) is not null);

    public static bool IsLevel2(string text) => LevelOf(text) == 2;

    private static Dictionary<string, int> Load()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fields in EmbeddedData.ReadCsv("indicator_levels.csv"))
        {
            words[fields[0]] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return words;
    }
}
