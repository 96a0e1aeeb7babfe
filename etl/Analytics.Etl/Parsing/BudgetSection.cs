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
            if (numeric == 1 && cells.Count(cell => cell.Length > 0) == 1 && header.Count > 0)
            {
                // one cell per row (a table copied cell by cell): the row of amounts is the run of number cells that
                // starts here, up to the next cell of words
                var last = index;
                while (last + 1 < rows.Count && rows[last + 1].Cells.Select(cell => cell.Text.Trim()).Where(text => text.Length > 0).ToList() is var next
                    && next.Count <= 1 && (next.Count == 0 || ValueText.IsNumberLike(next[0])))
                {
                    last++;
                }

                cells = [.. Enumerable.Range(index, last - index + 1).Select(at => rows[at].Cells.Select(cell => cell.Text.Trim()).FirstOrDefault(text => text.Length > 0) ?? string.Empty)];
                numeric = cells.Count(ValueText.IsNumberLike);
                index = last;
            }

            // "年度资金总额:40004000100%": the amounts with their cell borders lost
            if (numeric < 2 && header.Count > 0 && cells.Select(GluedPart).FirstOrDefault(part => part is not null) is { } run)
            {
                var headerText = string.Join(string.Empty, header);
                return ReadGlued(Columns.ReadBudget(headerText), run, Columns.HeaderSaysPercent(headerText), headingWeight, tableInYuan, index);
            }

            if (numeric >= 2 && header.Count == 0)
            {
                // header words and the first row of amounts in one row (cells whose row ends were lost): the words
                // before the amounts are the header
                header.Add(string.Concat(cells.TakeWhile(cell => !ValueText.IsNumberLike(cell))));
            }

            // "预算数: | 95 | 执行数: | 82.65 | 87%": each amount beside its own label
            if (numeric >= 2 && LabelledAmounts(cells, tableInYuan, headingWeight, index) is { } labelled)
            {
                return labelled;
            }

            if (numeric >= 2)
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

    /// <summary>
    /// A row that labels each amount ("预算数:", "执行数:") names its own columns: a budget and a spending each read by its
    /// label, and a rate left alone at the row's end as the rate. Null unless two labelled amounts are found, each label
    /// naming one column.
    /// </summary>
    private static Result? LabelledAmounts(List<string> cells, bool inYuan, decimal? headingWeight, int index)
    {
        var values = new Dictionary<BudgetColumn, decimal>();
        decimal? rate = null;
        var filled = cells.Where(cell => cell.Length > 0).ToList();
        for (var i = 0; i < filled.Count; i++)
        {
            var text = TextTools.RemoveWhiteSpace(filled[i]);
            if ((text.EndsWith(':') || text.EndsWith('：')) && i + 1 < filled.Count && ValueText.IsNumberLike(filled[i + 1])
                && Columns.ReadBudget(text.TrimEnd(':', '：')) is [var column] && column is BudgetColumn.Initial or BudgetColumn.Adjusted or BudgetColumn.Executed
                && ValueText.ParseAmount(filled[i + 1], inYuan) is { } amount && values.TryAdd(column, amount))
            {
                i++;
            }
            else if (i == filled.Count - 1 && filled[i].TrimEnd().EndsWith('%') && ValueText.ParseRate(filled[i], headerSaysPercent: false) is { } stated)
            {
                rate = stated;
            }
            else if (ValueText.IsNumberLike(filled[i]))
            {
                // an amount with no label of its own: which column it is cannot be told here
                return null;
            }
        }

        if (values.Count < 2)
        {
            return null;
        }

        decimal? ValueOf(BudgetColumn column) => values.TryGetValue(column, out var value) ? value : null;
        var budget = new Budget(ValueOf(BudgetColumn.Initial), ValueOf(BudgetColumn.Adjusted), ValueOf(BudgetColumn.Executed));
        return new Result(budget, new Execution(rate, headingWeight, null), index + 1, ["budget row read by the label beside each amount"]);
    }

    /// <summary>The glued run of a cell, after the row's label if the cell holds it ("年度资金总额:40004000100%").</summary>
    private static string? GluedPart(string cell)
    {
        // "50万元47.6895.00%": the unit word after an amount ends its cell
        var text = TextTools.RemoveWhiteSpace(cell).Replace("万元", GluedAmounts.Border.ToString(), StringComparison.Ordinal);
        var start = 0;
        while (start < text.Length && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        var label = text[..start].TrimEnd(':', '：');
        return (label.Length == 0 || label.EndsWith("总额", StringComparison.Ordinal) || label.EndsWith("合计", StringComparison.Ordinal))
            && GluedAmounts.IsGluedRun(text[start..]) ? text[start..] : null;
    }

    /// <summary>
    /// Every cutting of the run read as the row's cells; kept where the rate agrees with the amounts; a field the kept
    /// readings disagree on is left null.
    /// </summary>
    private static Result ReadGlued(List<BudgetColumn> columns, string run, bool percent, decimal? headingWeight, bool inYuan, int index)
    {
        // the fewest cells that agree: a lost border leaves no character, so every extra cut is a guess (a "0" cell
        // made of a budget's last digit)
        var agreeing = new List<(int Cells, Result Reading)>();
        foreach (var cutting in GluedAmounts.Cuttings(run, columns.Count))
        {
            var reading = Assign(columns, cutting, percent, headingWeight, inYuan, index);
            var budget = reading.Budget;
            if (GluedAmounts.RateAgrees(budget.Executed, budget.Adjusted ?? budget.Initial, reading.Execution.RateReported)
                && new[] { budget.Initial, budget.Adjusted, budget.Executed }.All(amount => amount is null or <= ValueText.MaxAmount))
            {
                agreeing.Add((cutting.Count, reading));
            }
        }

        var fewest = agreeing.Count == 0 ? 0 : agreeing.Min(item => item.Cells);
        var kept = agreeing.Where(item => item.Cells == fewest).Select(item => item.Reading).ToList();
        if (kept.Count == 0)
        {
            return new Result(new Budget(null, null, null), new Execution(null, headingWeight, null), index + 1,
                [$"budget row \"{run}\": amounts run together, and no way of cutting them agrees with the rate they state; left null"]);
        }

        T? Agreed<T>(Func<Result, T?> field)
            where T : struct => kept.Select(field).Distinct().Count() == 1 ? field(kept[0]) : null;

        var result = new Result(
            new Budget(Agreed(r => r.Budget.Initial), Agreed(r => r.Budget.Adjusted), Agreed(r => r.Budget.Executed)),
            new Execution(Agreed(r => r.Execution.RateReported), Agreed(r => r.Execution.Weight), Agreed(r => r.Execution.ScoreReported)),
            index + 1,
            [$"budget row \"{run}\": amounts run together, cut where the rate agrees with them ({kept.Count} cutting(s)); a field they disagree on is left null"]);
        return result;
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

        // amounts follow the row's label cells; a text cell after them ends the run (a 原因 column, or the next row
        // glued on: "年度资金总额 200 … 9 其中：财政拨款 200 … 8"), so the first run of two or more amounts is the
        // row's (a lone number before the label is a row number)
        var runs = NumberRuns(cells);
        (int Start, int End) fallback = runs.Count > 0 ? runs[^1] : (cells.Count, cells.Count);
        var (startOfValues, end) = runs.FirstOrDefault(run => cells.Skip(run.Start).Take(run.End - run.Start).Count(ValueText.IsNumberLike) >= 2, fallback);
        if (cells.Skip(end).Any(ValueText.IsNumberLike))
        {
            warnings.Add($"budget row: the amounts after \"{cells[end]}\" belong to another row; not read");
        }

        var values = cells.Skip(startOfValues).Take(end - startOfValues).ToList();
        while (values.Count > columns.Count && values[0].Length == 0)
        {
            // blank cells before the amounts stand for columns only as far as there are columns to fill
            values.RemoveAt(0);
        }

        if (values.Count > columns.Count)
        {
            // more amounts than columns: rows glued together, or a header column not seen; which values are this row's
            // is not known, and reading them from either side shifts them
            warnings.Add($"budget row has {values.Count} values for {columns.Count} columns ({string.Join(" ", values)}); left null");
            return new Result(new Budget(null, null, null), new Execution(null, headingWeight, null), index + 1, warnings);
        }

        var inOrder = Enumerable.Range(0, values.Count).ToArray();
        var reading = values.Count < columns.Count
            ? ReadShortRow(columns, values, percent, inYuan, warnings)
            : Fits(columns, inOrder, values)
                ? Read(columns, inOrder, values, percent, inYuan)
                : Shifted(values, warnings);
        var budget = reading.Budget;
        var execution = reading.Execution with { Weight = reading.Execution.Weight ?? headingWeight };
        return new Result(budget, execution, index + 1, warnings);
    }

    /// <summary>Runs of number cells (with the blank cells inside and before them) between text cells.</summary>
    private static List<(int Start, int End)> NumberRuns(List<string> cells)
    {
        var runs = new List<(int Start, int End)>();
        var index = 0;
        while (index < cells.Count)
        {
            if (!ValueText.IsNumberLike(cells[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (start > 0 && cells[start - 1].Length == 0)
            {
                start--;
            }

            var end = index;
            while (end < cells.Count && (cells[end].Length == 0 || ValueText.IsNumberLike(cells[end])))
            {
                end++;
            }

            index = end;
            while (end > start && cells[end - 1].Length == 0)
            {
                end--;
            }

            runs.Add((start, end));
        }

        return runs;
    }

    private sealed record Reading(Budget Budget, Execution Execution);

    /// <summary>
    /// A value for every column, yet a percent outside 执行率 or points above 100: the cells are not where the header says
    /// (a scrambled copy), so none of them can be trusted where it stands.
    /// </summary>
    private static Reading Shifted(List<string> values, List<string> warnings)
    {
        warnings.Add($"budget row \"{string.Join(" ", values)}\": its values do not fit their columns (a percent outside 执行率, points above 100); left null");
        return new Reading(new Budget(null, null, null), new Execution(null, null, null));
    }

    private static Reading Read(List<BudgetColumn> columns, int[] placement, List<string> values, bool percent, bool inYuan)
    {
        string? ValueOf(BudgetColumn column)
        {
            var position = Array.IndexOf(placement, columns.IndexOf(column));
            return position >= 0 && values[position].Length > 0 ? values[position] : null;
        }

        return new Reading(
            new Budget(
                ValueText.ParseAmount(ValueOf(BudgetColumn.Initial), inYuan),
                ValueText.ParseAmount(ValueOf(BudgetColumn.Adjusted), inYuan),
                ValueText.ParseAmount(ValueOf(BudgetColumn.Executed), inYuan)),
            new Execution(
                ValueText.ParseRate(ValueOf(BudgetColumn.Rate), percent),
                ValueText.ParseNumber(ValueOf(BudgetColumn.Weight)),
                ValueText.ParseNumber(ValueOf(BudgetColumn.Score))));
    }

    /// <summary>
    /// A row with fewer values than columns lost its blank cells: which columns the values stand in is not known.
    /// Every placement that keeps their order is tried; those whose values fit their columns (a percent only as the
    /// rate, points at most 100, amounts that are amounts) and whose rate agrees with the amounts are kept, and a
    /// field is read only where all of them agree on it — else null, with a warning. Never read from one side.
    /// </summary>
    private static Reading ReadShortRow(List<BudgetColumn> columns, List<string> values, bool percent, bool inYuan, List<string> warnings)
    {
        var fitting = new List<(Reading Reading, int Agreement)>();
        foreach (var placement in Placements(columns.Count, values.Count))
        {
            if (!Fits(columns, placement, values))
            {
                continue;
            }

            var reading = Read(columns, placement, values, percent, inYuan);
            fitting.Add((reading, Agreement(reading)));
        }

        if (fitting.Count == 0)
        {
            warnings.Add($"budget row has {values.Count} values for {columns.Count} columns and no placement fits them; left null");
            return new Reading(new Budget(null, null, null), new Execution(null, null, null));
        }

        var best = fitting.Max(item => item.Agreement);
        var readings = fitting.Where(item => item.Agreement == best).Select(item => item.Reading).ToList();
        var unsure = new List<string>();
        decimal? Agreed(Func<Reading, decimal?> field, string name)
        {
            var distinct = readings.Select(field).Distinct().ToList();
            if (distinct.Count == 1)
            {
                return distinct[0];
            }

            unsure.Add(name);
            return null;
        }

        var result = new Reading(
            new Budget(
                Agreed(reading => reading.Budget.Initial, "initial"),
                Agreed(reading => reading.Budget.Adjusted, "adjusted"),
                Agreed(reading => reading.Budget.Executed, "executed")),
            new Execution(
                Agreed(reading => reading.Execution.RateReported, "rate"),
                Agreed(reading => reading.Execution.Weight, "weight"),
                Agreed(reading => reading.Execution.ScoreReported, "score")));
        warnings.Add(unsure.Count == 0
            ? $"budget row has {values.Count} values for {columns.Count} columns; one placement fits them"
            : $"budget row has {values.Count} values for {columns.Count} columns; {string.Join(", ", unsure)} left null (placements disagree)");
        return result;
    }

    private static bool Fits(List<BudgetColumn> columns, int[] placement, List<string> values)
    {
        for (var i = 0; i < placement.Length; i++)
        {
            var value = values[i];
            if (value.Length == 0)
            {
                continue;
            }

            var column = columns[placement[i]];
            var isPercent = value.Contains('%', StringComparison.Ordinal) || value.Contains('％', StringComparison.Ordinal);
            if (isPercent != (column == BudgetColumn.Rate) && isPercent)
            {
                return false;
            }

            var number = ValueText.ParseNumber(value.TrimEnd('%', '％'));
            var fits = column switch
            {
                BudgetColumn.Weight => number is > 0 and <= 100,
                BudgetColumn.Score => number is >= 0 and <= 100,
                BudgetColumn.Rate => number is >= 0 and <= 500,
                _ => ValueText.ParseAmount(value) is >= 0,
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// 3: the rate is executed over adjusted, as the form defines it; 2: executed over initial (a county that left the
    /// 全年 column blank); 0: far from both (a placement that contradicts itself); 1: nothing to compare, or off by a
    /// rounding a county may well have made.
    /// </summary>
    private static int Agreement(Reading reading)
    {
        if (reading.Execution.RateReported is not { } rate || reading.Budget.Executed is not { } executed)
        {
            return 1;
        }

        decimal? Distance(decimal? basis) => basis is > 0 ? Math.Abs(executed / basis.Value - rate) : null;
        var toAdjusted = Distance(reading.Budget.Adjusted);
        var toInitial = Distance(reading.Budget.Initial);
        if (toAdjusted is null && toInitial is null)
        {
            return 1;
        }

        return toAdjusted <= 0.011m ? 3 : toInitial <= 0.011m ? 2 : toAdjusted <= 0.05m || toInitial <= 0.05m ? 1 : 0;
    }

    /// <summary>Every way to put <paramref name="count"/> values in order into <paramref name="columns"/> columns.</summary>
    private static IEnumerable<int[]> Placements(int columns, int count)
    {
        var placement = new int[count];
        IEnumerable<int[]> From(int index, int firstColumn)
        {
            if (index == count)
            {
                yield return (int[])placement.Clone();
                yield break;
            }

            for (var column = firstColumn; column <= columns - (count - index); column++)
            {
                placement[index] = column;
                foreach (var done in From(index + 1, column + 1))
                {
                    yield return done;
                }
            }
        }

        return From(0, 0);
    }
}
