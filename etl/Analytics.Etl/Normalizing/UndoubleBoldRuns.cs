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

    public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var marks = 0;
        foreach (var line in lines)
        {
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
