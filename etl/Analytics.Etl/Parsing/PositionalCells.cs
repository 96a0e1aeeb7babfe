using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>
/// An indicator table printed one cell per line with its empty cells kept (`产出指标 |`, a lone `|` for an empty
/// cell): every row is the same number of lines, so the cells are read by their position in the row. The period and
/// the offset are not assumed: every one that the header allows is tried, and a reading counts only when every row fits
/// its columns (a name of words where the name stands, points of at most 100 where points stand, headings where
/// headings stand). Any row that does not fit discards the reading: it is evidence for the layout, never a guess.
/// </summary>
internal static class PositionalCells
{
    private static readonly string[] Terminators = ["合计", "总分", "评价结论", "自评结论", "存在问题", "改进措施", "偏差大或目标未完成原因分析", "其他需要说明", "项目负责人"];

    public static IReadOnlyList<IndicatorRow>? Read(IReadOnlyList<SourceLine> lines, IReadOnlyList<IndicatorColumn> columns)
    {
        var cells = Cells(lines);
        if (cells is null)
        {
            return null;
        }

        // the header's own cells, one per line, around its 三级指标 / 指标名称 label
        bool IsLabel((string Text, int Line) cell) => cell.Text.Length > 0 && !ValueText.IsNumberLike(cell.Text)
            && (Columns.ReadIndicators(cell.Text).Count > 0 || TextTools.RemoveWhiteSpace(cell.Text).StartsWith("绩效指标", StringComparison.Ordinal));
        var nameLabel = cells.FindIndex(cell => IsLabel(cell) && Columns.ReadIndicators(cell.Text) is [IndicatorColumn.Name]);
        if (nameLabel < 0)
        {
            return null;
        }

        var first = nameLabel;
        while (first > 0 && IsLabel(cells[first - 1]))
        {
            first--;
        }

        var header = nameLabel;
        while (header < cells.Count && IsLabel(cells[header]))
        {
            header++;
        }

        // the header as these lines print it, one label per line (the table reader may have stopped short of it)
        var printed = Columns.ReadIndicators(string.Concat(cells[first..header].Select(cell => cell.Text)));
        if (printed.Contains(IndicatorColumn.Name) && printed.Count > columns.Count)
        {
            columns = printed;
        }

        cells = cells[header..];
        if (cells.Count < 2 * columns.Count)
        {
            return null;
        }

        // the header may leave out a group column printed in every row (绩效指标), so a row may be longer than it
        for (var period = columns.Count; period <= columns.Count + 2; period++)
        {
            for (var offset = 0; offset < period; offset++)
            {
                if (Fit(cells, columns, period, offset) is { } rows)
                {
                    return rows;
                }
            }
        }

        return null;
    }

    /// <summary>The section's lines as cells, or null unless nearly all of them are single cells closed by a pipe.</summary>
    private static List<(string Text, int Line)>? Cells(IReadOnlyList<SourceLine> lines)
    {
        var cells = new List<(string Text, int Line)>();
        int closed = 0, other = 0;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var compact = TextTools.RemoveWhiteSpace(text);
            if (Terminators.Any(word => compact.StartsWith(word, StringComparison.Ordinal)))
            {
                break;
            }

            var pipes = text.Count(c => c == '|');
            if (pipes == 1 && text.EndsWith('|'))
            {
                closed++;
                cells.Add((text[..^1].Trim(), line.Number));
            }
            else
            {
                other++;
                cells.Add((text.Trim('|').Trim(), line.Number));
            }
        }

        return closed >= 8 && other * 10 <= closed ? cells : null;
    }

    private static List<IndicatorRow>? Fit(List<(string Text, int Line)> cells, IReadOnlyList<IndicatorColumn> columns, int period, int offset)
    {
        // the cells before the first whole row are empty (the header's own closing cells)
        if (cells.Take(offset).Any(cell => cell.Text.Length > 0))
        {
            return null;
        }

        var extra = period - columns.Count;
        var rows = new List<IndicatorRow>();
        string? level1 = null, level2 = null;
        for (var start = offset; start + period <= cells.Count; start += period)
        {
            var row = cells.Skip(start).Take(period).ToList();
            if (row.Take(extra).Any(cell => cell.Text.Length > 0 && !IndicatorLevels.IsGroupLabel(cell.Text) && cell.Text != "绩效指标"))
            {
                return null;
            }

            var values = new Dictionary<IndicatorColumn, (string Text, int Line)>();
            for (var i = 0; i < columns.Count; i++)
            {
                values[columns[i]] = row[extra + i];
            }

            string Text(IndicatorColumn column) => values.TryGetValue(column, out var cell) ? cell.Text : string.Empty;
            var name = Text(IndicatorColumn.Name);
            if (!IsName(name) || !IsHeadingOrEmpty(Text(IndicatorColumn.Level1)) || !IsHeadingOrEmpty(Text(IndicatorColumn.Level2))
                || !IsPointsOrEmpty(Text(IndicatorColumn.Weight)) || !IsPointsOrEmpty(Text(IndicatorColumn.Score)))
            {
                return null;
            }

            if (Text(IndicatorColumn.Level1) is { Length: > 0 } newLevel1)
            {
                level1 = IndicatorLevels.Clean(newLevel1);
                level2 = null;
            }

            if (Text(IndicatorColumn.Level2) is { Length: > 0 } newLevel2)
            {
                level2 = IndicatorLevels.Clean(newLevel2);
            }

            string? Optional(IndicatorColumn column) => Text(column) is { Length: > 0 } text ? text : null;
            rows.Add(new IndicatorRow
            {
                Level1 = level1,
                Level2 = level2,
                Name = IndicatorAssembler.StripNumbering(name),
                TargetText = Optional(IndicatorColumn.Target) ?? Optional(IndicatorColumn.AdjustedTarget),
                ActualText = Optional(IndicatorColumn.Actual),
                Weight = ValueText.ParseNumber(Text(IndicatorColumn.Weight)),
                ScoreReported = ValueText.ParseNumber(Text(IndicatorColumn.Score)),
                Note = Optional(IndicatorColumn.Note),
                UnitText = Optional(IndicatorColumn.UnitText),
                DirectionText = Optional(IndicatorColumn.Direction) ?? Optional(IndicatorColumn.Nature),
                Line = values[IndicatorColumn.Name].Line,
            });
        }

        return rows.Count >= 2 ? rows : null;
    }

    private static bool IsName(string text) =>
        text.Length >= 2 && text.Any(TextTools.IsCjk) && ValueText.Classify(text) == ValueKind.Text && IndicatorLevels.LevelOf(text) is null;

    private static bool IsHeadingOrEmpty(string text) =>
        text.Length == 0 || IndicatorLevels.LevelOf(text) is not null || IndicatorLevels.HasPoints(text);

    private static bool IsPointsOrEmpty(string text) =>
        text.Length == 0 || text is "/" or "-" || ValueText.ParseNumber(text) is >= 0 and <= 100;
}
