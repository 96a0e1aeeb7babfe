using Analytics.Etl.Records;
using Analytics.Generator.Content;
using static Analytics.Generator.Content.Numbers;

namespace Analytics.Generator.Rendering;

/// <summary>
/// Printed lines of space-separated cells (PDF text). Two templates: <see cref="Columns"/> prints 分值 and 得分 per
/// row with long names wrapped onto the next line (tests/fixtures/unseen rt03); <see cref="Merged"/> is the 湖北
/// template of seeds 000 and 004: no weight column, the execution weight in the "（20 分）" heading, and a group of
/// rows sharing one score printed on a line of its own or stuck to the next name.
/// </summary>
internal static class FlatLayout
{
    public enum Template
    {
        Columns,
        Merged,
    }

    private static readonly HashSet<string> UnitWords =
    [
        "%", "‰", "人", "人次", "万人", "万人次", "万", "万元", "元", "亿元", "次", "个", "家", "户", "天", "日", "小时",
        "条", "套", "台", "件", "项", "份", "所", "辆", "平方米", "张", "批", "场", "期", "篇", "名", "位", "分", "年", "月",
        "万册", "册", "座", "间", "处", "笔", "宗", "例", "床", "周", "分钟", "秒", "工作日", "个工作日", "个月", "万笔", "万件",
        "万户", "万次", "万条", "万份", "万张", "千人", "千元", "百分点", "个百分点",
    ];

    private static readonly string[] Terminators =
        ["总分", "合计", "偏差", "未完成", "改进措施", "说明", "备注", "注", "自评", "评价结论", "主要经验", "存在的问题", "总得分", "综合得分", "小计", "得分小计", "本指标不适用", "不适用"];

    private static readonly HashSet<string> LevelWords =
    [
        "产出指标", "效益指标", "效果指标", "满意度指标", "约束性指标", "决策", "过程", "产出", "效益", "效果", "社会效益", "经济效益", "生态效益",
        "可持续影响", "项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "产出时效", "产出成本", "项目效益",
    ];

    public static EvaluationRecord Table(DocWriter w, string file, TableSpec spec, Rng rng, Template template) =>
        template == Template.Columns ? Columns(w, file, spec, rng) : Merged(w, file, spec, rng);

    private static EvaluationRecord Columns(DocWriter w, string file, TableSpec spec, Rng rng)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var notes = rng.Chance(0.6);
        var oldSigns = rng.Chance(0.3);
        var pageBreak = rng.Chance(0.4);
        var first = spec.Department
            ? w.Line($"{spec.UnitName}{spec.Year}年度部门整体支出绩效自评表")
            : w.Line($"{spec.Year}年度{spec.Project}项目支出绩效自评表");
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        w.Blank();
        if (spec.Department)
        {
            w.Line($"单位名称 {spec.UnitName}");
            w.Blank();
        }
        else
        {
            w.Line($"项目名称 {spec.Project}");
            w.Blank();
            var implementing = spec.ImplementingUnit!;
            if (implementing.Length >= 12 && rng.Chance(0.6))
            {
                var cut = implementing.Length - rng.Between(4, 6);
                w.Line($"主管部门 {spec.UnitName} 实施单位 {implementing[..cut]}");
                w.Blank();
                w.Line(implementing[cut..]);
            }
            else
            {
                w.Line($"主管部门 {spec.UnitName} 实施单位 {implementing}");
            }

            w.Blank();
        }

        if (yuan)
        {
            w.Line("单位：元");
            w.Blank();
        }

        w.Line((spec.Department ? "预算执行情况" : "项目资金") + " 年初预算数 全年预算数 全年执行数 分值 执行率 得分");
        w.Blank();
        w.Line(yuan ? "（元）" : "（万元）");
        w.Blank();
        var label = spec.Department ? "部门整体支出" : "年度资金总额";
        AmountsLine(w, spec, yuan, $"{label} {Amount(spec.Initial, yuan)} {Amount(spec.Adjusted, yuan)}", $"{Plain(spec.ExecutionWeight)} {Percent(spec.RatePercent)} {Plain(spec.ExecutionScore)}");
        w.Blank();
        if (!spec.Department)
        {
            w.Line($"其中：当年财政拨款 {Amount(spec.Initial, yuan)} {Amount(spec.Adjusted, yuan)} {Amount(spec.Executed, yuan)} — — —");
            w.Blank();
        }

        w.Line("年度总体目标 预期目标 实际完成情况");
        w.Blank();
        var (goalHead, goalTail) = Halves(spec.Goal);
        var (doneHead, doneTail) = Halves(spec.Done);
        w.Line($"{goalHead} {doneHead}");
        w.Blank();
        w.Line($"{goalTail} {doneTail}");
        w.Blank();
        var header = "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分" + (notes ? " 偏差原因分析及改进措施" : string.Empty);
        w.Line(header);
        w.Blank();

        var lines = new List<int>();
        var groups = spec.Indicators.Select((row, index) => (row, index)).GroupBy(pair => pair.row.Level1).ToList();
        foreach (var group in groups)
        {
            var rows = group.ToList();
            if (pageBreak && group.Key == "效益指标")
            {
                // a page ends before the group: its number, then the header printed again (unseen rt03)
                w.Line($"— {rng.Between(2, 12)} —");
                w.Blank();
                w.Line(header);
                w.Blank();
            }

            var points = $"（{Plain(rows.Sum(pair => pair.row.Weight))} 分）";
            var single = rows.Count == 1;
            if (!single)
            {
                w.Line(group.Key);
                w.Blank();
                w.Line(points);
                w.Blank();
            }

            string? level2 = null;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i].row;
                var prefix = single ? $"{row.Level1} {row.Level2} " : row.Level2 != level2 ? row.Level2 + " " : string.Empty;
                level2 = row.Level2;
                var note = notes && row.Note is { } text ? " " + text : string.Empty;
                var wrap = single ? null : Wrap(row.Name, rng);
                var name = wrap is { } cut ? row.Name[..cut] : row.Name;
                lines.Add(w.Line($"{prefix}{name} {Signs(row.Target, oldSigns)} {Signs(row.Actual, oldSigns)} {Plain(row.Weight)} {Plain(row.Score)}{note}"));
                w.Blank();
                if (wrap is { } at)
                {
                    w.Line(row.Name[at..]);
                    w.Blank();
                }
            }

            if (single)
            {
                w.Line(points);
                w.Blank();
            }
        }

        var last = w.Line($"总分 100 {Plain(spec.Total)}");
        w.FullWidth = false;
        w.Blank();
        w.Line("备注：执行率得分=执行率×分值，最高不超过分值。");
        return Truth.Table(file, spec, first, last, new TruthView { Notes = notes, Implementing = !spec.Department }, lines);
    }

    private static EvaluationRecord Merged(DocWriter w, string file, TableSpec spec, Rng rng)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var oldSigns = rng.Chance(0.5);
        var first = spec.Department
            ? w.Line($"{spec.Year} 年度{spec.UnitName}部门绩效自评表")
            : w.Line($"{spec.Year} 年度{spec.Project}项目绩效自评表");
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        w.Blank();
        w.Line($"填报日期： {spec.Year + 1} 年 {rng.Between(3, 6)} 月 总分：" + (rng.Chance(0.5) ? Plain(spec.Total) : string.Empty));
        w.Blank();
        if (spec.Department)
        {
            w.Line($"单位名称 {spec.UnitName}");
        }
        else
        {
            w.Line($"项目名称 {spec.Project}");
            w.Blank();
            w.Line($"主管部门 {spec.UnitName} 项目实施单位 {spec.ImplementingUnit}");
            if (rng.Chance(0.5))
            {
                w.Blank();
                w.Line("项目类别 1、部门预算项目 □√ 2、省专项 □ 3、中央转移支付项目 □");
                w.Blank();
                w.Line("项目属性 1、持续性项目 □√ 2、新增性项目 □");
            }
        }

        w.Blank();
        if (yuan)
        {
            w.Line("单位：元");
            w.Blank();
        }

        w.Line("预算执行情况");
        w.Blank();
        w.Line(yuan ? "（元）" : "（万元）");
        w.Blank();
        w.Line($"（{Plain(spec.ExecutionWeight)} 分）");
        w.Blank();
        w.Line("预算数（A) 执行数(B) 执行率（B/A）");
        w.Blank();
        w.Line("得分");
        w.Blank();
        w.Line($"（{Plain(spec.ExecutionWeight)} 分*执行率）");
        w.Blank();
        w.Line(spec.Department ? "部门整体支出" : "年度财政");
        w.Blank();
        w.Line(spec.Department ? "总额" : "资金总额");
        AmountsLine(w, spec, yuan, Amount(spec.Adjusted, yuan), $"{Percent(spec.RatePercent)} {Plain(spec.ExecutionScore)}");
        w.Blank();
        w.Line("一级指标 二级指标 三级指标 年初目标值(A） 实际完成值(B) 得分");
        w.Blank();

        var merged = MergedRuns(spec, rng);
        var lines = new List<int>();
        string? level1 = null, level2 = null;
        string? pendingScore = null;
        for (var i = 0; i < spec.Indicators.Count; i++)
        {
            var row = spec.Indicators[i];
            if (row.Level1 != level1)
            {
                w.Line(row.Level1);
                w.Blank();
                w.Line($"（{Plain(spec.Indicators.Where(other => other.Level1 == row.Level1).Sum(other => other.Weight))} 分）");
                w.Blank();
                level1 = row.Level1;
                level2 = null;
            }

            var newLevel2 = row.Level2 != level2;
            var wrapLevel2 = newLevel2 && row.Level2.Length >= 6 && rng.Chance(0.3);
            var prefix = newLevel2 && !wrapLevel2 ? row.Level2 + " " : string.Empty;
            level2 = row.Level2;
            var name = row.Name;
            if (pendingScore is not null)
            {
                if (!newLevel2 && CanGlue(name) && rng.Chance(0.5))
                {
                    // "40居民医保住院待遇享受人次": the group's score printed against the next name
                    name = pendingScore + name;
                }
                else
                {
                    w.Line(pendingScore);
                    w.Blank();
                }

                pendingScore = null;
            }

            if (wrapLevel2)
            {
                // "可持续影响指" / "标": a 二级 heading wrapped in its narrow cell (seed 004)
                w.Line(row.Level2[..^1]);
                w.Blank();
                w.Line(row.Level2[^1..]);
                w.Blank();
            }

            var score = merged.TryGetValue(i, out var run) ? string.Empty : " " + Plain(row.Score);
            lines.Add(w.Line($"{prefix}{name} {Signs(row.Target, oldSigns)} {Signs(row.Actual, oldSigns)}{score}"));
            w.Blank();
            if (run is { First: true })
            {
                pendingScore = Plain(run.Score);
            }
        }

        if (pendingScore is not null)
        {
            w.Line(pendingScore);
            w.Blank();
        }

        w.Line(rng.Chance(0.5) ? $"总分 {Plain(spec.Total)} 分" : $"总分 {Plain(spec.Total)}");
        w.FullWidth = false;
        w.Blank();
        w.Line("偏差大或目标");
        w.Blank();
        w.Line("未完成原因分");
        w.Blank();
        w.Line("析");
        w.Blank();
        w.Line(spec.Indicators.FirstOrDefault(row => row.Note is not null)?.Note ?? "无");
        w.Blank();
        w.Line("改进措施及结");
        w.Blank();
        var last = w.Line("果应用方案");
        if (rng.Chance(0.6))
        {
            // the table runs to its last 偏差/改进措施 row, not to the 备注 under it
            w.Blank();
            last = w.Line("进一步加强预算执行管理，提高资金使用效益。");
        }

        w.Blank();
        w.Line("备注：");
        w.Blank();
        w.Line("1、预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转）。执行数为资金使用");
        w.Blank();
        w.Line("单位财政资金实际支出数。");
        return Truth.Table(file, spec, first, last, new TruthView { Initial = false, Weights = false, Notes = false, Implementing = !spec.Department, MergedRows = merged.Keys.ToHashSet() }, lines);
    }

    /// <summary>Rows that share one printed score: a 二级 group of two or more rows, or a whole 一级 group.</summary>
    private static Dictionary<int, (bool First, decimal Score)> MergedRuns(TableSpec spec, Rng rng)
    {
        var result = new Dictionary<int, (bool First, decimal Score)>();
        var rows = spec.Indicators;
        var wholeLevel1 = rng.Chance(0.4);
        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            while (end + 1 < rows.Count && rows[end + 1].Level1 == rows[start].Level1 && (wholeLevel1 || rows[end + 1].Level2 == rows[start].Level2))
            {
                end++;
            }

            if (end > start && rng.Chance(0.6))
            {
                var score = rows.Skip(start).Take(end - start + 1).Sum(row => row.Score);
                for (var i = start; i <= end; i++)
                {
                    result[i] = (i == start, score);
                }
            }

            start = end + 1;
        }

        return result;
    }

    private static bool CanGlue(string name) =>
        name.Length >= 4 && !UnitWords.Any(unit => name.StartsWith(unit, StringComparison.Ordinal)) && name[0] is >= '\u4e00' and <= '\u9fff';

    /// <summary>Where a long name wraps, printed after its row: the rest must read as the end of a name, not as a unit, a heading or a label.</summary>
    private static int? Wrap(string name, Rng rng)
    {
        if (name.Length < 11 || !rng.Chance(0.5))
        {
            return null;
        }

        var cut = rng.Between(6, Math.Min(10, name.Length - 3));
        var rest = name[cut..];
        var safe = rest.Length >= 3 && !UnitWords.Contains(rest) && !LevelWords.Contains(rest) && !rest.EndsWith("指标", StringComparison.Ordinal)
            && !Terminators.Any(word => rest.StartsWith(word, StringComparison.Ordinal)) && !rest.Any(char.IsAsciiDigit);
        return safe ? cut : null;
    }

    private static (string Head, string Tail) Halves(string text)
    {
        var half = text.Length / 2;
        return (text[..half], text[half..]);
    }

    private static string Amount(decimal value, bool yuan) => yuan ? Yuan(value) : Plain(value);

    /// <summary>The row of amounts; with <see cref="DefectKind.BrokenNumber"/> the executed amount breaks after its decimal point ("582." / "36").</summary>
    private static void AmountsLine(DocWriter w, TableSpec spec, bool yuan, string head, string tail)
    {
        var executed = Amount(spec.Executed, yuan);
        var dot = executed.IndexOf('.', StringComparison.Ordinal);
        if (spec.Defect == DefectKind.BrokenNumber && dot > 0)
        {
            w.Line($"{head} {executed[..(dot + 1)]}");
            w.Blank();
            w.Line($"{executed[(dot + 1)..]} {tail}");
            return;
        }

        w.Line($"{head} {executed} {tail}");
    }
}
