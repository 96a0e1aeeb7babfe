using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>
/// An indicator table printed one cell per line with its empty cells dropped and nothing to mark where a row ends (a
/// document whose cells became paragraphs): the rows are found by what each cell is. A heading word sets the 一级 or
/// 二级 heading; a cell of words starts a row and the header's value columns follow it in order, points where points
/// stand; a sentence after the points is the row's note unless the cells after it read as a row of their own. One cell
/// that does not fit discards the reading: it is evidence, never a guess.
/// </summary>
internal static class CellStream
{
    private static readonly string[] Terminators = ["合计", "总分", "自评得分", "自评总分", "评价结论", "自评结论", "存在问题", "改进措施", "其他需要说明", "填报单位", "填报人", "填表人"];

    private static readonly IndicatorColumn[] Readable =
        [IndicatorColumn.Level1, IndicatorColumn.Level2, IndicatorColumn.Name, IndicatorColumn.Target, IndicatorColumn.Actual, IndicatorColumn.Weight, IndicatorColumn.Score, IndicatorColumn.Note];

    public static IReadOnlyList<IndicatorRow>? Read(IReadOnlyList<SourceLine> lines, IReadOnlyList<IndicatorColumn> columns)
    {
        if (!columns.Contains(IndicatorColumn.Name) || columns.Any(column => !Readable.Contains(column)))
        {
            return null;
        }

        // most lines single cells, or this is another layout (checked before any label is looked for: this runs on
        // every table)
        var cells = lines.Where(line => !line.IsBlank).Select(line => (Text: line.Text.Trim(), line.Number)).ToList();
        if (cells.Count(cell => cell.Text.AsSpan().IndexOfAny('\t', '|') >= 0 || cell.Text.Contains("  ", StringComparison.Ordinal)) * 4 > cells.Count)
        {
            return null;
        }

        var nameLabel = cells.FindIndex(cell => !ValueText.IsNumberLike(cell.Text) && Columns.ReadIndicators(cell.Text) is [IndicatorColumn.Name]);
        if (nameLabel < 0)
        {
            return null;
        }

        var start = nameLabel;
        while (start < cells.Count && !ValueText.IsNumberLike(cells[start].Text) && Columns.ReadIndicators(cells[start].Text).Count > 0)
        {
            start++;
        }

        // single cells only: a line with cell marks belongs to another layout
        if (cells.Skip(start).Any(cell => cell.Text.AsSpan().IndexOfAny('\t', '|') >= 0 || cell.Text.Contains("  ", StringComparison.Ordinal)))
        {
            return null;
        }

        // the value columns after the name, in the header's order; a note only as the last
        var values = columns.SkipWhile(column => column != IndicatorColumn.Name).Skip(1).Where(column => column != IndicatorColumn.Note).ToList();
        var hasNote = columns.Contains(IndicatorColumn.Note) && columns[^1] == IndicatorColumn.Note;
        if (values.Count < 3 || columns.TakeWhile(column => column != IndicatorColumn.Name).Any(column => column is not (IndicatorColumn.Level1 or IndicatorColumn.Level2)))
        {
            return null;
        }

        bool IsPointsAt(int index) => index < cells.Count && ValueText.IsPoints(cells[index].Text) && ValueText.ParseNumber(cells[index].Text.TrimEnd('分')) is >= 0 and <= 100;
        bool IsRowAt(int index) => index + values.Count < cells.Count && ValueText.Classify(cells[index].Text) == ValueKind.Text
            && IndicatorLevels.LevelOf(cells[index].Text) is null
            && values.Select((column, k) => column is not (IndicatorColumn.Weight or IndicatorColumn.Score) || IsPointsAt(index + 1 + k)).All(fits => fits);

        var rows = new List<IndicatorRow>();
        string? level1 = null;
        string? level2 = null;
        var i = start;
        while (i < cells.Count)
        {
            var text = cells[i].Text;
            var compact = TextTools.RemoveWhiteSpace(text);
            if (Terminators.Any(word => compact.StartsWith(word, StringComparison.Ordinal)))
            {
                break;
            }

            if (IndicatorLevels.LevelOf(text) is { } level && !IsRowAt(i))
            {
                (level1, level2) = level == 1 || IndicatorLevels.IsLevel1(text) ? (IndicatorLevels.Clean(text), null) : (level1, IndicatorLevels.Clean(text));
                i++;
                continue;
            }

            if (!IsRowAt(i))
            {
                return null;
            }

            string? Cell(IndicatorColumn column) => values.IndexOf(column) is var k and >= 0 ? cells[i + 1 + k].Text : null;
            var row = new IndicatorRow
            {
                Level1 = level1,
                Level2 = level2,
                Name = IndicatorAssembler.StripNumbering(text),
                TargetText = Cell(IndicatorColumn.Target),
                ActualText = Cell(IndicatorColumn.Actual),
                Weight = ValueText.ParseNumber(Cell(IndicatorColumn.Weight)?.TrimEnd('分')),
                ScoreReported = ValueText.ParseNumber(Cell(IndicatorColumn.Score)?.TrimEnd('分')),
                Line = cells[i].Number,
            };
            i += 1 + values.Count;

            // a sentence after the points: the note, unless a row starts there (its points stand where a row's do)
            if (hasNote && i < cells.Count && ValueText.Classify(cells[i].Text) == ValueKind.Text && IndicatorLevels.LevelOf(cells[i].Text) is null
                && !Terminators.Any(word => TextTools.RemoveWhiteSpace(cells[i].Text).StartsWith(word, StringComparison.Ordinal)) && !IsRowAt(i))
            {
                row = row with { Note = cells[i].Text };
                i++;
            }

            rows.Add(row);
        }

        return rows.Count >= 2 ? rows : null;
    }
}
