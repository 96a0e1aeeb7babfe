using Analytics.Etl.Records;
using Analytics.Generator.Content;
using static Analytics.Generator.Content.Numbers;

namespace Analytics.Generator.Rendering;

/// <summary>
/// Tab-separated rows, one table row per line, merged cells left as empty tabs (Word or Excel tables saved as
/// text, like seed 002 and tests/fixtures/layouts/tab_rows_weight_before_target.txt).
/// </summary>
internal static class TabRowsLayout
{
    public static EvaluationRecord Project(DocWriter w, string file, TableSpec spec, Rng rng)
    {
        var v = new Variant(rng);
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        int first;
        if (v.Excel)
        {
            first = w.Line($"{spec.UnitName}{spec.Year}年度项目支出绩效自评表");
        }
        else if (rng.Chance(0.5))
        {
            first = w.Line(v.J("项目支出绩效自评表"));
            w.Line($"（{spec.Year}年度）");
        }
        else
        {
            first = w.Line($"{spec.UnitName}{spec.Year}年度项目支出绩效自评表");
        }

        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        if (yuan && !v.Excel)
        {
            w.Line("单位：元");
        }

        var lead = v.Excel ? [] : (string[])[string.Empty];
        if (v.Excel)
        {
            w.Row("\t", "项目名称", spec.Project!, string.Empty, string.Empty, string.Empty, string.Empty);
            w.Row("\t", "主管部门", spec.UnitName, string.Empty, "实施单位", spec.ImplementingUnit!, string.Empty);
        }
        else
        {
            w.Row("\t", v.J("项目名称"), string.Empty, v.J(spec.Project!), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
            w.Row("\t", v.J("主管部门"), string.Empty, Coded(v.Codes, spec.UnitCode, spec.UnitName), string.Empty, v.J("实施单位"), Coded(v.Codes, spec.ImplementingCode!, spec.ImplementingUnit!), string.Empty, string.Empty);
        }

        string Amount(decimal value) => v.Excel
            ? yuan ? Yuan(value) + "元" : Plain(value) + "万元"
            : yuan ? Yuan(value) : v.Thousands ? value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture) : Plain(value);
        var rate = v.SpacedPercent ? Fixed(spec.RatePercent) + " %" : Percent(spec.RatePercent);
        var money = v.Excel ? "项目资金" : yuan ? "项目资金（元）" : "项目资金（万元）";
        if (v.Excel)
        {
            w.Row("\t", money, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            w.Row("\t", "年度资金总额", Amount(spec.Initial), Amount(spec.Adjusted), Amount(spec.Executed), Plain(spec.ExecutionWeight), rate, Plain(spec.ExecutionScore));
        }
        else if (v.Initial)
        {
            w.Row("\t", v.J(money), string.Empty, v.J("年初预算数"), v.J("全年预算数"), v.J("全年执行数"), "分值", "执行率", "得分", string.Empty);
            w.Row("\t", string.Empty, "年度资金总额：", Amount(spec.Initial), Amount(spec.Adjusted), Amount(spec.Executed), Plain(spec.ExecutionWeight), rate, Plain(spec.ExecutionScore), string.Empty);
            w.Row("\t", string.Empty, v.J("其中：本年财政拨款"), Amount(spec.Initial), Amount(spec.Adjusted), Amount(spec.Executed), "—", string.Empty, string.Empty, string.Empty);
            w.Row("\t", string.Empty, "上年结转资金", "0", "0", "0", "—", string.Empty, string.Empty, string.Empty);
        }
        else
        {
            w.Row("\t", v.J(money), string.Empty, v.J("全年预算数"), v.J("全年执行数"), "分值", "执行率", "得分", string.Empty);
            w.Row("\t", string.Empty, "年度资金总额：", Amount(spec.Adjusted), Amount(spec.Executed), Plain(spec.ExecutionWeight), rate, Plain(spec.ExecutionScore), string.Empty);
            w.Row("\t", string.Empty, v.J("其中：本年财政拨款"), Amount(spec.Adjusted), Amount(spec.Executed), "—", string.Empty, string.Empty, string.Empty);
            w.Row("\t", string.Empty, "上年结转资金", "0", "0", "—", string.Empty, string.Empty, string.Empty);
        }

        if (!v.Excel)
        {
            w.Row("\t", v.J("年度总体目标"), "预期目标", string.Empty, string.Empty, string.Empty, "实际完成情况", string.Empty, string.Empty);
            w.Row("\t", string.Empty, spec.Goal, string.Empty, string.Empty, string.Empty, spec.Done, string.Empty, string.Empty);
        }

        string[] header = v.Excel
            ? ["一级指标", "二级指标", "三级指标", "年初目标值", "全年完成值", "分值", "指标得分", "偏差原因分析及改进措施"]
            : v.WeightFirst
                ? ["绩效指标", "一级指标", "二级指标", "三级指标", "权重", "年度指标值", "实际完成值", "指标得分", "偏差原因分析及改进措施"]
                : v.UnitColumns
                    ? ["绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
                    : ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
        void Header() => w.Row("\t", [.. header.Select(v.J)]);
        Header();

        var lines = new List<int>();
        var rows = spec.Indicators;
        var headings = HeadingRows(rows, v.Centred);
        var breakAfter = v.PageBreak && rows.Count >= 6 ? rows.Count / 2 : -1;
        string? level2 = null;
        var number = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var l1 = headings.Contains(i) ? v.J(Level1Heading(row.Level1, spec)) : string.Empty;
            var newGroup = row.Level2 != level2 || (i > 0 && row.Level1 != rows[i - 1].Level1);
            var l2 = newGroup ? v.J(row.Level2) : string.Empty;
            number = newGroup ? 1 : number + 1;
            level2 = row.Level2;
            var name = v.Numbered ? $"指标{number}：{row.Name}" : v.J(row.Name);
            if (v.Excel && row.Name.Length >= 10 && rng.Chance(0.5))
            {
                name = $"\"{row.Name[..6]}\n{row.Name[6..]}\"";
            }

            var target = v.Latex ? Latex(row) : v.JustifyValue(row.Target);
            var actual = v.JustifyValue(row.Actual);
            var note = row.Note ?? string.Empty;
            if (v.Excel && note.Length > 8)
            {
                note = $"\"{note[..8]}\n{note[8..]}\"";
            }

            string[] cells = v.Excel
                ? [l1, l2, name, target, actual, Plain(row.Weight), Plain(row.Score), note]
                : v.WeightFirst
                    ? [string.Empty, l1, l2, name, Plain(row.Weight), target, actual, Plain(row.Score), note]
                    : v.UnitColumns
                        ? [string.Empty, l1, l2, name, row.UnitText ?? string.Empty, row.DirectionText, target, actual, Plain(row.Weight), Plain(row.Score), note]
                        : [string.Empty, l1, l2, name, target, actual, Plain(row.Weight), Plain(row.Score), note];
            lines.Add(w.Row("\t", cells) - cells.Sum(cell => cell.Count(c => c == '\n')));

            var lastOfGroup = i + 1 == rows.Count || rows[i + 1].Level1 != row.Level1;
            if (lastOfGroup && row.Level1 == "效益指标" && v.NotApplicable)
            {
                foreach (var missing in ((string[])["经济效益指标", "生态效益指标"]).Where(heading => rows.All(other => other.Level2 != heading)))
                {
                    w.Row("\t", [.. lead, string.Empty, v.J(missing), "本指标不适用", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
                    level2 = missing;
                }
            }

            if (lastOfGroup && v.Subtotals && i + 1 < rows.Count)
            {
                var group = rows.Where(other => other.Level1 == row.Level1).ToList();
                w.Row("\t", [.. lead, string.Empty, "小计", .. Enumerable.Repeat(string.Empty, header.Length - 5 - lead.Length), Plain(group.Sum(other => other.Weight)), Plain(group.Sum(other => other.Score)), string.Empty]);
            }

            if (i == breakAfter)
            {
                w.Blank();
                w.Line(rng.Chance(0.5) ? $"— {rng.Between(3, 30)} —" : $"第 {rng.Between(2, 5)} 页 共 {rng.Between(5, 9)} 页");
                w.Blank();
                Header();
            }
        }

        var total = v.Excel
            ? w.Row("\t", "总分", string.Empty, string.Empty, string.Empty, string.Empty, "100", Plain(spec.Total), string.Empty)
            : v.WeightFirst
                ? w.Row("\t", v.J("总分"), string.Empty, string.Empty, string.Empty, "100", string.Empty, string.Empty, Plain(spec.Total), string.Empty)
                : w.Row("\t", [v.J("总分"), .. Enumerable.Repeat(string.Empty, header.Length - 4), "100", Plain(spec.Total), string.Empty]);
        w.FullWidth = false;
        var view = new TruthView { Initial = v.Initial || v.Excel, UnitTexts = v.UnitColumns, Directions = v.UnitColumns };
        return Truth.Table(file, spec, first, total, view, lines);
    }

    /// <summary>The rows that print their 一级 heading: the first of each group, or (centred merged cells) the middle one.</summary>
    private static HashSet<int> HeadingRows(List<IndicatorSpec> rows, bool centred)
    {
        var result = new HashSet<int>();
        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            while (end + 1 < rows.Count && rows[end + 1].Level1 == rows[start].Level1)
            {
                end++;
            }

            result.Add(centred ? start + ((end - start) / 2) : start);
            start = end + 1;
        }

        return result;
    }

    /// <summary>"$\\geq 95\\%$": a percent target as a PDF-to-Word converter leaves it.</summary>
    private static string Latex(IndicatorSpec row) =>
        row.Kind == MeasureKind.Percent && row.Direction is Direction.AtLeast or Direction.AtMost && row.TargetValue is { } value
            ? $"$\\{(row.Direction == Direction.AtLeast ? "geq" : "leq")} {Plain(value)}\\%$"
            : row.Target;

    /// <summary>The look of one printed table: which of the real variants it follows.</summary>
    private sealed class Variant
    {
        private readonly Rng random;

        public Variant(Rng rng)
        {
            random = rng;
            Excel = rng.Chance(0.15);
            Justified = !Excel && rng.Chance(0.3);
            Initial = rng.Chance(0.7);
            WeightFirst = !Excel && rng.Chance(0.2);
            UnitColumns = !Excel && !WeightFirst && rng.Chance(0.2);
            Numbered = !Excel && rng.Chance(0.7);
            Codes = rng.Chance(0.6);
            Thousands = rng.Chance(0.3);
            SpacedPercent = rng.Chance(0.2);
            NotApplicable = rng.Chance(0.4);
            Subtotals = rng.Chance(0.2);
            PageBreak = rng.Chance(0.3);
            Latex = rng.Chance(0.1);
            Centred = rng.Chance(0.1);
        }

        public bool Excel { get; }

        public bool Justified { get; }

        public bool Initial { get; }

        public bool WeightFirst { get; }

        public bool UnitColumns { get; }

        public bool Numbered { get; }

        public bool Codes { get; }

        public bool Thousands { get; }

        public bool SpacedPercent { get; }

        public bool NotApplicable { get; }

        public bool Subtotals { get; }

        public bool PageBreak { get; }

        public bool Latex { get; }

        public bool Centred { get; }

        /// <summary>"数量 指 标": a justified cell prints spaces between its characters.</summary>
        public string J(string text)
        {
            if (!Justified || text.Length < 3 || !random.Chance(0.4))
            {
                return text;
            }

            var at = random.Between(1, text.Length - 1);
            return IsCjk(text[at - 1]) && IsCjk(text[at]) ? text[..at] + " " + text[at..] : text;
        }

        public string JustifyValue(string text) => text.All(IsCjk) ? J(text) : text;

        private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
    }

    /// <summary>A 部门整体 table in the 重庆 style: 自评总分 in the head, no 总分 row, a 说明 row at the end.</summary>
    public static EvaluationRecord Department(DocWriter w, string file, TableSpec spec, Rng rng)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var pointsWord = rng.Chance(0.3) ? "分" : string.Empty;
        var explain = rng.Chance(0.6);
        var first = w.Line($"{spec.UnitName}{spec.Year}年度部门整体绩效自评表");
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        if (yuan)
        {
            w.Line("单位：元");
        }

        string Amount(decimal value) => yuan ? Yuan(value) : Plain(value);
        w.Row("\t", "主管部门", spec.UnitName, string.Empty, string.Empty, "自评总分（分）", Plain(spec.Total), string.Empty, string.Empty);
        w.Row("\t", yuan ? "部门预算执行情况（元）" : "部门预算执行情况（万元）", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率", "权重", "得分", string.Empty);
        w.Row("\t", string.Empty, Amount(spec.Initial), Amount(spec.Adjusted), Amount(spec.Executed), Percent(spec.RatePercent), Plain(spec.ExecutionWeight) + pointsWord, Plain(spec.ExecutionScore) + pointsWord, string.Empty);
        w.Row("\t", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分", "偏差原因分析及改进措施");
        var lines = new List<int>();
        string? level1 = null, level2 = null;
        foreach (var row in spec.Indicators)
        {
            var l1 = row.Level1 == level1 ? string.Empty : row.Level1;
            var l2 = row.Level2 == level2 && l1.Length == 0 ? string.Empty : row.Level2;
            (level1, level2) = (row.Level1, row.Level2);
            lines.Add(w.Row("\t", l1, l2, row.Name, row.Target, row.Actual, Plain(row.Weight) + pointsWord, Plain(row.Score) + pointsWord, row.Note ?? string.Empty));
        }

        var last = lines[^1];
        if (explain)
        {
            last = w.Row("\t", "说明", spec.Indicators.Any(row => row.Score < row.Weight) ? "部分指标未达到年度目标，已分析原因并落实整改。" : "无", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        w.FullWidth = false;
        return Truth.Table(file, spec, first, last, new TruthView { Implementing = false }, lines);
    }

    /// <summary>"产出指标（50分）": a 一级 heading with the points of its rows.</summary>
    internal static string Level1Heading(string level1, TableSpec spec)
    {
        var points = spec.Indicators.Where(row => row.Level1 == level1).Sum(row => row.Weight);
        return $"{level1}（{Plain(points)}分）";
    }

    private static string Coded(bool codes, string code, string unit) => codes ? $"{code}-{unit}" : unit;
}
