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
        var stray = rng.Chance(0.3);
        var template = rng.Chance(0.25);
        var yuanInCells = yuan && rng.Chance(0.5);
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

        if (yuan && !yuanInCells)
        {
            w.Line("单位：元");
        }

        // "1,234,567.89元": the unit written in every amount instead of a 单位：元 heading
        string Amount(decimal value) => yuanInCells ? Yuan(value) + "元" : yuan ? Yuan(value) : Plain(value);
        var heading = spec.Department ? "预算执行情况" : "项目资金";
        heading += yuanInCells ? string.Empty : yuan ? "（元）" : "（万元）";
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
        var strayAt = stray ? rng.Between(0, spec.Indicators.Count - 1) : -1;
        var templateAt = template ? rng.Between(0, spec.Indicators.Count - 1) : -1;
        var index = 0;
        foreach (var row in spec.Indicators)
        {
            if (index == strayAt && index > 0)
            {
                // a line that is no row: a stamp, a page number, the title repeated at a page break, scanner noise
                w.Line(rng.Pick((string[])["（盖章）", $"— {rng.Between(2, 9)} —", $"{spec.Year}年度绩效自评表（续）", "~ ·' .,  ;"]));
            }

            if (index++ == templateAt)
            {
                // a blank row of the template with its instructions left in: no indicator
                var cells = (string[])[string.Empty, string.Empty, rng.Pick((string[])["（填写说明：按项目实际设置三级指标）", "XX", "请填写"]), "（按实际填写）", "请填写", string.Empty, string.Empty];
                w.Pipes(notes ? [.. cells, string.Empty] : cells);
            }

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
