namespace Analytics.Etl.Parsing;

internal enum BudgetColumn
{
    Initial,
    Adjusted,
    Executed,
    Rate,
    Weight,
    Score,
}

internal enum IndicatorColumn
{
    Level1,
    Level2,
    Name,
    UnitText,
    Direction,

    /// <summary>A second direction column: "指标性质" (正向 / 反向) beside "指标方向" (大于等于).</summary>
    Nature,
    Target,
    AdjustedTarget,
    Actual,
    Coefficient,
    Weight,
    Score,
    Note,
    CoreFlag,

    /// <summary>"指标内容", "评价标准": what a scoring form says an indicator is and how it is scored; read past, not kept.</summary>
    Criteria,
}

/// <summary>
/// Reads column headers by their words, in the order they are printed, whatever the variant
/// (年初预算数 / 全年预算数 / 预算数(A) / 调整后预算数, 分值 / 权重, 得分 / 指标得分 ...).
/// Header words are data here, not positions: a header that wraps or is justified with spaces reads the same.
/// </summary>
internal static class Columns
{
    private static readonly (string Word, BudgetColumn Column)[] BudgetWords =
    [
        ("年初预算数", BudgetColumn.Initial),
        ("年初预算", BudgetColumn.Initial),
        ("全年调整预算数", BudgetColumn.Adjusted),
        ("调整后预算数", BudgetColumn.Adjusted),
        ("全年预算数", BudgetColumn.Adjusted),
        ("调整预算数", BudgetColumn.Adjusted),
        ("预算数", BudgetColumn.Adjusted),
        ("全年执行数", BudgetColumn.Executed),
        ("执行数", BudgetColumn.Executed),
        ("自评决算数", BudgetColumn.Executed),
        ("决算数", BudgetColumn.Executed),
        ("实际支出", BudgetColumn.Executed),
        ("执行率权重", BudgetColumn.Weight),
        ("执行率分值", BudgetColumn.Weight),
        ("执行率得分", BudgetColumn.Score),
        ("执行率", BudgetColumn.Rate),
        ("分值", BudgetColumn.Weight),
        ("权重", BudgetColumn.Weight),
        ("得分", BudgetColumn.Score),
    ];

    private static readonly (string Word, IndicatorColumn Column)[] IndicatorWords =
    [
        ("指标内容", IndicatorColumn.Criteria),
        ("评价标准", IndicatorColumn.Criteria),
        ("评分标准", IndicatorColumn.Criteria),
        ("一级指标", IndicatorColumn.Level1),
        ("二级指标", IndicatorColumn.Level2),
        ("三级指标", IndicatorColumn.Name),
        ("指标名称", IndicatorColumn.Name),
        ("绩效指标名称", IndicatorColumn.Name),
        ("计量单位", IndicatorColumn.UnitText),
        ("度量单位", IndicatorColumn.UnitText),
        ("指标性质", IndicatorColumn.Direction),
        ("指标方向", IndicatorColumn.Direction),
        ("年度指标值", IndicatorColumn.Target),
        ("年初目标值", IndicatorColumn.Target),
        ("年初指标值", IndicatorColumn.Target),
        ("年度目标值", IndicatorColumn.Target),
        ("预期指标值", IndicatorColumn.Target),
        ("目标值", IndicatorColumn.Target),
        ("指标值", IndicatorColumn.Target),
        ("调整指标值", IndicatorColumn.AdjustedTarget),
        ("全年指标值", IndicatorColumn.AdjustedTarget),
        ("实际完成值", IndicatorColumn.Actual),
        ("全年完成值", IndicatorColumn.Actual),
        ("全年实际值", IndicatorColumn.Actual),
        ("实际完成情况", IndicatorColumn.Actual),
        ("完成值", IndicatorColumn.Actual),
        ("实际值", IndicatorColumn.Actual),
        ("实施进度", IndicatorColumn.Actual),
        ("完成进度", IndicatorColumn.Actual),
        ("得分系数", IndicatorColumn.Coefficient),
        ("指标权重", IndicatorColumn.Weight),
        ("指标分值", IndicatorColumn.Weight),
        ("分值", IndicatorColumn.Weight),
        ("权重", IndicatorColumn.Weight),
        ("指标得分", IndicatorColumn.Score),
        ("自评得分", IndicatorColumn.Score),
        ("自评分", IndicatorColumn.Score),
        ("得分", IndicatorColumn.Score),
        ("偏差原因分析及改进措施", IndicatorColumn.Note),
        ("偏差原因", IndicatorColumn.Note),
        ("未完成原因", IndicatorColumn.Note),
        ("是否核心指标", IndicatorColumn.CoreFlag),

        // OCR damage: a last character dropped or misread ("年度指标直", "实际完成", "三级指"); tried only after the whole words
        ("一级指", IndicatorColumn.Level1),
        ("二级指", IndicatorColumn.Level2),
        ("三级指", IndicatorColumn.Name),
        ("年度指标", IndicatorColumn.Target),
        ("实际完成", IndicatorColumn.Actual),
    ];

    public static string Clean(string headerText)
    {
        var text = TextTools.RemoveWhiteSpace(headerText)
            .Replace("（调整）", "调整", StringComparison.Ordinal)
            .Replace("(调整)", "调整", StringComparison.Ordinal);
        return TextTools.RemoveParentheticals(text);
    }

    public static List<BudgetColumn> ReadBudget(string headerText)
    {
        var text = Clean(headerText);

        // "执行率" then "得分" as two columns read "执行率得分" once joined; it is one column only beside its own 执行率 column
        if (CountOf(text, "执行率") == 1)
        {
            text = text.Replace("执行率得分", "执行率|得分", StringComparison.Ordinal)
                .Replace("执行率权重", "执行率|权重", StringComparison.Ordinal)
                .Replace("执行率分值", "执行率|分值", StringComparison.Ordinal);
        }

        // a column named twice was a group heading over its parts ("年度预算数(万元) | 年初预算 | 调整后预算数"), or the
        // header printed again: each column stands where it was named last
        var columns = Scan(text, BudgetWords);
        return columns.Where((column, index) => columns.LastIndexOf(column) == index).ToList();
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public static List<IndicatorColumn> ReadIndicators(string headerText)
    {
        var columns = Scan(Clean(headerText), IndicatorWords);

        // "指标性质 | 指标方向": two columns of one kind, both printed in every row; the first is the indicator's nature
        var directions = columns.Select((column, index) => (column, index)).Where(item => item.column == IndicatorColumn.Direction).Select(item => item.index).ToList();
        if (directions.Count == 2 && directions[1] == directions[0] + 1)
        {
            columns[directions[0]] = IndicatorColumn.Nature;
        }

        // a header printed twice (a table split over pages) lists each column once
        return columns.Distinct().ToList();
    }

    /// <summary>
    /// A header damaged by OCR ("三级指" / "年度指标直" / "实际完成"): its words still name a target, an actual and points,
    /// and no cell holds a number.
    /// </summary>
    public static bool LooksLikeIndicatorHeader(string joinedHeader)
    {
        if (joinedHeader.Length > 80 || ContainsDigit(joinedHeader) || !MayNameIndicatorColumns(joinedHeader))
        {
            return false;
        }

        var columns = ReadIndicators(joinedHeader);
        return columns.Contains(IndicatorColumn.Target) && columns.Contains(IndicatorColumn.Actual)
            && (columns.Contains(IndicatorColumn.Weight) || columns.Contains(IndicatorColumn.Score))
            && (columns.Contains(IndicatorColumn.Name) || columns.Contains(IndicatorColumn.Level2));
    }

    /// <summary>
    /// A cheap test before reading the words: every target word holds 标, every name or 二级 word 指, every actual word
    /// 完 or 实, every weight or score word 分 or 权; cleaning only removes characters, so a text without them names no such column.
    /// </summary>
    private static bool MayNameIndicatorColumns(string text)
    {
        var span = text.AsSpan();
        return span.Contains('标') && span.Contains('指') && span.IndexOfAny('完', '实') >= 0 && span.IndexOfAny('分', '权') >= 0;
    }

    private static bool ContainsDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HeaderSaysPercent(string headerText)
    {
        var text = TextTools.RemoveWhiteSpace(headerText);
        return text.Contains("执行率(%)", StringComparison.Ordinal) || text.Contains("执行率（%", StringComparison.Ordinal)
            || text.Contains("执行率(%", StringComparison.Ordinal);
    }

    private static List<T> Scan<T>(string text, (string Word, T Column)[] words)
    {
        var found = new List<T>();
        var index = 0;
        while (index < text.Length)
        {
            var matched = false;
            foreach (var (word, column) in words)
            {
                if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
                {
                    found.Add(column);
                    index += word.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                index++;
            }
        }

        return found;
    }
}
