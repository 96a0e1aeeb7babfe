using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>Small text helpers shared by the parsers.</summary>
internal static partial class TextTools
{
    [GeneratedRegex(@"[（(][^（()）]*[）)]")]
    private static partial Regex Parenthetical();

    /// <summary>"主管部门(盖章)" → "主管部门": every innermost parenthetical removed, full-width or not.</summary>
    public static string RemoveParentheticals(string text) =>
        text.AsSpan().IndexOfAny('(', '（') < 0 ? text : Parenthetical().Replace(text, string.Empty);

    public static bool IsCjk(char c) =>
        c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    /// <summary>Full-width characters take two columns in a typeset table; the wrap width of a cell is measured this way.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += DisplayWidth(c);
        }

        return width;
    }

    public static int DisplayWidth(char c) => c > '\u2e80' ? 2 : 1;

    public static string RemoveWhiteSpace(string text)
    {
        // most cells hold no white space: no copy then
        if (!ContainsWhiteSpace(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Joins the pieces of one cell: spaces between two CJK characters are wrap or justification artifacts
    /// ("数量 指 标"), other spaces ("12 次", "≥ 30 万元") are kept as written.
    /// </summary>
    public static string JoinCellText(IEnumerable<string> pieces)
    {
        var joined = new StringBuilder();
        foreach (var piece in pieces)
        {
            var text = piece.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (joined.Length > 0 && !(IsCjkOrFullWidthPunctuation(joined[^1]) || IsCjkOrFullWidthPunctuation(text[0])))
            {
                joined.Append(' ');
            }

            joined.Append(text);
        }

        return CollapseCjkSpaces(joined.ToString());
    }

    public static string CollapseCjkSpaces(string text)
    {
        if (!ContainsWhiteSpace(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var previous = builder.Length > 0 ? builder[^1] : '\0';
                var next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next >= text.Length || builder.Length == 0)
                {
                    i = next - 1;
                    continue;
                }

                if (IsCjk(previous) && IsCjk(text[next]))
                {
                    i = next - 1;
                    continue;
                }

                builder.Append(' ');
                i = next - 1;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }

    public static bool ContainsWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsCjkOrFullWidthPunctuation(char c) =>
        IsCjk(c) || c is >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef' || c is '“' or '”' or '‘' or '’';

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
