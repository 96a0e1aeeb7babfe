using Analytics.Etl.Records;
using Analytics.Generator.Content;
using static Analytics.Generator.Content.Numbers;

namespace Analytics.Generator.Rendering;

/// <summary>
/// One cell per line without tabs, a blank line after each table row (a table copied out of a PDF viewer, like
/// tests/fixtures/layouts/one_cell_per_line.txt). One table per file.
/// </summary>
internal static class OneCellLayout
{
    public static EvaluationRecord Table(DocWriter w, string file, TableSpec spec, Rng rng, string? place)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var levels = spec.Department || rng.Chance(0.4);
        var showInitial = spec.Department || rng.Chance(0.5);
        var first = spec.Department
            ? w.Line($"{place}{spec.UnitName}{spec.Year}年度部门整体支出绩效自评表")
            : w.Line($"{spec.Year}年度{place}{spec.UnitName}项目支出绩效自评表");
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        w.Blank();
        if (spec.Department)
        {
            Cells(w, "单位名称", spec.UnitName);
            Cells(w, "自评总分", Plain(spec.Total));
        }
        else
        {
            Cells(w, "项目名称", spec.Project!);
            Cells(w, "主管部门", spec.UnitName);
            Cells(w, "实施单位", spec.ImplementingUnit!);
        }

        if (yuan)
        {
            Cells(w, "单位：元");
        }

        string Amount(decimal value) => yuan ? Yuan(value) : Plain(value);
        var label = spec.Department ? "部门整体支出" : "年度资金总额";
        var heading = yuan ? "预算执行情况（元）" : "预算执行情况（万元）";
        if (showInitial)
        {
            Cells(w, heading, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            Cells(w, label, Amount(spec.Initial), Amount(spec.Adjusted), Amount(spec.Executed), Plain(spec.ExecutionWeight), Fixed(spec.RatePercent) + "%", Plain(spec.ExecutionScore));
        }
        else
        {
            Cells(w, heading, "预算数(A)", "执行数(B)", "执行率(B/A)", "分值", "得分");
            Cells(w, label, Amount(spec.Adjusted), Amount(spec.Executed), Percent(spec.RatePercent), Plain(spec.ExecutionWeight), Plain(spec.ExecutionScore));
        }

        if (levels)
        {
            Cells(w, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
        }
        else
        {
            Cells(w, "指标名称", "年度指标值", "实际完成值", "分值", "得分");
        }

        var lines = new List<int>();
        string? level1 = null, level2 = null;
        foreach (var row in spec.Indicators)
        {
            if (levels)
            {
                if (row.Level1 != level1)
                {
                    w.Line(row.Level1);
                    w.Line(row.Level2);
                }
                else if (row.Level2 != level2)
                {
                    w.Line(row.Level2);
                }

                (level1, level2) = (row.Level1, row.Level2);
            }

            lines.Add(w.Line(row.Name));
            Cells(w, row.Target, row.Actual, Plain(row.Weight), Plain(row.Score));
        }

        w.Line("总分");
        var last = w.Line(Plain(spec.Total));
        w.FullWidth = false;
        return Truth.Table(file, spec, first, last, new TruthView { Initial = showInitial, Levels = levels, Notes = false }, lines);
    }

    /// <summary>The cells of one row, one per line, and the blank line that ends the row.</summary>
    private static void Cells(DocWriter w, params ReadOnlySpan<string> cells)
    {
        foreach (var cell in cells)
        {
            w.Line(cell);
        }

        w.Blank();
    }
}
