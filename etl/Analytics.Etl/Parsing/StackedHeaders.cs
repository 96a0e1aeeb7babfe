namespace Analytics.Etl.Parsing;

/// <summary>
/// A header printed in a narrow column wraps inside each cell: "一级 | 二级 | 三级 | 年度 | 实际" over
/// "指标 | 指标 | 指标 | 指标值 | 完成值". Read line by line, neither line names the columns; read cell by cell, the two
/// lines are one header row. Only rows of words are joined, and only when the join is a header the top row is not.
/// </summary>
internal static class StackedHeaders
{
    public static List<Row> Merge(List<Row> rows)
    {
        List<Row>? merged = null;
        for (var index = 0; index + 1 < rows.Count; index++)
        {
            var top = rows[index];
            var bottom = rows[index + 1];
            if (!IsWordsOnly(top) || !IsWordsOnly(bottom) || bottom.Cells.Count > top.Cells.Count
                || top.NonEmpty.Count() < MinCells || BudgetSection.IsIndicatorHeader(top) || BudgetSection.IsIndicatorHeader(bottom))
            {
                continue;
            }

            var cells = top.Cells.Select((cell, column) => column < bottom.Cells.Count && !bottom.Cells[column].IsEmpty
                ? new Cell(cell.Text.TrimEnd() + bottom.Cells[column].Text.Trim(), cell.Line)
                : cell).ToList();
            var joined = new Row(cells, top.FirstLine, bottom.LastLine);
            if (!BudgetSection.IsIndicatorHeader(joined))
            {
                continue;
            }

            merged ??= [.. rows];
            var at = merged.IndexOf(top);
            merged[at] = joined;
            merged.RemoveAt(at + 1);
            index++;
        }

        return merged ?? rows;
    }

    /// <summary>A header has a cell for most columns; two cells of words are a label and its value.</summary>
    private const int MinCells = 3;

    private static bool IsWordsOnly(Row row) =>
        row.NonEmpty.Any() && row.NonEmpty.All(cell => !ValueText.IsNumberLike(cell.Text) && !cell.Text.Any(char.IsDigit) && cell.Text.Trim().Length <= 8);
}
