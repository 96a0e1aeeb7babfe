using System.Buffers;
using System.Text;

namespace Analytics.Etl.Normalizing;

/// <summary>
/// Removes LaTeX left behind by PDF-to-text converters: <c>$\geq 95\%$</c> → <c>≥95%</c>,
/// <c>$\leq 30$</c> → <c>≤30</c>, <c>\%</c> → <c>%</c>, <c>\times</c> → <c>×</c>,
/// <c>\mathrm{x}</c>/<c>\text{x}</c> → <c>x</c>, <c>^{\circ}</c> → <c>°</c>.
/// </summary>
/// <remarks>
/// Conservative: only <c>$...$</c> (or <c>$$...$$</c>) spans on one line and known backslash commands
/// are touched. A span counts as math only if it has a backslash command, or else consists only of
/// digits, spaces and math punctuation with no space just inside the dollars (so "US$5, $6" is not
/// math). Inside math, spaces and grouping braces are dropped as TeX does; outside it only known
/// commands change. Unknown commands are kept verbatim.
/// </remarks>
public sealed class StripTypesettingArtifacts : ILineNormalizer
{
    private const int MaxMathLength = 200;

    private static readonly SearchValues<char> Triggers = SearchValues.Create("$\\");

    private static readonly SearchValues<char> PlainMath = SearchValues.Create("0123456789.,%+-−=<>≤≥×÷()[]^_{}~ ");

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["geq"] = "≥",
        ["ge"] = "≥",
        ["geqslant"] = "≥",
        ["leq"] = "≤",
        ["le"] = "≤",
        ["leqslant"] = "≤",
        ["neq"] = "≠",
        ["ne"] = "≠",
        ["gt"] = ">",
        ["lt"] = "<",
        ["times"] = "×",
        ["div"] = "÷",
        ["pm"] = "±",
        ["approx"] = "≈",
        ["sim"] = "~",
        ["cdot"] = "·",
        ["circ"] = "°",
        ["degree"] = "°",
        ["ldots"] = "...",
        ["cdots"] = "...",
        ["dots"] = "...",
        ["quad"] = " ",
        ["qquad"] = " ",
        ["left"] = string.Empty,
        ["right"] = string.Empty,
    };

    /// <summary>Commands whose one braced argument is kept as plain text.</summary>
    private static readonly HashSet<string> TextArgument = new(StringComparer.Ordinal)
    {
        "text", "textrm", "textbf", "textit", "mathrm", "mathbf", "mathit", "mathsf", "operatorname", "mbox", "boldsymbol",
    };

    public string Normalize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.AsSpan().ContainsAny(Triggers))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        var text = line.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '$' && TryMathSpan(text, i, out var content, out var next))
            {
                var start = builder.Length;
                AppendMath(content, builder);
                builder.Replace("^°", "°", start, builder.Length - start);
                i = next;
            }
            else if (c == '\\')
            {
                i = AppendCommand(text, i, builder, math: false);
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool TryMathSpan(ReadOnlySpan<char> text, int open, out ReadOnlySpan<char> content, out int next)
    {
        content = default;
        next = open;
        var delimiter = open + 1 < text.Length && text[open + 1] == '$' ? "$$" : "$";
        var start = open + delimiter.Length;
        var close = text[start..].IndexOf(delimiter, StringComparison.Ordinal);
        if (close <= 0 || close > MaxMathLength)
        {
            return false;
        }

        content = text.Slice(start, close);
        next = start + close + delimiter.Length;
        if (content.Contains('\t'))
        {
            return false;
        }

        if (content.Contains('\\'))
        {
            return true;
        }

        return content[0] != ' ' && content[^1] != ' ' && !content.ContainsAnyExcept(PlainMath);
    }

    private static void AppendMath(ReadOnlySpan<char> math, StringBuilder builder)
    {
        var i = 0;
        while (i < math.Length)
        {
            var c = math[i];
            if (c == '\\')
            {
                i = AppendCommand(math, i, builder, math: true);
                continue;
            }

            if (!char.IsWhiteSpace(c) && c is not '{' and not '}')
            {
                builder.Append(c);
            }

            i++;
        }
    }

    private static void AppendText(ReadOnlySpan<char> text, StringBuilder builder)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i = AppendCommand(text, i, builder, math: false);
            }
            else
            {
                builder.Append(text[i++]);
            }
        }
    }

    /// <summary>Handles the command starting at the backslash at <paramref name="at"/>; returns the index after it.</summary>
    private static int AppendCommand(ReadOnlySpan<char> text, int at, StringBuilder builder, bool math)
    {
        var start = at + 1;
        if (start >= text.Length)
        {
            builder.Append('\\');
            return start;
        }

        var first = text[start];
        if (!char.IsAsciiLetter(first))
        {
            switch (first)
            {
                case '%' or '$' or '&' or '#' or '_' or '{' or '}':
                    builder.Append(first);
                    break;
                case ',' or ';' or ':' or '!' or ' ' when math:
                    break;
                case '\\' when math:
                    builder.Append(' ');
                    break;
                default:
                    builder.Append('\\').Append(first);
                    break;
            }

            return start + 1;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var name = text[start..end].ToString();
        if (Symbols.TryGetValue(name, out var symbol))
        {
            builder.Append(symbol);
            return SkipSpaces(text, end);
        }

        if (TextArgument.Contains(name) && TryGroup(text, SkipSpaces(text, end), out var argument, out var afterArgument))
        {
            AppendText(argument, builder);
            return afterArgument;
        }

        if (name == "frac"
            && TryGroup(text, SkipSpaces(text, end), out var numerator, out var afterNumerator)
            && TryGroup(text, SkipSpaces(text, afterNumerator), out var denominator, out var afterDenominator))
        {
            AppendMath(numerator, builder);
            builder.Append('/');
            AppendMath(denominator, builder);
            return afterDenominator;
        }

        builder.Append('\\').Append(name);
        return end;
    }

    /// <summary>A balanced <c>{...}</c> group starting at <paramref name="at"/>.</summary>
    private static bool TryGroup(ReadOnlySpan<char> text, int at, out ReadOnlySpan<char> content, out int next)
    {
        content = default;
        next = at;
        if (at >= text.Length || text[at] != '{')
        {
            return false;
        }

        var depth = 0;
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                content = text[(at + 1)..i];
                next = i + 1;
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
