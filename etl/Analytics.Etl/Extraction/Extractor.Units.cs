using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Extraction;

public sealed partial class Extractor
{
    // "附件2:…局2022年度…", "项目单位:…中心": the attachment's number or the field's label is no part of the unit's name
    // a county's 人民政府 on a page's first lines is the portal's name; a township's is the unit that reports
    [GeneratedRegex(@"^(附件\s*\d+(-\d+)?\s*[:：]\s*|(项目单位|主管部门|单位名称|实施单位)\s*[:：]\s*)?(?<unit>[^\s,，。;；:：、]{2,30}?(局|委员会|委|办公室|中心|院|所|站|厅|处|队|馆|联合会|协会|红十字会|联社|镇人民政府|乡人民政府|幼儿园|党校|学校|中学|小学))((中央对地方)?(专项)?转移支付)?(\s*20\d{2}|$)")]
    private static partial Regex UnitBeforeYear();

    // "来源:楼区财政局 2017-11-23", "发布机构屏边县乡村振兴局": the page's publisher (often the finance bureau), not the unit that reports
    [GeneratedRegex(@"^\s*((信息)?来源\s*[:：]|(发布机构|发文机构|发布单位)\s*[:：]?)")]
    private static partial Regex PublisherLine();

    // "发布机构: 金寨县交通运输局 生成日期…", "信息来源:寿县文化和旅游局文字大小…", "| 发布机构 | 腾冲市林业和草原局 |": the
    // office that published the page, named at its head
    [GeneratedRegex(@"(信息来源|来源|发布机构|发文机构|发布单位)\s*[:：|]?\s*\|?\s*(?<unit>[^\s|:：,，。;；]{2,40}?(局|委员会|委|办公室|中心|院|站|厅|队|馆|联合会|联社|幼儿园|学校|中学|小学)([(（][^()（）]{2,30}[)）])?)(?=[\s|]|文字|浏览|作者|生成|发布|主题|点击|$)")]
    private static partial Regex PublisherNamed();

    /// <summary>
    /// The office a page's head names as its publisher, where the report names no unit of its own: county portals list
    /// each office's reports under that office. A finance bureau publishes other offices' reports too, so it names none.
    /// </summary>
    private static string? Publisher(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines.Where(line => !line.IsBlank).Take(12))
        {
            if (PublisherNamed().Match(line.Text) is { Success: true } match
                && !match.Groups["unit"].Value.Contains("财政", StringComparison.Ordinal)
                // "市民政局": the page's short name for its office, without the place that tells it apart
                && match.Groups["unit"].Value[0] is not ('市' or '县' or '区' or '州' or '省'))
            {
                return match.Groups["unit"].Value;
            }
        }

        return null;
    }

    // "• 发布机构" / "河口县财政局": the publisher's label on a line of its own, its name on the next
    [GeneratedRegex(@"^[•·\s]*((信息)?来源|发布机构|发文机构|发布单位)\s*[:：]?$")]
    private static partial Regex PublisherLabelAlone();

    // "平川县农业农村局" alone on its line, then "2023年3月15日": the signature that closes a report
    [GeneratedRegex(@"^(?<unit>[\u4e00-\u9fff（）()]{4,30}(局|委员会|委|办公室|中心|院|所|站|厅|队|馆|联合会|人民政府|幼儿园|学校|中学|小学))(\s*[(（]\s*(盖章|公章|章)\s*[)）])?$")]
    private static partial Regex SignatureUnit();

    [GeneratedRegex(@"^(20\d{2}|二〇[一二三四五六七八九〇]{2})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(\s*[\d一二三四五六七八九十]{1,3}\s*日)?$")]
    private static partial Regex DateLine();

    /// <summary>"屏边县乡村振兴局2021年度项目支出绩效自评报告": the unit a report's own title opens with, before its year.</summary>
    private static string? UnitOpeningTitle(string title) => UnitOpening(ListNumber().Replace(title.Trim(), string.Empty));

    // "1、海兴县科学技术协会2019年度…报告": a document-sharing page numbers its text's first line
    [GeneratedRegex(@"^\d{1,2}\s*[、.．]\s*")]
    private static partial Regex ListNumber();

    private static string? UnitOpening(string title) =>
        UnitBeforeYear().Match(TextTools.CollapseCjkSpaces(title.Trim())) is { Success: true } match ? match.Groups["unit"].Value
        : UnitBeforeWholeSpending().Match(TextTools.RemoveWhiteSpace(title)) is { Success: true } whole ? whole.Groups["unit"].Value
        : null;

    // "2024年度江永县供销合作联社整体支出绩效自评报告", "张家界市统计局部门整体支出绩效自评报告": a department's own
    // report names it before its 整体支出, after the year if the year comes first
    [GeneratedRegex(@"^(20\d{2}年度?)?(?<unit>[^,，。;；:：、(（]{2,30}?(局|委员会|委|办公室|中心|院|所|站|厅|队|馆|联合会|协会|红十字会|联社|人民政府|幼儿园|党校|学校|中学|小学))(20\d{2}年度?)?(部门|单位)?整体(支出)?绩效")]
    private static partial Regex UnitBeforeWholeSpending();

    /// <summary>The unit that signs the document: the last unit-like line (a name and nothing else) right above a date.</summary>
    private static string? SignedBy(IReadOnlyList<SourceLine> lines)
    {
        var text = lines.Where(line => !line.IsBlank).Select(line => line.Text.Trim()).ToList();
        for (var i = text.Count - 1; i > 0 && i >= text.Count - 8; i--)
        {
            if (DateLine().IsMatch(text[i]) && SignatureUnit().Match(text[i - 1]) is { Success: true } signed)
            {
                return signed.Groups["unit"].Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Fills what one part of a document left open from the rest of it (the unit a prose report is about is the
    /// one its tables name), then resolves each unit to its county and GB/T 2260 code.
    /// </summary>
    private List<EvaluationRecord> ResolveUnits(DocumentContext context, List<EvaluationRecord> records)
    {
        var documentUnit = records
            .Where(record => record.Unit.Name is not null && record.Kind != RecordKinds.FinalAccounts)
            .GroupBy(record => record.Unit.Name!)
            .OrderByDescending(group => group.Count())
            .Select(group => group.Key)
            .FirstOrDefault()
            ?? context.TitleLines.Where((line, index) => !PublisherLine().IsMatch(line) && (index == 0 || !PublisherLabelAlone().IsMatch(context.TitleLines[index - 1])))
                .Select(line => UnitBeforeYear().Match(line)).Where(match => match.Success)
                .Select(match => match.Groups["unit"].Value).FirstOrDefault()
            ?? SignedBy(context.Lines);
        var publisher = documentUnit is null ? Publisher(context.Lines) : null;

        var resolved = new List<EvaluationRecord>(records.Count);
        foreach (var record in records)
        {
            var name = record.Unit.Name ?? documentUnit;
            var warnings = record.Warnings.ToList();
            if (record.Unit.Name is null && name is not null)
            {
                warnings.Add($"unit not named in this part; \"{name}\" taken from the rest of the document");
            }
            else if (name is null && publisher is not null && record.Kind != RecordKinds.FinalAccounts)
            {
                name = publisher;
                warnings.Add($"unit named nowhere in the report; \"{name}\", the page's publisher, taken");
            }

            var match = counties.Resolve(name, context.FullText)
                ?? context.TitleLines.Select(line => counties.FindInText(line, context.FullText)).FirstOrDefault(found => found is not null);
            if (match is not null && (name is null || !name.Contains(match.County.Name, StringComparison.Ordinal)))
            {
                warnings.Add($"county {match.County.Name} from the document title ({match.Evidence})");
            }

            resolved.Add(record with
            {
                Unit = new UnitRef(name, match?.County.Name, match?.County.AdminCode),
                Warnings = warnings,
            });
        }

        return resolved;
    }
}
