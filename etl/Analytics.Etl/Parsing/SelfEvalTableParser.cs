using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>What one self-evaluation table (项目 or 部门整体) says, before units are resolved.</summary>
internal sealed record TableReading(
    string? Project,
    string? UnitName,
    string? ImplementingUnit,
    Budget Budget,
    Execution Execution,
    decimal? TotalScore,
    IReadOnlyList<IndicatorRow> Indicators,
    int LastLine,
    IReadOnlyList<string> Warnings);

/// <summary>Parses a 项目支出绩效自评表 or 部门整体绩效自评表 in any of the layout families.</summary>
internal static partial class SelfEvalTableParser
{
    [GeneratedRegex(@"^(值|标值|完成值|成值|指标值|目标值|分|数)?\s*[(（]?[AB]?[)）]?$|[(（][AB][)）]|^(年初目|年度指|实际完|实际完成|全年完|偏差|原因|措施|分析)")]
    private static partial Regex HeaderPiece();

    public static TableReading Parse(IReadOnlyList<SourceLine> lines)
    {
        var warnings = new List<string>();
        var asWritten = lines;
        lines = SpaceAlignedColumns.ToTabRows(lines);
        var layout = TableGrid.DetectLayout(lines);
        var rows = StackedHeaders.Merge(TableGrid.Build(lines, layout));
        var inYuan = ValueText.PrintedInYuan(lines);
        if (inYuan)
        {
            warnings.Add("amounts printed in 元; converted to 万元");
        }

        var budgetStart = rows.FindIndex(BudgetSection.IsHeader);
        var indicatorStart = rows.FindIndex(BudgetSection.IsIndicatorHeader);
        var fieldsEnd = new[] { budgetStart, indicatorStart, rows.Count }.Where(index => index >= 0).Min();
        // a form glued onto one line is a single row that holds its fields and its headers alike
        var fields = TableFields.Read(rows.Take(Math.Max(fieldsEnd, 1)).ToList(), layout == TableLayout.Flat);

        var budget = new Budget(null, null, null);
        var execution = new Execution(null, null, null);
        if (budgetStart >= 0 && (indicatorStart < 0 || budgetStart < indicatorStart))
        {
            if (BudgetSection.Read(rows, budgetStart, inYuan) is { } money)
            {
                budget = money.Budget;
                execution = money.Execution;
                warnings.AddRange(money.Warnings);
            }
            else
            {
                warnings.Add("budget header found but no row of amounts under it");
            }
        }

        IReadOnlyList<IndicatorRow> indicators = [];
        decimal? total = null;
        var lastLine = lines.LastOrDefault(line => !line.IsBlank).Number;
        var header = indicatorStart >= 0 ? ReadIndicatorHeader(rows, indicatorStart, layout) : default;
        if (indicatorStart >= 0 && !header.Columns.Any(IsValueColumn))
        {
            // a checklist (指标解释 / 自评内容 / 完成情况 / 支撑材料): with no column for a value, which cell of a row is its
            // name and which its result cannot be told; rows read anyway were sentences and amounts taken as names
            warnings.Add("indicator header names no target, actual, weight or score column; its rows are not read");
        }
        else if (indicatorStart >= 0)
        {
            var (columns, dataStart) = header;
            var section = new IndicatorSection(columns, layout);
            var after = section.Read(rows, dataStart);
            indicators = section.Rows;

            // one cell per line with its empty cells kept: read by position where every row fits, unless that finds fewer
            if (PositionalCells.Read(lines, columns) is { } positional
                && positional.Count >= indicators.Count)
            {
                warnings.Add($"indicator rows read by their cells' positions ({positional.Count} rows of one cell per line, every row fitting its columns)");
                indicators = positional;
            }

            // one cell per line with empty cells dropped and no mark between rows: rows found by what each cell is. The
            // reading accounts for every cell from the header to the table's end, so where it holds it is kept (the
            // rows cut by line read more, and wrong, rows from the same cells)
            if (CellStream.Read(lines, columns) is { } stream)
            {
                warnings.Add($"indicator rows read from a stream of single cells ({stream.Count} rows, each cell fitting its column)");
                indicators = stream;
            }

            total = section.TotalScore;
            // the warnings of a reading not kept are about rows no longer in the record
            warnings.AddRange(indicators == section.Rows ? section.Warnings : []);
            // a section that read no row ends nowhere: the table's own last line stands
            lastLine = section.LastLine == 0 ? lastLine : Math.Max(section.LastLine, TrailingNotesEnd(rows, after) ?? section.LastLine);
            if (indicators.Count == 0)
            {
                warnings.Add("indicator header found but no indicator rows under it");
            }
        }
        else
        {
            warnings.Add("no indicator header (三级指标 / 指标名称) in the table");
        }

        // a scoring sheet whose labels carry their points and whose rows leave out merged cells: rows read by points
        if (PointsSheet.Read(asWritten) is { } sheet && (sheet.Count > indicators.Count || PointsSheet.GluesLabels(indicators)))
        {
            warnings.RemoveAll(warning => warning.StartsWith("indicator header", StringComparison.Ordinal) || warning.StartsWith("no indicator header", StringComparison.Ordinal));
            warnings.Add($"indicator rows read as a scoring sheet ({sheet.Count} rows, each indicator's weight in its label, groups by their points)");
            indicators = sheet;
        }

        if (total is null && fields.TryGetValue(TableFields.TotalScore, out var totalText))
        {
            total = ValueText.ParseNumber(TextTools.RemoveWhiteSpace(totalText).TrimEnd('分'));
        }

        return new TableReading(
            ProjectName(Clean(fields.GetValueOrDefault(TableFields.Project)), warnings),
            Clean(fields.GetValueOrDefault(TableFields.Unit)),
            Clean(fields.GetValueOrDefault(TableFields.ImplementingUnit)),
            budget,
            execution,
            total,
            indicators,
            lastLine,
            warnings);
    }

    /// <summary>
    /// "中央、省、市(州)、县级财政资金资金计划资金到位情况": the column headings of a money table that starts with a
    /// 项目名称 column, read as the label's value; a project is no 情况 (an account of something).
    /// </summary>
    private static string? ProjectName(string? text, List<string> warnings)
    {
        if (text is not null && text.EndsWith("情况", StringComparison.Ordinal))
        {
            warnings.Add($"\"{text}\" beside 项目名称 reads as a heading, not a project's name");
            return null;
        }

        return text;
    }

    private static bool IsValueColumn(IndicatorColumn column) =>
        column is IndicatorColumn.Target or IndicatorColumn.AdjustedTarget or IndicatorColumn.Actual or IndicatorColumn.Weight or IndicatorColumn.Score;

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = TextTools.CollapseCjkSpaces(TableFields.StripBudgetCode(text));
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static (List<IndicatorColumn> Columns, int DataStart) ReadIndicatorHeader(List<Row> rows, int start, TableLayout layout)
    {
        var header = rows[start].NonEmpty.Select(cell => TextTools.RemoveWhiteSpace(cell.Text)).ToList();
        var index = start + 1;
        // a header wraps: flat, "年初目" / "标值(A）" / "实际完成" / "值(B)" / "得分"; in rows, a line of header cells
        // under the first ("一级指标 | 二级指标 | 三级指标 | 年度 指标值 |" / "实际 完成值 |" / "分值 | 得分 |")
        while (index < rows.Count && (layout == TableLayout.Flat ? IsHeaderFragment(rows[index]) : IsHeaderRow(rows[index])))
        {
            var fragments = rows[index].NonEmpty.Select(cell => TextTools.RemoveWhiteSpace(cell.Text)).ToList();
            if (layout != TableLayout.Flat || fragments.Count < 2 || !CompleteWrappedLabels(header, fragments))
            {
                header.AddRange(fragments);
            }

            index++;
        }

        var columns = Columns.ReadIndicators(string.Concat(header));
        if (!columns.Contains(IndicatorColumn.Name))
        {
            columns.Insert(columns.TakeWhile(column => column is IndicatorColumn.Level1 or IndicatorColumn.Level2).Count(), IndicatorColumn.Name);
        }

        return (columns, index);
    }

    /// <summary>
    /// "… 三级指标 年度 实际 分值 得分" over "指标值 完成值": the second line ends the words of the first that wrapped, in
    /// order, so the columns keep their places ("年度指标值" before "分值", not after "得分"). True when every fragment
    /// completes a word of the header into a column's label. (A single fragment on its own line is the next word of a
    /// header printed one word per line, and is appended.)
    /// </summary>
    private static bool CompleteWrappedLabels(List<string> header, List<string> fragments)
    {
        var completed = new List<(int Index, string Label)>();
        var at = 0;
        foreach (var fragment in fragments)
        {
            // "绩效指标" is a whole label of its own (the merged cell left of the levels), not the start of one
            while (at < header.Count && !(Columns.ReadIndicators(header[at]).Count == 0 && !header[at].EndsWith("指标", StringComparison.Ordinal)
                && Columns.ReadIndicators(header[at] + fragment).Count == 1))
            {
                at++;
            }

            if (at == header.Count)
            {
                return false;
            }

            completed.Add((at, header[at] + fragment));
            at++;
        }

        foreach (var (position, label) in completed)
        {
            header[position] = label;
        }

        return true;
    }

    /// <summary>A row whose every cell names an indicator column ("实际 完成值", "分值 | 得分 | 偏差原因分析及改进措施").</summary>
    private static bool IsHeaderRow(Row row)
    {
        var cells = row.NonEmpty.Select(cell => TextTools.RemoveWhiteSpace(cell.Text)).Where(text => text.Length > 0).ToList();
        return cells.Count > 0
            && IndicatorLevels.LevelOf(cells[0]) is null && !IndicatorLevels.IsGroupLabel(cells[0])
            && cells.All(cell => !ValueText.IsNumberLike(cell) && cell.Length <= 16 && Columns.ReadIndicators(cell).Count > 0);
    }

    private static bool IsHeaderFragment(Row row)
    {
        var cells = row.NonEmpty.ToList();
        if (cells.Count == 0 || cells.Any(cell => ValueText.IsNumberLike(cell.Text)))
        {
            return false;
        }

        var first = cells[0].Text;
        if (IndicatorLevels.LevelOf(first) is not null || IndicatorLevels.IsGroupLabel(first))
        {
            return false;
        }

        var joined = row.Joined;
        return joined.Length <= 12 && (Columns.ReadIndicators(joined).Count > 0 || HeaderPiece().IsMatch(joined));
    }

    /// <summary>The 偏差原因 / 改进措施 / 说明 rows after 总分 belong to the table; 备注 footnotes do not.</summary>
    private static int? TrailingNotesEnd(List<Row> rows, int index)
    {
        int? last = null;
        for (var i = index; i < rows.Count; i++)
        {
            var joined = rows[i].Joined;
            if (joined.StartsWith("备注", StringComparison.Ordinal) || joined.StartsWith("注:", StringComparison.Ordinal)
                || joined.StartsWith("注：", StringComparison.Ordinal) || joined.StartsWith("填表说明", StringComparison.Ordinal))
            {
                break;
            }

            last = rows[i].LastLine;
        }

        return last;
    }
}
