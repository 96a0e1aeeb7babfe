using Analytics.Etl.Records;
using Analytics.Generator.Content;
using static Analytics.Generator.Content.Numbers;

namespace Analytics.Generator.Rendering;

/// <summary>
/// Prose: a 自评报告 that states the money, the rate and the score in sentences (tests/fixtures/layouts/narrative_only.txt,
/// unseen rt05), a cover letter, and the 绩效评价信息汇总表 that lists a unit's projects (seed 001, unseen rt06).
/// </summary>
internal static class ProseLayout
{
    /// <summary>A report with numbered sections; its record cites the section that states the money.</summary>
    public static EvaluationRecord Report(DocWriter w, string file, TableSpec spec, Rng rng, CountyEntry county)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        string Amount(decimal value) => yuan ? Yuan(value) + "元" : Plain(value) + "万元";
        var subject = spec.Department ? "部门整体支出" : spec.Project!;
        w.Line(spec.UnitName);
        w.Line(spec.Department ? $"{spec.Year}年度部门整体支出绩效自评报告" : $"{spec.Year}年度{spec.Project}绩效自评报告");
        w.Blank();
        w.Line($"根据《{county.FinanceBureau}关于开展{spec.Year}年度财政支出绩效自评工作的通知》要求，我局对{spec.Year}年度{subject}开展了绩效自评，现将有关情况报告如下：");
        w.Blank();
        w.Line(spec.Department ? "一、部门基本情况" : "一、项目基本情况");
        w.Blank();
        w.Line(spec.Department
            ? $"{spec.UnitName}负责全{Kind(county)}基本医疗保险、医疗救助等医疗保障工作，内设办公室、待遇保障股、基金监管股等机构。"
            : $"{spec.Year}年，{county.Place}{spec.UnitName}{spec.Goal}");
        w.Blank();
        var first = w.Line(spec.Department ? "二、部门整体支出情况" : "二、项目资金使用情况");
        w.Blank();
        var statesInitial = rng.Chance(0.6);
        int last;
        if (statesInitial)
        {
            var sentence = spec.Department
                ? $"{spec.Year}年度部门整体支出年初预算{Amount(spec.Initial)}，全年预算{Amount(spec.Adjusted)}，全年执行{Amount(spec.Executed)}，执行率{Plain(spec.RatePercent)}%。"
                : $"{spec.Year}年{spec.Project}年初预算{Amount(spec.Initial)}，调整后预算为{Amount(spec.Adjusted)}，全年实际支出{Amount(spec.Executed)}，预算执行率{Plain(spec.RatePercent)}%。";
            last = w.Line(sentence + (spec.Department ? string.Empty : "资金全部按规定用途使用。"));
        }
        else
        {
            // wrapped at the page width like the PDF text of seed 000
            w.Line($"{spec.Year} 年度{subject}预算数为 {Amount(spec.Adjusted)}，执行数为");
            w.Blank();
            last = w.Line($"{Amount(spec.Executed)}，执行率 {Plain(spec.RatePercent)}%。");
        }

        w.Blank();
        w.Line("三、绩效目标完成情况");
        w.Blank();
        w.Line(spec.Done);
        w.Blank();
        w.Line("四、自评结论");
        w.Blank();
        w.Line($"经自评，{(spec.Department ? "本部门" : "该项目")}自评得分为{Plain(spec.Total)}分，评价等级为“{Grade(spec.Total)}”。");
        w.Blank();
        w.Line("五、存在的问题及改进措施");
        w.Blank();
        w.Line("部分乡镇医保经办力量薄弱，下一步将加强业务培训和信息化建设。");
        w.Blank();
        w.Line(spec.UnitName);
        w.Line($"{spec.Year + 1}年3月{rng.Between(10, 28)}日");
        w.FullWidth = false;
        return Truth.Report(file, spec, first, last, statesInitial);
    }

    /// <summary>A report in front of its own table (seed 000): it adds no record, the table says it all.</summary>
    public static void ReportBeforeTable(DocWriter w, TableSpec spec, CountyEntry county)
    {
        w.Line($"{county.County.Name}{spec.Project}");
        w.Line($"{spec.Year} 年度绩效自评报告");
        w.Blank();
        w.Line("根据省医疗保障局要求，为强化部门支出责任意识，提高财政资金使用效益，我单位对本项目实施绩效评价，自评报告如下：");
        w.Blank();
        w.Line("一、自评结论");
        w.Blank();
        w.Line($"{spec.Year} 年度{county.County.Name}{spec.Project}自评分 {Plain(spec.Total)} 分。");
        w.Blank();
        w.Line("二、存在的问题和原因");
        w.Blank();
        w.Line("部分资金拨付进度偏慢，基层经办力量不足。");
        w.Blank();
        w.Line($"{spec.Year + 1} 年 4 月 15 日");
        w.Blank();
    }

    /// <summary>The letter a bundle opens with; it names the prefecture, which tells same-named counties apart.</summary>
    public static void CoverLetter(DocWriter w, CountyEntry county, int year, int projects)
    {
        w.Line($"关于报送{year}年度绩效自评结果的报告");
        w.Blank();
        w.Line($"{county.FinanceBureau}：");
        w.Blank();
        w.Line($"根据《关于开展{year}年度财政支出绩效自评工作的通知》要求，我局对{year}年度部门整体支出和{projects}个项目支出开展了绩效自评，现将自评结果报送如下，请审核。");
        w.Blank();
        w.Line($"{county.County.Name}医疗保障局");
        w.Line($"{year + 1}年3月{(projects % 20) + 5}日");
        w.Blank();
    }

    /// <summary>A list of projects without money (seed 002): an index, no records.</summary>
    public static void ProjectList(DocWriter w, CountyEntry county, int year, IReadOnlyList<TableSpec> projects)
    {
        w.Line($"{county.County.Name}医疗保障局 {year} 年度绩效自评项目清单");
        w.Blank();
        w.Line("序号\t项目名称");
        for (var i = 0; i < projects.Count; i++)
        {
            w.Line($"{i + 1}\t{projects[i].Project}");
        }

        w.Blank();
    }

    /// <summary>A 绩效评价信息汇总表: one row per project, tab rows or one cell per line.</summary>
    public static List<EvaluationRecord> Summary(DocWriter w, string file, IReadOnlyList<TableSpec> projects, Rng rng, bool yuan, bool fullWidth)
    {
        var county = projects[0].County.Name;
        var year = projects[0].Year;
        string Amount(decimal value) => yuan ? Yuan(value) : Plain(value);
        var units = projects.Select(project => project.UnitName).ToList();
        if (projects.Count >= 3 && rng.Chance(0.5))
        {
            units[rng.Next(units.Count)] = county + "医疗保障服务中心";
        }

        var records = new List<EvaluationRecord>();
        var sumAdjusted = projects.Sum(project => project.Adjusted);
        var sumExecuted = projects.Sum(project => project.Executed);
        if (rng.Chance(0.5))
        {
            w.Line("附件2：");
            w.Blank();
            w.Line($"{year}年绩效评价信息汇总表");
            w.FullWidth = fullWidth;
            w.Line(yuan ? "注：含一般公共预算和政府性基金项目 单位：元" : "注：含一般公共预算和政府性基金项目 单位：万元");
            w.Line("序号\t单位名称\t项目名称\t预算数（含调整数）\t自评决算数\t执行率\t自评得分\t自评结论");
            var totalFirst = rng.Chance(0.5);
            if (totalFirst)
            {
                w.Line($"合计\t\t\t{Amount(sumAdjusted)}\t{Amount(sumExecuted)}\t\t\t");
            }

            for (var i = 0; i < projects.Count; i++)
            {
                var project = projects[i];
                var conclusion = project.Executed == 0 && rng.Chance(0.5) ? "各项工作较好完成" : rng.Pick(Catalog.Conclusions);
                var line = w.Line($"{i + 1}\t{units[i]}\t{project.Project}\t{Amount(project.Adjusted)}\t{Amount(project.Executed)}\t{Percent(project.RatePercent)}\t{Plain(project.Total)}\t{conclusion}");
                records.Add(Truth.SummaryRow(file, project, units[i], line, line, conclusion));
            }

            if (!totalFirst)
            {
                w.Line($"合计\t\t\t{Amount(sumAdjusted)}\t{Amount(sumExecuted)}\t\t\t");
            }
        }
        else
        {
            // amounts mostly with two decimals like unseen rt06; some tables print them bare (seed 001: "6 6")
            var bare = rng.Chance(0.3);
            string Cell(decimal value) => yuan ? Yuan(value) : bare ? Plain(value) : Fixed(value);
            w.Line($"{county}医疗保障局{year}年度绩效评价信息汇总表");
            w.FullWidth = fullWidth;
            w.Blank();
            w.Line(yuan ? "单位：元" : "单位：万元");
            w.Blank();
            foreach (var header in (string[])["序号", "单位名称", "项目名称", "预算数", "执行数", "执行率", "自评得分", "自评等级"])
            {
                w.Line(header);
            }

            for (var i = 0; i < projects.Count; i++)
            {
                var project = projects[i];
                w.Blank();
                var first = w.Line((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.Line(units[i]);
                var name = project.Project!;
                if (name.Length >= 12 && rng.Chance(0.5))
                {
                    w.Line(name[..10]);
                    w.Line(name[10..]);
                }
                else
                {
                    w.Line(name);
                }

                w.Line(Cell(project.Adjusted));
                w.Line(Cell(project.Executed));
                w.Line(Percent(project.RatePercent));
                w.Line(Plain(project.Total));
                var grade = Grade(project.Total);
                var last = w.Line(grade);
                records.Add(Truth.SummaryRow(file, project, units[i], first, last, grade));
            }

            w.Blank();
            w.Line("合计");
            w.Blank();
            w.Line(Cell(sumAdjusted));
            w.Line(Cell(sumExecuted));
            w.Line(Percent(sumAdjusted == 0 ? 0 : Round(sumExecuted / sumAdjusted * 100m, 2)));
        }

        w.FullWidth = false;
        return records;
    }

    private static string Kind(CountyEntry county) => county.County.Name[^1] switch
    {
        '区' => "区",
        '市' => "市",
        '旗' => "旗",
        _ => "县",
    };

    private static string Grade(decimal total) => total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
}
