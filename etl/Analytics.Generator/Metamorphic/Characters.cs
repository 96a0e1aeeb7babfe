using System.Text;
using Analytics.Generator.Rendering;

namespace Analytics.Generator.Metamorphic;

/// <summary>Digits, decimal points between digits and percent signs in their full-width forms (０-９, ．, ％).</summary>
public sealed class FullWidthDigits : ITextTransformation
{
    public string Name => "full-width-digits";

    public string Keeps => "every number: full-width digits are the same digits (NFKC)";

    public string Apply(string text, Random rng)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var betweenDigits = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            builder.Append(c switch
            {
                >= '0' and <= '9' => (char)('０' + (c - '0')),
                '.' when betweenDigits => '．',
                '%' => '％',
                _ => c,
            });
        }

        return builder.ToString();
    }
}

/// <summary>Common characters in their traditional forms (績效自評表, 預算執行數), as a county that types them prints them.</summary>
public sealed class TraditionalCharacters : ITextTransformation
{
    public string Name => "traditional-characters";

    public string Keeps => "every word: traditional characters are the same words";

    public string Apply(string text, Random rng)
    {
        var traditional = Traditional.Apply(text);
        return traditional == text ? text : traditional;
    }
}

/// <summary>≥ and ≤ swapped with their JIS forms ≧ and ≦ (and back).</summary>
public sealed class JisComparisonSigns : ITextTransformation
{
    public string Name => "jis-comparison-signs";

    public string Keeps => "every target's comparison: ≧ means ≥, ≦ means ≤";

    public string Apply(string text, Random rng)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOfAny(['≥', '≤', '≧', '≦']) < 0)
        {
            return text;
        }

        return string.Concat(text.Select(c => c switch
        {
            '≥' => '≧',
            '≤' => '≦',
            '≧' => '≥',
            '≦' => '≤',
            _ => c,
        }));
    }
}

/// <summary>Filled cells of tab and pipe rows padded with U+3000 on one or both sides.</summary>
public sealed class IdeographicPadding : LineTransformation
{
    public override string Name => "ideographic-padding";

    public override string Keeps => "every cell's text; U+3000 around it is white space";

    protected override IReadOnlyList<string>? Rewrite(IReadOnlyList<string> lines, Random rng)
    {
        var changed = false;
        var result = lines.Select(line =>
        {
            var trimmed = line.Trim();
            var isPipe = trimmed.StartsWith('|') && trimmed.EndsWith('|') && trimmed.Length > 1;
            if (!isPipe && !line.Contains('\t', StringComparison.Ordinal))
            {
                return line;
            }

            var cells = isPipe ? trimmed[1..^1].Split('|') : line.Split('\t');
            if (cells.All(cell => cell.Trim().Length == 0 || cell.Trim().All(c => c is '-' or ':')))
            {
                return line;
            }

            changed = true;
            var padded = cells.Select(cell => IsPaddable(cell.Trim()) ? Pad(cell.Trim(), rng) : cell);
            return isPipe ? "|" + string.Join('|', padded) + "|" : string.Join('\t', padded);
        }).ToList();
        return changed ? result : null;
    }

    /// <summary>Not an empty cell, a rule cell, or a quoted Excel cell (a space outside its quotes would unquote it).</summary>
    private static bool IsPaddable(string cell) =>
        cell.Length > 0 && !cell.All(c => c is '-' or ':') && !cell.StartsWith('"') && !cell.EndsWith('"');

    private static string Pad(string cell, Random rng) => rng.Next(3) switch
    {
        0 => "\u3000" + cell,
        1 => cell + "\u3000",
        _ => "\u3000" + cell + "\u3000\u3000",
    };
}

/// <summary>Line ends switched between LF and CRLF.</summary>
public sealed class CrlfLineEnds : ITextTransformation
{
    public string Name => "crlf-line-ends";

    public string Keeps => "every line; only the line end changes";

    public string Apply(string text, Random rng)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("\r\n", StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal)
            : text.Replace("\n", "\r\n", StringComparison.Ordinal);
    }
}

/// <summary>One to three spaces put in front of and after every non-blank line.</summary>
public sealed class LineEdgeSpaces : LineTransformation
{
    public override string Name => "line-edge-spaces";

    public override string Keeps => "every line's text; spaces at a line's ends are white space";

    protected override IReadOnlyList<string>? Rewrite(IReadOnlyList<string> lines, Random rng) =>
        lines.All(ReportText.IsBlank) ? null
            : [.. lines.Select(line => ReportText.IsBlank(line) ? line : new string(' ', rng.Next(1, 4)) + line + new string(' ', rng.Next(1, 4)))];
}
