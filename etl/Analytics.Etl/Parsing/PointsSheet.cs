using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>
/// A scoring sheet (自评指标计分表) whose indicators carry their points in their labels and whose rows leave out the
/// cells their groups merged: "项目决策 (20分) | 项目目标 (4分) | 目标内容 (4分) | 4 | 具体指标… | 评价标准…", then
/// "决策依据 (4分) | 4 | …". Which label is a group and which an indicator is read from the points alone: a row's cells
/// before its first number are labels with points, the last of them the indicator (its points the weight, the number
/// its score), the ones before it groups; a group holds the labels after it while its points leave room, so a row
/// that starts lower down belongs to the groups still open above it. The cells after the score are criteria, read past.
/// </summary>
internal static partial class PointsSheet
{
    [GeneratedRegex(@"^(?<name>[^\d()（）:：，。,;；|]{1,24}?)\s*[(（]\s*(?<points>\d+(?:\.\d+)?)\s*分\s*[)）]$")]
    private static partial Regex PointedLabel();

    /// <summary>Fewer indicators than this is no sheet: a label or two with points are other tables' headings.</summary>
    private const int MinIndicators = 3;

    /// <summary>Labels with points a sheet of <see cref="MinIndicators"/> indicators and their groups prints at least.</summary>
    private const int MinLabels = 5;

    private static int PointsMarks(string text)
    {
        var count = 0;
        for (var at = text.IndexOf('分', StringComparison.Ordinal); at >= 0 && at + 1 < text.Length; at = text.IndexOf('分', at + 1))
        {
            count += text[at + 1] is ')' or '）' ? 1 : 0;
        }

        return count;
    }

    private sealed record Group(string Name, decimal Points)
    {
        public decimal Assigned { get; set; }
    }

    public static List<IndicatorRow>? Read(IReadOnlyList<SourceLine> lines)
    {
        // a sheet's labels carry "(N分)", three indicators and their groups at least five of them: a table with fewer (a
        // national form's 产出指标(50分) / 效益指标(30分) / 满意度指标(10分)) is passed over before any cell is cut
        if (lines.Sum(line => PointsMarks(line.Text)) < MinLabels)
        {
            return null;
        }

        var indicators = new List<IndicatorRow>();
        var open = new List<Group>();
        foreach (var (cells, line) in Rows(lines))
        {
            var scoreAt = cells.FindIndex(cell => ValueText.IsNumberLike(cell) && ValueText.ParseNumber(cell) is not null);
            if (scoreAt < 1)
            {
                continue;
            }

            var labels = cells.Take(scoreAt).Select(cell => PointedLabel().Match(cell)).ToList();
            if (!labels.All(label => label.Success))
            {
                continue;
            }

            foreach (var label in labels.Take(labels.Count - 1))
            {
                var group = new Group(Name(label), Points(label));
                Nest(open, group.Points);
                if (open.Count > 0)
                {
                    open[^1].Assigned += group.Points;
                }

                open.Add(group);
            }

            var leaf = labels[^1];
            var weight = Points(leaf);
            Nest(open, weight);
            if (open.Count > 0)
            {
                open[^1].Assigned += weight;
            }

            indicators.Add(new IndicatorRow
            {
                Level1 = open.Count > 0 ? open[0].Name : null,
                Level2 = open.Count > 1 ? open[1].Name : null,
                Name = Name(leaf),
                Weight = weight,
                ScoreReported = ValueText.ParseNumber(cells[scoreAt]),
                Line = line,
            });
        }

        return indicators.Count >= MinIndicators ? indicators : null;
    }

    [GeneratedRegex(@"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")]
    private static partial Regex PointsInside();

    /// <summary>
    /// Another reading of a sheet's rows whose names hold the labels' points ("…目标量化(1分)决策过程 (8分)决策依据 (4分)"):
    /// criteria and labels run together, where most rows' names do.
    /// </summary>
    public static bool GluesLabels(IReadOnlyList<IndicatorRow> rows) =>
        rows.Count(row => PointsInside().IsMatch(row.Name)) * 2 > rows.Count;

    /// <summary>Closes the open groups that have no room left for a label of these points.</summary>
    private static void Nest(List<Group> open, decimal points)
    {
        while (open.Count > 0 && open[^1].Assigned + points > open[^1].Points)
        {
            open.RemoveAt(open.Count - 1);
        }
    }

    private static string Name(Match label) => TextTools.CollapseCjkSpaces(label.Groups["name"].Value.Trim());

    private static decimal Points(Match label) => decimal.Parse(label.Groups["points"].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The rows, each with its non-empty cells and first line: between pipes where the text has them (a cell may span
    /// lines; a gap between pipes that holds only a line end is a row's end), else the tab-separated cells of each line.
    /// </summary>
    private static IEnumerable<(List<string> Cells, int Line)> Rows(IReadOnlyList<SourceLine> lines)
    {
        if (!lines.Any(line => line.Text.Contains('|', StringComparison.Ordinal)))
        {
            foreach (var line in lines.Where(line => line.Text.Contains('\t', StringComparison.Ordinal)))
            {
                yield return ([.. line.Text.Split('\t').Select(cell => cell.Trim()).Where(cell => cell.Length > 0)], line.Number);
            }

            yield break;
        }

        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var rowLine = lines.Count > 0 ? lines[0].Number : 0;
        var gapHasLineEnd = false;
        foreach (var line in lines)
        {
            foreach (var character in line.Text)
            {
                if (character != '|')
                {
                    cell.Append(character);
                    continue;
                }

                var text = cell.ToString().Trim();
                if (text.Length > 0)
                {
                    cells.Add(text);
                }
                else if (gapHasLineEnd && cells.Count > 0)
                {
                    yield return (cells, rowLine);
                    cells = [];
                    rowLine = line.Number;
                }

                cell.Clear();
                gapHasLineEnd = false;
            }

            cell.Append(' ');
            gapHasLineEnd |= cell.ToString().Trim().Length == 0;
        }

        if (cells.Count > 0)
        {
            yield return (cells, rowLine);
        }
    }
}
