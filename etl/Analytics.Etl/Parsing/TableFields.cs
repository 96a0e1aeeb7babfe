using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>The labelled cells above a table's money rows: 项目名称, 主管部门, 实施单位, 总分 ...</summary>
internal static partial class TableFields
{
    public const string Project = "project";
    public const string Unit = "unit";
    public const string ImplementingUnit = "implementing_unit";
    public const string TotalScore = "total_score";

    private static readonly (string Label, string Field)[] Labels =
    [
        ("转移支付项目名称", Project),
        ("转移支付名称", Project),
        ("转移名称", Project),
        ("项目名称", Project),
        ("专项名称", Project),
        ("业务主管部门", Unit),
        ("主管部门及代码", Unit),
        ("主管部门", Unit),
        ("地方主管部门", Unit),
        ("省级主管部门", Unit),
        ("自治区主管部门", Unit),
        ("市县主管部门", Unit),
        ("市级主管部门", Unit),
        ("县级主管部门", Unit),
        ("主管单位", Unit),
        ("单位名称", Unit),
        ("填报单位", Unit),
        ("预算单位", Unit),
        ("项目单位", ImplementingUnit),
        ("部门名称", Unit),
        ("项目实施单位", ImplementingUnit),
        ("实施单位", ImplementingUnit),
        ("资金使用单位", ImplementingUnit),
        ("项目总得分", TotalScore),
        ("自评总分", TotalScore),
        ("自评得分", TotalScore),
        ("总分", TotalScore),
    ];

    /// <summary>Labels that start another field and so end a wrapped value.</summary>
    private static readonly string[] OtherLabels =
        ["项目类别", "项目属性", "项目类型", "预算执行", "项目资金", "年度总体目标", "总体目标", "联系人", "填报日期", "基本支出", "项目支出", "财务", "部门联系人", "联系电话",
            "资金情况", "预算情况", "绩效目标", "绩效指标", "一级指标", "年度资金", "单位:", "单位："];

    [GeneratedRegex(@"^\d{2,}\s*[-－—_–]\s*|^[\[【［]\s*\d+\s*[\]】］]\s*")]
    private static partial Regex BudgetCodePrefix();

    /// <summary>
    /// "…联合社填报日期:2023年4月15日", "…资金负责人及电话潘某13300000000", "黄石市图书馆 主要领导签字:": the next field's
    /// label (and value) run into this one's.
    /// </summary>
    [GeneratedRegex(@"\s*(填报日期|填报时间|填报人|填表人|联系人|联系电话|单位负责人|项目负责人|负责人|主要领导签字|领导签字|签字|签章)\s*[:：].*$|\s*(负责人及电话|联系人及电话|联系电话)\s*\S{0,6}?\d{7,}.*$")]
    private static partial Regex TrailingField();

    /// <summary>"107-太湖县医疗保障局", "[155]濉溪县民政局" → the unit; a field label run in after it cut off.</summary>
    public static string StripBudgetCode(string text) =>
        TrailingField().Replace(BudgetCodePrefix().Replace(text.Trim(), string.Empty), string.Empty);

    /// <summary>
    /// The unit that files the form ("单位名称:…工作站 填报日期:…" above it), which may be the implementing unit: a
    /// 主管部门 cell in the form names the unit the record is about and takes its place.
    /// </summary>
    private static readonly string[] FilingUnitLabels = ["单位名称", "预算单位", "部门名称", "填报单位"];

    public static Dictionary<string, string> Read(IReadOnlyList<Row> rows, bool flat = false)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var unitFromFilingLabel = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].NonEmpty.ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var (field, inline) = Match(cells[c].Text);
                if (field == Unit && fields.ContainsKey(Unit) && unitFromFilingLabel && !IsFilingUnitLabel(cells[c].Text))
                {
                    fields.Remove(Unit);
                }

                if (field == Unit && !fields.ContainsKey(Unit))
                {
                    unitFromFilingLabel = IsFilingUnitLabel(cells[c].Text);
                }
                if (field is null)
                {
                    // "转移支付(项目)名称车辆购置税…", "地方主管部门某局资金使用单位某局": labels run into their values
                    foreach (var (gluedField, value) in Glued(cells[c].Text))
                    {
                        fields.TryAdd(gluedField, value);
                    }

                    continue;
                }

                if (fields.ContainsKey(field))
                {
                    continue;
                }

                if (inline.Length > 0)
                {
                    fields[field] = inline;
                    continue;
                }

                if (c + 1 < cells.Count)
                {
                    if (Match(cells[c + 1].Text).Field is null)
                    {
                        // flat text: the last value of a line may wrap onto the next ("…自治县医疗" / "保障事务中心")
                        var wrapped = flat && c + 2 == cells.Count ? Continuation(rows, r) : [];
                        fields[field] = wrapped.Count == 0 ? cells[c + 1].Text.Trim() : TextTools.JoinCellText([cells[c + 1].Text, .. wrapped]);
                        c++;
                    }

                    continue;
                }

                // the value wrapped onto the following printed lines (flat text)
                var parts = Continuation(rows, r, 4);
                if (parts.Count > 0)
                {
                    fields[field] = TextTools.JoinCellText(parts);
                }
            }
        }

        return fields;
    }

    /// <summary>One-cell lines after row <paramref name="row"/> that are no label: the rest of a wrapped value.</summary>
    private static List<string> Continuation(IReadOnlyList<Row> rows, int row, int limit = 2)
    {
        var parts = new List<string>();
        for (var next = row + 1; next < rows.Count && parts.Count < limit; next++)
        {
            var nextCells = rows[next].NonEmpty.ToList();
            if (nextCells.Count == 0)
            {
                continue;
            }

            var text = nextCells[0].Text;
            if (nextCells.Count > 1 || Match(text).Field is not null || IsOtherLabel(text) || ValueText.IsNumberLike(text)
                || BudgetSection.IsHeader(rows[next]) || BudgetSection.IsIndicatorHeader(rows[next]))
            {
                break;
            }

            parts.Add(text);
        }

        return parts;
    }

    [GeneratedRegex(@"^(专项[(（]项目[)）]名称|转移支付[(（]项目[)）]名称|转移支付项目名称|转移支付名称|项目名称|(地方|省级|自治区|市县|市级|县级)主管部门|业务主管部门|主管部门及代码|主管部门|资金使用单位|项目实施单位|实施单位|单位名称|项目单位)[:：]?")]
    private static partial Regex GluedLabel();

    /// <summary>Labels of fields not read here, whose values stand between the ones that are ("填报日期:2022年3月18日").</summary>
    [GeneratedRegex(@"^(填报日期|填报时间|填报人|联系人|联系电话|单位负责人|项目负责人|部门联系人|中央主管部门)[:：]?")]
    private static partial Regex OtherGluedLabel();

    /// <summary>
    /// "2021年度财政项目绩效自评表单位名称:…", "1、项目支出绩效自评表(2016年度)   项目名称…": a form's title (and its
    /// year) opening a line of glued cells, ending where the first field label starts (the segmenter finds the form by
    /// it; the fields are read after it).
    /// </summary>
    [GeneratedRegex(@"^(\d{1,2}[、.．])?(?<title>[^，,。；：:《》“”""|\t]{2,40}?(自评表|绩效评价表))(\s*[(（]\s*20\d{2}\s*年度?\s*[)）])?\s*(?=单位名称|部门名称|主管部门|项目名称|预算单位|项目总得分|自评总分)")]
    public static partial Regex FormTitleOpening();

    /// <summary>Where the next label starts in a run of labels and values (or the text's end).</summary>
    [GeneratedRegex(@"(专项[(（]项目[)）]名称|转移支付[(（]项目[)）]名称|项目名称|中央主管部门|(地方|省级|自治区|市县|市级|县级)主管部门|主管部门及代码|主管部门|资金使用单位|项目实施单位|实施单位|项目单位|单位名称|项目类别|项目负责人|单位负责人|部门联系人|联系人|联系电话|填报日期|项目资金|项目总得分|自评总分|自评得分|总分|年初预算数|预算数)")]
    private static partial Regex NextLabel();

    /// <summary>The labelled values of a cell whose labels run into their values, from its start; none when it starts with no label.</summary>
    private static List<(string Field, string Value)> Glued(string cellText)
    {
        var text = TextTools.RemoveWhiteSpace(cellText);
        text = text[FormTitleOpening().Match(text).Length..];
        var found = new List<(string Field, string Value)>();
        while (true)
        {
            if (OtherGluedLabel().Match(text) is { Success: true } other)
            {
                // "填报日期:2022年3月18日项目名称…": passed over up to the next label
                var after = NextLabel().Match(text, other.Length);
                if (!after.Success)
                {
                    break;
                }

                text = text[after.Index..];
                continue;
            }

            if (GluedLabel().Match(text) is not { Success: true } label)
            {
                break;
            }

            var rest = text[label.Length..];
            var next = NextLabel().Match(rest);
            var value = next.Success ? rest[..next.Index] : rest;
            var field = Match(TextTools.RemoveParentheticals(label.Value).TrimEnd(':', '：')).Field;
            // a unit's name holds no digit: "财政处室自评总分(分)97.6…" is a label the list above does not know, run on
            if (field is null || value.Length is < 2 or > 40 || value.All(c => char.IsAsciiDigit(c) || c == '.')
                || field != Project && value.Any(char.IsAsciiDigit))
            {
                break;
            }

            found.Add((field, value));
            text = next.Success ? rest[next.Index..] : string.Empty;
        }

        return found;
    }

    private static bool IsFilingUnitLabel(string cellText)
    {
        var text = TextTools.RemoveWhiteSpace(cellText);
        return FilingUnitLabels.Any(label => text.StartsWith(label, StringComparison.Ordinal));
    }

    private static bool IsOtherLabel(string text)
    {
        var cleaned = TextTools.RemoveWhiteSpace(text);
        return OtherLabels.Any(label => cleaned.StartsWith(label, StringComparison.Ordinal));
    }

    private static (string? Field, string Inline) Match(string cellText)
    {
        var text = TextTools.RemoveWhiteSpace(cellText);
        var colon = text.IndexOfAny([':', '：']);
        var label = TextTools.RemoveParentheticals(colon >= 0 ? text[..colon] : text);
        foreach (var (word, field) in Labels)
        {
            if (label == word)
            {
                var inline = colon >= 0 ? cellText.Trim()[(cellText.Trim().IndexOfAny([':', '：']) + 1)..].Trim() : string.Empty;
                return (field, inline);
            }
        }

        return (null, string.Empty);
    }
}
