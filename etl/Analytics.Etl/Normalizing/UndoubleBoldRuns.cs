using System.Text.RegularExpressions;

namespace Analytics.Etl.Normalizing;

/// <summary>
/// Text copied from a PDF that printed its bold by drawing each run twice reads every such run twice: list marks
/// "(1)(1)", "2 2、" and amounts "7070 萬元" for 70, "106.5106.5" for 106.5. Where a document shows that mark (three or
/// more doubled list marks), an amount made of one number written twice is that number once; a year ("2020年") is
/// left alone. Elsewhere nothing changes: a doubled amount with no doubled marks around it is what it says.
/// </summary>
public sealed partial class UndoubleBoldRuns : IDocumentNormalizer
{
    private const int MinDoubledMarks = 3;

    [GeneratedRegex(@"[(（](\d{1,2})[)）]\s*[(（]\1[)）]|(?<!\d)(\d{1,2})\s+\2\s*[、.．]")]
    private static partial Regex DoubledMark();

    [GeneratedRegex(@"(?<![\d.])(?<once>\d+(?:\.\d+)?)\k<once>(?![\d.])(?!\s*[年月日号])")]
    private static partial Regex DoubledNumber();

    private static readonly System.Buffers.SearchValues<char> MarkEnds = System.Buffers.SearchValues.Create(")）、");

    /// <summary>"(1)(1)" or "2 2、": a closing parenthesis right before an opening one, or a digit, a space, the digit again and a list mark.</summary>
    private static bool MayHoldDoubledMark(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(MarkEnds); at >= 0; at = NextMark(span, at))
        {
            if (text[at] == '、')
            {
                if (at >= 3 && char.IsAsciiDigit(text[at - 1]) && text[at - 2] == ' ' && text[at - 3] == text[at - 1])
                {
                    return true;
                }
            }
            else if (at + 1 < text.Length && text[at + 1] is '(' or '（')
            {
                return true;
            }
        }

        return false;
    }

    private static int NextMark(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOfAny(MarkEnds);
        return next < 0 ? -1 : at + 1 + next;
    }

    public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var marks = 0;
        foreach (var line in lines)
        {
            // most lines hold no mark that could be doubled: look before the regex does
            if (!MayHoldDoubledMark(line.Text))
            {
                continue;
            }

            marks += DoubledMark().Count(line.Text);
            if (marks >= MinDoubledMarks)
            {
                break;
            }
        }

        if (marks < MinDoubledMarks)
        {
            return lines;
        }

        return [.. lines.Select(line => DoubledNumber().IsMatch(line.Text)
            ? line with { Text = DoubledNumber().Replace(line.Text, match => match.Groups["once"].Value) }
            : line)];
    }
}
