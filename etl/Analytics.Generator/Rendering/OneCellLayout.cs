using Analytics.Etl.Records;
using Analytics.Generator.Content;
using static Analytics.Generator.Content.Numbers;

namespace Analytics.Generator.Rendering;

/// <summary>
/// One cell per line without tabs, a blank line after each table row (a table copied out of a PDF viewer, like
/// tests/fixtures/layouts/one_cell_per_line.txt). One table per file. Variants: cells separated by one blank line and
/// rows by two (copied cell by cell, tests/fixtures/layouts/blank_line_cells.txt), indicator rows whose cells run
/// together on one line where they can be told apart (glued_rows.txt), traditional characters (traditional_tabs.txt).
/// </summary>
internal static class OneCellLayout
{
    private static readonly string[] HeadingStarts =
        ["产出", "效益", "效果", "满意度", "决策", "过程", "数量", "质量", "时效", "成本", "社会", "经济", "生态", "可持续", "项目立项", "绩效目标", "资金", "组织实施", "项目效益", "服务对象"];

    public static EvaluationRecord Table(DocWriter w, string file, TableSpec spec, Rng rng, string? place)
    {
        var yuan = spec.Defect == DefectKind.AmountsInYuan;
        var levels = spec.Department || rng.Chance(0.4);
        var showInitial = spec.Department || rng.Chance(0.5);
        var blankCells = rng.Chance(0.25);
        var glued = !blankCells && rng.Chance(0.3);
        w.TraditionalScript = rng.Chance(0.15);
        var first = spec.Department
            ? w.Line($"{place}{spec.UnitName}{spec.Year}年度部门整体支出绩效自评表")
            : w.Line($"{spec.Year}年度{place}{spec.UnitName}项目支出绩效自评表");
        w.FullWidth = spec.Defect == DefectKind.FullWidthDigits;
        void Row(params string[] cells)
        {
            if (blankCells)
            {
                // one blank line between the cells of a row, two after the row
                w.Blank();
                for (var i = 0; i < cells.Length; i++)
                {
                    w.Line(cells[i]);
                    w.Blank();
                }
            }
            else
            {
                Cells(w, cells);
            }
        }

        w.Blank();

        if (spec.Department)
        {
            Row("单位名称", spec.UnitName);
            Row("自评总分", Plain(spec.Total));
        }
        else
        {
            Row("项目名称", spec.Project!);
            Row("主管部门", spec.UnitName);
            Row("实施单位", spec.ImplementingUnit!);
        }

        if (yuan)
        {
            Row("单位：元");
        }

        string Amount(decimal value) => yuan ? Yuan(value) : Plain(value);
        var label = spec.Department ? "部门整体支出" : "年度资金总额";
        var heading = yuan ? "预算执行情况（元）" : "预算执行情况（万元）";
        if (showInitial)
        {
            Row(heading, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            Row(label, Amount(spec.Initial), Amount(spec.Adjusted), Amount(spec.Executed), Plain(spec.ExecutionWeight), Fixed(spec.RatePercent) + "%", Plain(spec.ExecutionScore));
        }
        else
        {
            Row(heading, "预算数(A)", "执行数(B)", "执行率(B/A)", "分值", "得分");
            Row(label, Amount(spec.Adjusted), Amount(spec.Executed), Percent(spec.RatePercent), Plain(spec.ExecutionWeight), Plain(spec.ExecutionScore));
        }

        if (levels)
        {
            Row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
        }
        else
        {
            Row("指标名称", "年度指标值", "实际完成值", "分值", "得分");
        }

        var lines = new List<int>();
        string? level1 = null, level2 = null;
        foreach (var row in spec.Indicators)
        {
            var headings = new List<string>();
            if (levels)
            {
                if (row.Level1 != level1)
                {
                    headings.Add(row.Level1);
                    headings.Add(row.Level2);
                }
                else if (row.Level2 != level2)
                {
                    headings.Add(row.Level2);
                }

                (level1, level2) = (row.Level1, row.Level2);
            }

            var values = new[] { row.Target, row.Actual, Plain(row.Weight), Plain(row.Score) };
            if (glued && !w.FullWidth && Recoverable(row))
            {
                // the whole row on one line, its cells run together
                lines.Add(w.Line(string.Concat(headings) + row.Name + string.Concat(values)));
                w.Blank();
                continue;
            }

            if (blankCells)
            {
                w.Blank();
                foreach (var text in headings)
                {
                    w.Line(text);
                    w.Blank();
                }

                lines.Add(w.Line(row.Name));
                foreach (var value in values)
                {
                    w.Blank();
                    w.Line(value);
                }

                w.Blank();
                continue;
            }

            foreach (var text in headings)
            {
                w.Line(text);
            }

            lines.Add(w.Line(row.Name));
            Cells(w, values);
        }

        if (blankCells)
        {
            w.Blank();
            w.Line("总分");
            w.Blank();
        }
        else
        {
            w.Line("总分");
        }

        var last = w.Line(Plain(spec.Total));
        w.FullWidth = false;
        var truth = Truth.Table(file, spec, first, last, new TruthView { Initial = showInitial, Levels = levels, Notes = false }, lines);
        if (w.TraditionalScript)
        {
            truth = Traditional.Truth(truth);
            w.TraditionalScript = false;
        }

        return truth;
    }

    /// <summary>
    /// Whether a reader can take the row apart again once its cells run together: the name holds no digit, sign or heading
    /// word; target and actual are numbers with the same unit (or one word printed twice); weight and score split one way.
    /// </summary>
    internal static bool Recoverable(IndicatorSpec row)
    {
        if (row.Name.Any(c => char.IsDigit(c) || c is '≥' or '≤' or '<' or '>' or '=' or ' ' or '(' or '（') || row.Name.Contains("指标", StringComparison.Ordinal)
            || HeadingStarts.Any(word => row.Name.StartsWith(word, StringComparison.Ordinal)) || row.Score > row.Weight
            || !IsCjk(row.Name[^1]) || PointSplits(Plain(row.Weight) + Plain(row.Score)) != 1)
        {
            return false;
        }

        if (row.Target == row.Actual && row.Target.All(IsCjk))
        {
            var head = row.Name + row.Target + row.Actual;
            return Enumerable.Range(1, 6).Count(length => head.Length > 2 * length && head[^length..] == head[^(2 * length)..^length]) == 1;
        }

        static string Unit(string value) => new([.. value.Reverse().TakeWhile(c => !char.IsDigit(c)).Reverse()]);
        static bool Numeric(string value) => value.Length > 0 && !value.Contains(' ', StringComparison.Ordinal)
            && (char.IsDigit(value[0]) || value[0] is '≥' or '≤') && !char.IsDigit(value[^1]) && value.Count(c => c == '.') <= 1;
        return Numeric(row.Target) && Numeric(row.Actual) && char.IsDigit(row.Actual[0]) && Unit(row.Target) == Unit(row.Actual)
            && Unit(row.Target).Length is >= 1 and <= 3 && (Unit(row.Target) == "%" || Unit(row.Target).All(IsCjk));
    }

    /// <summary>How many ways "2018.5" splits into a weight and a score: numbers ≤ 100, no leading zero, two decimals at most.</summary>
    private static int PointSplits(string digits)
    {
        static bool Points(string text) =>
            text.Length > 0 && !text.EndsWith('.') && !text.StartsWith('.') && !(text.Length > 1 && text[0] == '0' && text[1] != '.')
            && (text.IndexOf('.', StringComparison.Ordinal) is var dot && (dot < 0 || text.Length - dot - 1 <= 2))
            && decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 100;
        return Enumerable.Range(1, digits.Length - 1).Count(at => digits[at] != '.' && digits[at - 1] != '.' && Points(digits[..at]) && Points(digits[at..]));
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

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
