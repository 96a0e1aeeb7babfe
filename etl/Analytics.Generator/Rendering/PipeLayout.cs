using Analytics.Etl.Records;
using Analytics.Generator.Content;
using static Analytics.Generator.Content.Numbers;

namespace Analytics.Generator.Rendering;

/// <summary>
/// Markdown pipe rows, one table per file (a Word table converted to Markdown, like
/// tests/fixtures/layouts/pipe_rows.txt and tests/fixtures/unseen rt04).
/// </summary>
internal static class PipeLayout
{
    public static EvaluationRecord Table(DocWriter w, string file, TableSpec spec, Rng rng, string? place)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var notes = rng.Chance(0.6);
        var showInitial = spec.Department || rng.Chance(0.6);
        var oldSigns = rng.Chance(0.3);
        var totalLabel = rng.Chance(0.3) ? "合计" : "总分";
        var first = spec.Department
            ? w.Line($"{place}{spec.UnitName}部门整体绩效自评表（{spec.Year}年度）")
            : w.Line($"{place}{spec.UnitName}{spec.Year}年度项目支出绩效自评表");
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        w.Blank();
        if (spec.Department)
        {
            w.Pipes(rng.Chance(0.5) ? "单位名称" : "部门名称", spec.UnitName, "自评总分", Plain(spec.Total));
        }
        else
        {
            w.Pipes("项目名称", spec.Project!, "实施单位", spec.ImplementingUnit!);
            w.Pipes("主管部门", spec.UnitName, string.Empty, string.Empty);
        }

        if (yuan)
        {
            w.Line("单位：元");
        }

        string Amount(decimal value) => yuan ? Yuan(value) : Plain(value);
        var heading = spec.Department ? "预算执行情况" : "项目资金";
        heading += yuan ? "（元）" : "（万元）";
        var label = spec.Department ? "部门整体支出" : "年度资金总额";
        if (showInitial)
        {
            w.Pipes(heading, "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分");
            w.Pipes(label, Amount(spec.Initial), Amount(spec.Adjusted), Amount(spec.Executed), Percent(spec.RatePercent), Plain(spec.ExecutionWeight), Plain(spec.ExecutionScore));
        }
        else
        {
            w.Pipes(heading, "全年预算数", "全年执行数", "执行率", "分值", "得分");
            w.Pipes(label, Amount(spec.Adjusted), Amount(spec.Executed), Percent(spec.RatePercent), Plain(spec.ExecutionWeight), Plain(spec.ExecutionScore));
        }

        if (notes)
        {
            w.Pipes("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
            w.Line("|---|---|---|---|---|---|---|---|");
        }
        else
        {
            w.Pipes("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
            w.Line("|---|---|---|---|---|---|---|");
        }

        var lines = new List<int>();
        string? level1 = null, level2 = null;
        foreach (var row in spec.Indicators)
        {
            var l1 = row.Level1 == level1 ? string.Empty : TabRowsLayout.Level1Heading(row.Level1, spec);
            var l2 = row.Level2 == level2 && l1.Length == 0 ? string.Empty : row.Level2;
            (level1, level2) = (row.Level1, row.Level2);
            lines.Add(notes
                ? w.Pipes(l1, l2, row.Name, Signs(row.Target, oldSigns), Signs(row.Actual, oldSigns), Plain(row.Weight), Plain(row.Score), row.Note ?? string.Empty)
                : w.Pipes(l1, l2, row.Name, Signs(row.Target, oldSigns), Signs(row.Actual, oldSigns), Plain(row.Weight), Plain(row.Score)));
        }

        var last = notes
            ? w.Pipes(totalLabel, string.Empty, string.Empty, string.Empty, string.Empty, "100", Plain(spec.Total), string.Empty)
            : w.Pipes(totalLabel, string.Empty, string.Empty, string.Empty, string.Empty, "100", Plain(spec.Total));
        w.FullWidth = false;
        return Truth.Table(file, spec, first, last, new TruthView { Initial = showInitial, Notes = notes, Implementing = !spec.Department }, lines);
    }
}
