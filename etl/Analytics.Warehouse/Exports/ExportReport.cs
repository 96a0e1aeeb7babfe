namespace Analytics.Warehouse.Exports;

/// <summary>
/// A ranked table for a meeting: its public name (<c>execution-rates</c>), its Chinese title, the query over a public
/// view (one <c>$year</c> parameter, null for all years, and a <c>ranking</c> column) and the columns to print.
/// </summary>
public sealed record ExportReport(string Name, string TitleZh, string Sql, IReadOnlyList<ExportColumn> Columns)
{
    /// <summary>The file an export is saved as by default: <c>execution-rates-2022.xlsx</c>, <c>…-all.csv</c>.</summary>
    public string FileName(int? year, ExportFormat format) => $"{Name}-{year?.ToString() ?? "all"}.{format.Extension()}";

    /// <summary>The name offered for download, in Chinese: <c>预算执行率排名-2022年.xlsx</c>.</summary>
    public string FileNameZh(int? year, ExportFormat format) => $"{TitleZh}-{(year is null ? "全部年度" : $"{year}年")}.{format.Extension()}";

    /// <summary>The title row: report, year, when the data was loaded and the rule sets that scored it.</summary>
    public string Title(ExportTable table)
    {
        var year = table.Year is null ? "全部年度" : $"{table.Year}年度";
        var asOf = table.DataAsOf is null ? "无" : $"{table.DataAsOf.Value.AddHours(8):yyyy-MM-dd HH:mm}（北京时间）";
        var ruleSets = table.RuleSets.Count == 0 ? "无" : string.Join("、", table.RuleSets);
        return $"{TitleZh}（{year}）　数据截至 {asOf}　规则集 {ruleSets}";
    }
}
