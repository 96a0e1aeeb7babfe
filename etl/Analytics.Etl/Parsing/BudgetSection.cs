using System.Text.RegularExpressions;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>Reads the money part of a self-evaluation table: its header words and the first row of amounts.</summary>
internal static partial class BudgetSection
{
    [GeneratedRegex(@"[（(]\s*(?<w>\d+(\.\d+)?)\s*分\s*[)）]")]
    private static partial Regex WeightInHeading();

    internal sealed record Result(Budget Budget, Execution Execution, int EndIndex, IReadOnlyList<string> Warnings);

    public static bool IsHeader(Row row)
    {
        var text = row.Joined;
        return text.Contains("预算数", StringComparison.Ordinal) || text.Contains("执行数", StringComparison.Ordinal)
            || text.StartsWith("预算执行", StringComparison.Ordinal) || text.StartsWith("项目资金", StringComparison.Ordinal)
            || text.StartsWith("部门预算执行", StringComparison.Ordinal) || text.StartsWith("预算资金", StringComparison.Ordinal)
            || text.Contains("执行率", StringComparison.Ordinal);
    }

    /// <summary>Reads from the header row at <paramref name="start"/> to the first row of amounts.</summary>
    public static Result? Read(IReadOnlyList<Row> rows, int start, bool tableInYuan)
    {
        var header = new List<string>();
        decimal? headingWeight = null;
        for (var index = start; index < rows.Count && index < start + 40; index++)
        {
            var row = rows[index];
            var cells = row.Cells.Select(cell => cell.Text.Trim()).ToList();
            var numeric = cells.Count(ValueText.IsNumberLike);
            if (numeric >= 2 && header.Count > 0)
            {
                // "l0" for 10: a digit misread by OCR in a row of amounts
                var misread = cells.Where(cell => ValueText.RepairOcrDigits(cell) is not null).ToList();
                cells = [.. cells.Select(cell => ValueText.RepairOcrDigits(cell) ?? cell)];
                var headerText = string.Join(string.Empty, header);
                var result = Assign(Columns.ReadBudget(headerText), cells, Columns.HeaderSaysPercent(headerText), headingWeight, tableInYuan, index);
                return misread.Count == 0 ? result : result with { Warnings = [.. result.Warnings, $"budget row: misread digits read as numbers ({string.Join(", ", misread)})"] };
            }

            if (index > start && IsIndicatorHeader(row))
            {
                return null;
            }

            var joined = string.Concat(cells);
            if (headingWeight is null && WeightInHeading().Match(joined) is { Success: true } match)
            {
                headingWeight = ValueText.ParseNumber(match.Groups["w"].Value);
            }

            header.Add(joined);
        }

        return null;
    }

    public static bool IsIndicatorHeader(Row row)
    {
        var text = row.Joined;
        return text.Contains("三级指标", StringComparison.Ordinal) || text.Contains("指标名称", StringComparison.Ordinal)
            || (text.Contains("一级指标", StringComparison.Ordinal) && text.Contains("二级指标", StringComparison.Ordinal))
            || Columns.LooksLikeIndicatorHeader(text);
    }

    private static Result Assign(List<BudgetColumn> columns, List<string> cells, bool percent, decimal? headingWeight, bool inYuan, int index)
    {
        var warnings = new List<string>();


        // amounts sit at the right of the row, after its label cells; trailing empty cells are layout
        var end = cells.Count;
        while (end > 0 && cells[end - 1].Length == 0)
        {
            end--;
        }

        var startOfValues = end;
        while (startOfValues > 0 && (cells[startOfValues - 1].Length == 0 || ValueText.IsNumberLike(cells[startOfValues - 1])))
        {
            startOfValues--;
        }

        var values = cells.Skip(startOfValues).Take(end - startOfValues).ToList();
        if (values.Count > columns.Count)
        {
            values = values.Skip(values.Count - columns.Count).ToList();
        }
        else if (values.Count < columns.Count)
        {
            warnings.Add($"budget row has {values.Count} values for {columns.Count} columns; read from the right");
        }

        var offset = columns.Count - values.Count;
        string? ValueOf(BudgetColumn column)
        {
            var position = columns.IndexOf(column) - offset;
            return position >= 0 && position < values.Count && values[position].Length > 0 ? values[position] : null;
        }

        var budget = new Budget(
            ValueText.ParseAmount(ValueOf(BudgetColumn.Initial), inYuan),
            ValueText.ParseAmount(ValueOf(BudgetColumn.Adjusted), inYuan),
            ValueText.ParseAmount(ValueOf(BudgetColumn.Executed), inYuan));
        var execution = new Execution(
            ValueText.ParseRate(ValueOf(BudgetColumn.Rate), percent),
            ValueText.ParseNumber(ValueOf(BudgetColumn.Weight)) ?? headingWeight,
            ValueText.ParseNumber(ValueOf(BudgetColumn.Score)));
        return new Result(budget, execution, index + 1, warnings);
    }
}
