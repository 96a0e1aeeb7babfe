namespace Analytics.Warehouse.Exports;

/// <summary>
/// The reports that can be exported and their columns: Chinese headers, units and number formats, defined once here
/// and used by both formats. Each query only filters, ranks and orders a public view (docs/contract/interfaces.md);
/// rank 1 is the county an analyst should look at first.
/// </summary>
public static class ExportCatalog
{
    private static readonly ExportColumn Rank = new("ranking", "排名", null, ColumnFormat.WholeNumber, 6);
    private static readonly ExportColumn County = new("county_name", "县（市、区）", null, ColumnFormat.Text);
    private static readonly ExportColumn CountyCode = new("county_code", "区划代码", null, ColumnFormat.Text, 10);
    private static readonly ExportColumn Province = new("province_name", "省份", null, ColumnFormat.Text, 12);
    private static readonly ExportColumn Year = new("year", "年度", null, ColumnFormat.WholeNumber, 8);

    public static ExportReport ExecutionRates { get; } = new(
        "execution-rates",
        "预算执行率排名",
        """
        select
            case when execution_rate is not null then rank() over (partition by year order by execution_rate desc) end as ranking,
            *
        from execution_rates
        where $year is null or year = $year
        order by year desc, ranking nulls last, county_code
        """,
        [
            Rank, County, CountyCode, Province, Year,
            new("budget_initial", "年初预算", "万元", ColumnFormat.Amount),
            new("budget_adjusted", "调整后预算", "万元", ColumnFormat.Amount),
            new("budget_executed", "实际支出", "万元", ColumnFormat.Amount),
            new("execution_rate", "预算执行率", null, ColumnFormat.Rate, 12),
            new("execution_rate_vs_initial", "对年初预算执行率", null, ColumnFormat.Rate, 12),
            new("pefa_band", "PEFA等级", null, ColumnFormat.Text, 8),
            new("rank", "省内排名", null, ColumnFormat.WholeNumber, 8),
            new("peer_median", "省内中位数", null, ColumnFormat.Rate, 12),
            new("evaluations", "评价数", "个", ColumnFormat.WholeNumber, 8),
        ]);

    public static ExportReport ScoreInflation { get; } = new(
        "score-inflation",
        "自评分虚高排名",
        """
        select
            rank() over (partition by year order by inflation desc) as ranking,
            *
        from score_inflation
        where $year is null or year = $year
        order by year desc, ranking, county_code
        """,
        [
            Rank, County, CountyCode, Province, Year,
            new("evaluations", "评价数", "个", ColumnFormat.WholeNumber, 8),
            new("comparable_rows", "可比指标行数", "行", ColumnFormat.WholeNumber, 10),
            new("score_reported", "自评得分", "分", ColumnFormat.Score, 12),
            new("score_reference", "参考得分", "分", ColumnFormat.Score, 12),
            new("inflation", "虚高分值", "分", ColumnFormat.Score, 12),
            new("peer_median", "省内中位数", "分", ColumnFormat.Score, 12),
        ]);

    public static ExportReport RecurringGaps { get; } = new(
        "recurring-gaps",
        "指标未达标排名",
        """
        select
            rank() over (partition by year order by years_below_target desc) as ranking,
            *
        from recurring_gaps
        where $year is null or year = $year
        order by year desc, ranking, county_code, indicator_code
        """,
        [
            Rank, County, CountyCode, Province, Year,
            new("indicator_name", "指标", null, ColumnFormat.Text, 36),
            new("target_text", "目标值", null, ColumnFormat.Text, 16),
            new("actual_text", "实际完成值", null, ColumnFormat.Text, 16),
            new("years_below_target", "未达标年数", "年", ColumnFormat.WholeNumber, 10),
            new("is_recurring", "连续未达标", null, ColumnFormat.YesNo, 10),
            new("counties_below_target_in_year", "同年未达标县数", "个", ColumnFormat.WholeNumber, 10),
            new("source_file", "来源文件", null, ColumnFormat.Text, 24),
            new("source_line", "行号", null, ColumnFormat.WholeNumber, 6),
        ]);

    public static ExportReport RuleViolations { get; } = new(
        "rule-violations",
        "自评违规问题排名",
        """
        with filtered as (
            select * from rule_violations where $year is null or year = $year
        ),

        counties as (
            select year, county_code, count(*) as violations, rank() over (partition by year order by count(*) desc) as ranking
            from filtered
            where county_code is not null
            group by year, county_code
        )

        select counties.ranking, counties.violations, filtered.*
        from filtered
        left join counties
            on filtered.year = counties.year
            and filtered.county_code = counties.county_code
        order by filtered.year desc nulls last, counties.ranking nulls last, filtered.county_code, filtered.rule, filtered.source_file, filtered.first_line
        """,
        [
            Rank, County, CountyCode, Year,
            new("violations", "该县问题数", "个", ColumnFormat.WholeNumber, 10),
            new("project", "项目", null, ColumnFormat.Text, 28),
            new("rule", "问题类型", null, ColumnFormat.Rule, 18),
            new("detail", "说明", null, ColumnFormat.Text, 48),
            new("indicator_name", "指标", null, ColumnFormat.Text, 24),
            new("source_file", "来源文件", null, ColumnFormat.Text, 24),
            new("first_line", "行号", null, ColumnFormat.WholeNumber, 6),
        ]);

    public static IReadOnlyList<ExportReport> Reports { get; } = [ExecutionRates, ScoreInflation, RecurringGaps, RuleViolations];

    /// <summary>The Chinese names of the rule codes of <c>rule_violations</c> (docs/analytics.md, "Rule violations").</summary>
    public static IReadOnlyDictionary<string, string> RuleNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["score_above_weight"] = "得分超过分值",
        ["total_above_100"] = "总分超过100分",
        ["parts_do_not_sum"] = "分项得分之和与总分不符",
        ["execution_score_mismatch"] = "执行率得分与规则不符",
        ["full_marks_on_missed_target"] = "未达目标却得满分",
        ["actual_written_as_target"] = "实际值写成目标形式",
        ["actual_copies_target"] = "实际值照抄目标值",
        ["zero_execution_positive_claim"] = "零支出却称完成",
        ["qualitative_score_outside_band"] = "定性指标得分超出档次",
    };

    /// <summary>The report of that public name, or null.</summary>
    public static ExportReport? Find(string name) => Reports.FirstOrDefault(report => report.Name == name);
}
