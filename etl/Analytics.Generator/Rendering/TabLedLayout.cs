using Analytics.Etl.Records;
using Analytics.Generator.Content;
using static Analytics.Generator.Content.Numbers;

namespace Analytics.Generator.Rendering;

/// <summary>
/// One cell per line, each led by a tab, rows separated by blank lines, header words wrapped onto lines without a
/// tab ("自评总分" / "（分）"), U+3000 padding (a Word table of the 重庆 转移支付 template, like seed 003).
/// </summary>
internal static class TabLedLayout
{
    private const string Pad = "\u3000";

    public static EvaluationRecord Project(DocWriter w, string file, TableSpec spec, Rng rng)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var levels = rng.Chance(0.6);
        var coefficient = !levels && rng.Chance(0.5);
        var transfer = rng.Chance(0.5);
        var first = w.Line($"\t{spec.Year}年度{spec.Project}项目绩效自评表" + (rng.Chance(0.5) ? Pad + Pad : string.Empty));
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        w.Blank();
        w.Line(transfer ? "\t转移支付名称" : "\t项目名称");
        w.Line($"\t{spec.Project}{Pad}");
        w.Line("\t自评总分");
        w.Line("（分）");
        w.Line($"\t{Plain(spec.Total)}{Pad}");
        w.Blank();
        w.Line(transfer ? "\t业务主管部门" : "\t主管部门");
        w.Line($"\t{spec.UnitName}{Pad}");
        w.Line("\t联系人");
        w.Line("及电话");
        w.Line($"\t{spec.Contact}{Pad}{Pad}{spec.Phone}{Pad}");
        w.Blank();
        YuanLabel(w, yuan, rng);
        Money(w, spec, yuan, weight: false);
        Goals(w, spec);

        w.Line("\t绩效指标");
        if (levels)
        {
            w.Line("\t一级指标");
            w.Line("\t二级指标");
        }

        w.Line("\t指标名称");
        w.Line("\t计量单位");
        w.Line("\t年度指标值");
        w.Line("\t全年完成值");
        if (coefficient)
        {
            w.Line("\t得分系数");
            w.Line("（%)");
        }

        w.Line("\t权重");
        w.Line("（分）");
        w.Line("\t指标得分");
        w.Line("（分）");
        var lines = Rows(w, spec, levels, coefficient, coreFlag: false, oldSigns: rng.Chance(0.5));
        w.Blank();
        var last = w.Line("\t未完成绩效目标或偏离较多的原因、改进措施及其他说明");
        if (spec.Indicators.Any(row => row.Score < row.Weight) || rng.Chance(0.5))
        {
            last = w.Line("\t" + (spec.Indicators.FirstOrDefault(row => row.Note is not null)?.Note ?? "无"));
        }

        w.FullWidth = false;
        return Truth.Table(file, spec, first, last, new TruthView { ExecutionWeight = false, Levels = levels, Implementing = false, Notes = false, UnitTexts = true }, lines);
    }

    /// <summary>The 部门整体 table: 主管部门 and 自评总分 in one row, the execution weight in its own column, 指标性质 and 是否核心指标.</summary>
    public static EvaluationRecord Department(DocWriter w, string file, TableSpec spec, Rng rng)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var first = w.Line($"{spec.Year}年度部门整体绩效自评表");
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        w.Line("\t主管");
        w.Line("部门");
        w.Line($"\t{spec.UnitName}");
        w.Line("\t财务");
        w.Line("科室");
        w.Line("\t规划财务科");
        w.Line("\t自评总分（分）");
        w.Line($"\t{Plain(spec.Total)}");
        w.Blank();
        w.Line("\t部门");
        w.Blank();
        w.Line("联系人");
        w.Line($"\t{spec.Contact}");
        w.Line("\t联系电话");
        w.Line($"\t{spec.Phone}");
        w.Blank();
        YuanLabel(w, yuan, rng);
        Money(w, spec, yuan, weight: true);
        Goals(w, spec);
        w.Line("\t绩效指标");
        w.Line("\t一级指标");
        w.Line("\t二级指标");
        w.Line("\t指标名称");
        w.Line("\t计量单位");
        w.Line("\t年度指标值");
        w.Line("\t全年完成值");
        w.Line("\t指标权重");
        w.Blank();
        w.Line("（分）");
        w.Line("\t指标得分");
        w.Line("（分）");
        w.Line("\t是否核心");
        w.Blank();
        w.Line("指标");
        var lines = Rows(w, spec, levels: true, coefficient: false, coreFlag: true, oldSigns: rng.Chance(0.5));
        w.Blank();
        var last = w.Line("\t说明");
        w.FullWidth = false;
        return Truth.Table(file, spec, first, last, new TruthView { Notes = false, UnitTexts = true, Implementing = false }, lines);
    }

    /// <summary>"单位：元" over the money; now and then only the heading "项目资金（元）" says it.</summary>
    private static void YuanLabel(DocWriter w, bool yuan, Rng rng)
    {
        if (yuan && rng.Chance(0.7))
        {
            w.Line("\t单位：元");
            w.Blank();
        }
    }

    private static void Money(DocWriter w, TableSpec spec, bool yuan, bool weight)
    {
        string Amount(decimal value) => yuan ? Yuan(value) : Plain(value);
        w.Line(yuan ? "\t项目资金（元）" : "\t项目资金（万元）");
        w.Line("\t年初预算数");
        w.Line("\t全年预算数");
        w.Line("\t全年执行数");
        w.Line("\t执行率（%）");
        if (weight)
        {
            w.Line("\t执行率权重");
            w.Line("（分）");
        }

        w.Line("\t执行率得分");
        w.Line("（分）");
        w.Blank();
        w.Line("\t");
        w.Line($"\t{Amount(spec.Initial)}{Pad}");
        w.Line($"\t{Amount(spec.Adjusted)}");
        w.Line($"\t{Amount(spec.Executed)}{Pad}");
        w.Line($"\t{Plain(spec.RatePercent)}");
        if (weight)
        {
            w.Line($"\t{Plain(spec.ExecutionWeight)}");
        }

        w.Line($"\t{Plain(spec.ExecutionScore)}{Pad}");
        w.Blank();
    }

    private static void Goals(DocWriter w, TableSpec spec)
    {
        w.Line("\t年度总体目标");
        w.Line("\t年初设定目标");
        w.Line("\t全年目标实际完成情况");
        w.Blank();
        w.Line("\t");
        w.Line("\t" + spec.Goal);
        w.Line("\t" + spec.Done);
        w.Blank();
    }

    private static List<int> Rows(DocWriter w, TableSpec spec, bool levels, bool coefficient, bool coreFlag, bool oldSigns)
    {
        var lines = new List<int>();
        string? level1 = null, level2 = null;
        foreach (var row in spec.Indicators)
        {
            w.Blank();
            w.Line("\t");
            if (levels)
            {
                w.Line("\t" + (row.Level1 == level1 ? string.Empty : row.Level1));
                w.Line("\t" + (row.Level2 == level2 && row.Level1 == level1 ? string.Empty : row.Level2));
                (level1, level2) = (row.Level1, row.Level2);
            }

            lines.Add(w.Line($"\t{row.Name}{Pad}"));
            w.Line("\t" + (row.UnitText ?? string.Empty));
            w.Line($"\t{Signs(row.Target, oldSigns)}{Pad}");
            w.Line($"\t{Signs(row.Actual, oldSigns)}");
            if (coefficient)
            {
                w.Line("\t" + Plain(row.Weight == 0 ? 0 : Math.Min(100, Round(row.Score / row.Weight * 100m, 0))));
            }

            w.Line($"\t{Plain(row.Weight)}");
            w.Line($"\t{Plain(row.Score)}{Pad}");
            if (coreFlag)
            {
                w.Line("\t" + (row.Level1 == "产出指标" ? "是" : "否"));
            }
        }

        return lines;
    }
}
