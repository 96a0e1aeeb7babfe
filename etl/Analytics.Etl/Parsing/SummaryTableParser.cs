using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>One row of a 绩效评价信息汇总表: a project with its money, numbered by 序号.</summary>
internal sealed record SummaryRow(string? UnitName, string Project, Budget Budget, decimal? Rate, decimal? Score, int FirstLine, int LastLine, string? Conclusion = null, string? ImplementingUnit = null);

/// <summary>
/// Reads a 绩效评价信息汇总表. Rows start at their 序号 (1, 2, 3 ...); the unit and project cells wrap over lines
/// before the amounts, and the conclusion after them is prose.
/// </summary>
internal static partial class SummaryTableParser
{
    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex SerialNumber();

    [GeneratedRegex(@"^\d{1,4}\s+")]
    private static partial Regex LeadingSerial();

    /// <summary>The pieces a wrapped unit cell may span.</summary>
    private const int MaxUnitPieces = 8;

    private static readonly char[] UnitSuffixes = ['局', '委', '办', '院', '所', '站', '队', '馆', '部', '厅', '处', '会', '社', '校', '园', '室', '心', '司', '府'];

    public static List<SummaryRow> Parse(IReadOnlyList<SourceLine> lines, List<string> warnings)
    {
        var result = new List<SummaryRow>();
        var inYuan = ValueText.PrintedInYuan(lines);
        var nonBlank = lines.Where(line => !line.IsBlank).ToList();

        // header: the lines before the first row number; its words give the money columns and whether a unit column exists
        var firstRow = nonBlank.FindIndex(line => SerialOf(line.Text) == "1");
        if (firstRow < 0)
        {
            return result;
        }

        var header = string.Concat(nonBlank.Take(firstRow).Select(line => line.Text));
        var columns = Columns.ReadBudget(header);
        // the unit's column: 单位名称, or 主管部门 before the project's ("序号 主管部门 项目名称 预算数 …")
        var compactHeader = TextTools.RemoveWhiteSpace(header);
        var hasUnitColumn = compactHeader.Contains("单位名称", StringComparison.Ordinal)
            || Columns.Clean(header).Contains("单位名", StringComparison.Ordinal)
            || (compactHeader.IndexOf("主管部门", StringComparison.Ordinal) is var department and >= 0
                && compactHeader.IndexOf("项目名称", StringComparison.Ordinal) is var projectColumn && projectColumn > department);
        // "序号 项目名称 项目实施单位 预算数 …": the implementing unit's column after the project's
        var hasImplementingColumn = compactHeader.IndexOf("项目名称", StringComparison.Ordinal) is var named and >= 0
            && compactHeader.IndexOf("实施单位", named, StringComparison.Ordinal) > named;
        if (!columns.Any(column => column is BudgetColumn.Adjusted or BudgetColumn.Initial or BudgetColumn.Executed))
        {
            // a list of projects without money (项目清单) is an index, not evaluation rows
            return result;
        }

        var expected = 1;
        var skipping = false;
        var rowLines = new List<SourceLine>();
        void Flush()
        {
            if (rowLines.Count > 0 && ReadRow(rowLines, columns, hasUnitColumn, hasImplementingColumn, inYuan, warnings) is { } row)
            {
                result.Add(row);
            }

            rowLines = [];
        }

        for (var i = firstRow; i < nonBlank.Count; i++)
        {
            var text = nonBlank[i].Text.Trim();
            var serial = SerialOf(text);
            if (serial == expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                Flush();
                expected++;
                skipping = false;
            }

            if (text.StartsWith("备注", StringComparison.Ordinal) || text.StartsWith("注：", StringComparison.Ordinal) || text.StartsWith("注:", StringComparison.Ordinal))
            {
                break;
            }

            // a 合计 / 总计 row after the numbered rows ends the last of them
            var compact = TextTools.RemoveWhiteSpace(text);
            if (compact.StartsWith("合计", StringComparison.Ordinal) || compact.StartsWith("总计", StringComparison.Ordinal))
            {
                Flush();
                skipping = true;
                continue;
            }

            if (skipping)
            {
                continue;
            }

            rowLines.Add(nonBlank[i]);
        }

        Flush();
        return result;
    }

    /// <summary>The 序号 a row starts with: a line of its own ("3") or the first cell ("3\t医疗保障局 ...").</summary>
    private static string? SerialOf(string line)
    {
        // "| 1 | 镇安县医疗保障局 | …": a pipe row's border is no part of its first cell
        var text = line.Trim().TrimStart('|').Trim();
        return SerialNumber().IsMatch(text) ? text : LeadingSerial().Match(text) is { Success: true } lead ? lead.Value.Trim() : null;
    }

    private static SummaryRow? ReadRow(List<SourceLine> rowLines, List<BudgetColumn> columns, bool hasUnitColumn, bool hasImplementingColumn, bool inYuan, List<string> warnings)
    {
        var first = rowLines[0].Number;
        var last = rowLines[^1].Number;
        var tokens = new List<string>();
        foreach (var line in rowLines)
        {
            var lineTokens = LineTokenizer.Split(line.Text);
            if (line.Number == first && lineTokens.Count > 0 && SerialNumber().IsMatch(lineTokens[0]))
            {
                lineTokens.RemoveAt(0);
            }

            tokens.AddRange(lineTokens);
        }

        // the amounts are the first run of numbers; a lone number inside a project name ("2021 年") is text
        var needed = Math.Min(2, columns.Count(column => column is not BudgetColumn.Weight));
        var amountStart = -1;
        for (var i = 1; i < tokens.Count && amountStart < 0; i++)
        {
            if (Enumerable.Range(i, needed).All(k => k < tokens.Count && ValueText.IsNumberLike(tokens[k])))
            {
                amountStart = i;
            }
        }

        var texts = amountStart < 0 ? tokens : tokens.Take(amountStart).ToList();
        var amounts = amountStart < 0 ? [] : tokens.Skip(amountStart).TakeWhile(ValueText.IsNumberLike).ToList();
        var conclusionParts = amountStart < 0 ? [] : tokens.Skip(amountStart + amounts.Count).ToList();
        if (amounts.Count == 0 || texts.Count == 0)
        {
            warnings.Add($"line {first}: summary row without a project and amounts");
            return null;
        }

        string? unit = null;
        var projectParts = texts;
        if (hasUnitColumn)
        {
            // the unit cell is narrow and wraps ("医疗保" / "障局"): it ends at the first unit word's last character,
            // within the first few pieces (a unit's name is short; looking further made a runaway row quadratic)
            for (var i = 0; i < Math.Min(texts.Count - 1, MaxUnitPieces); i++)
            {
                var piece = texts[i].Trim();
                if (piece.Length > 0 && UnitSuffixes.Contains(piece[^1]))
                {
                    unit = TextTools.JoinCellText(texts.Take(i + 1));
                    projectParts = texts.Skip(i + 1).ToList();
                    break;
                }
            }
        }

        string? implementing = null;
        if (hasImplementingColumn && projectParts.Count >= 2 && projectParts[^1].Trim() is { Length: > 2 } lastPiece && UnitSuffixes.Contains(lastPiece[^1]))
        {
            implementing = lastPiece;
            projectParts = projectParts.Take(projectParts.Count - 1).ToList();
        }

        var project = TextTools.JoinCellText(projectParts);
        var map = columns.Where(column => column is not BudgetColumn.Weight).ToList();
        string? ValueOf(BudgetColumn column)
        {
            var index = map.IndexOf(column);
            return index >= 0 && index < amounts.Count ? amounts[index] : null;
        }

        var budget = new Budget(ValueText.ParseAmount(ValueOf(BudgetColumn.Initial), inYuan), ValueText.ParseAmount(ValueOf(BudgetColumn.Adjusted), inYuan), ValueText.ParseAmount(ValueOf(BudgetColumn.Executed), inYuan));
        var rate = ValueText.ParseRate(ValueOf(BudgetColumn.Rate), headerSaysPercent: false);
        var score = ValueText.ParseNumber(ValueOf(BudgetColumn.Score));
        if (amounts.Count != map.Count)
        {
            // more (or fewer) amounts than the columns the header names: columns it names in words not read here
            // (结余数, 结余交回, a budget split over 中央/省级/区级 with one filled) or blank cells. Placed from the left, a
            // balance was read as the score (0) and one level's share as another's: only amounts a check confirms stay
            var budgetAmount = budget.Adjusted ?? budget.Initial;
            var confirmed = budgetAmount is { } planned && budget.Executed is { } spent
                && (ConfirmedByBalance(amounts, map, planned - spent, inYuan) || GluedAmounts.RateAgrees(spent, planned, rate));
            warnings.Add($"line {first}: {amounts.Count} amounts for {map.Count} columns the header names; "
                + (confirmed ? "the budget and spending kept (their difference or rate confirms them), the rest left null" : "left null"));
            budget = confirmed ? budget with { Initial = budget.Adjusted is null ? budget.Initial : null } : new Budget(null, null, null);
            rate = confirmed && GluedAmounts.RateAgrees(budget.Executed, budget.Adjusted ?? budget.Initial, rate) ? rate : null;
            score = null;
        }

        return new SummaryRow(
            unit,
            project,
            budget,
            rate,
            score,
            first,
            last,
            conclusionParts.Count == 0 ? null : TextTools.JoinCellText(conclusionParts),
            implementing);
    }

    /// <summary>"3543.206 3543.206 0 …": the amount right after the spending is the budget's balance, budget − spending.</summary>
    private static bool ConfirmedByBalance(List<string> amounts, List<BudgetColumn> map, decimal balance, bool inYuan)
    {
        var executedAt = map.IndexOf(BudgetColumn.Executed);
        return executedAt >= 0 && executedAt + 1 < amounts.Count
            && ValueText.ParseAmount(amounts[executedAt + 1], inYuan) is { } stated && Math.Abs(stated - balance) <= 0.01m;
    }
}
