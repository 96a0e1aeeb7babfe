using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Segmenting;

/// <summary>
/// Finds the tables and passages of a report by their titles. A title is a short line that names a kind of
/// table or report (…自评表, …汇总表, 收入支出决算总表, …评价报告); a segment runs to the next title.
/// </summary>
public static partial class DocumentSegmenter
{
    private const int MaxTitleLength = 60;

    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.．]\s*|^[(（][一二三四五六七八九十\d]+[)）]\s*|^附件\s*\d*\s*[:：]?\s*|^\d+\s*[、.．]\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[(（][^()（）]*[)）]$")]
    private static partial Regex TrailingParenthetical();

    [GeneratedRegex(@"\.{4,}|…{2,}|·{4,}")]
    private static partial Regex TableOfContentsLeader();

    public static IReadOnlyList<Segment> Split(IReadOnlyList<SourceLine> lines)
    {
        var titles = new List<(int Index, SegmentKind Kind, string Title)>();
        for (var i = 0; i < lines.Count; i++)
        {
            // "…自评表（续）": the page header of a table that goes on, not a new table
            if (Classify(lines[i].Text) is { } kind && !(titles.Count > 0 && Parsing.StrayText.IsContinuationTitle(lines[i].Text)))
            {
                // "一、收入支出决算总表" then "收入支出决算总表": a section heading and the table's own title
                if (titles.Count > 0 && titles[^1].Kind == kind && NonBlankBetween(lines, titles[^1].Index, i) <= 2)
                {
                    titles[^1] = (i, kind, lines[i].Text.Trim());
                    continue;
                }

                titles.Add((i, kind, lines[i].Text.Trim()));
            }
        }

        var segments = new List<Segment>();
        for (var t = 0; t < titles.Count; t++)
        {
            var (index, kind, title) = titles[t];
            var start = TitleStart(lines, index, kind);
            var end = t + 1 < titles.Count ? TitleStart(lines, titles[t + 1].Index, titles[t + 1].Kind) - 1 : lines.Count - 1;
            while (end > start && lines[end].IsBlank)
            {
                end--;
            }

            segments.Add(new Segment(kind, TitleText(lines, start, index), start, Math.Max(start, end)));
        }

        return segments;
    }

    /// <summary>Every title ends in one of these words; a line without any of them is no title (most lines).</summary>
    private static readonly string[] TitleWords = ["自评表", "目标表", "申报表", "汇总表", "项目清单", "决算总表", "报告"];

    public static SegmentKind? Classify(string line)
    {
        var text = line.Trim();
        var probe = text.Contains(' ', StringComparison.Ordinal) ? Parsing.TextTools.RemoveWhiteSpace(text) : text;
        if (text.Length == 0 || text.Length > MaxTitleLength || !TitleWords.Any(word => probe.Contains(word, StringComparison.Ordinal))
            || TableOfContentsLeader().IsMatch(text))
        {
            return null;
        }

        var compact = Parsing.TextTools.RemoveWhiteSpace(Numbering().Replace(text, string.Empty));
        if (compact.IndexOfAny(['，', ',', '。']) >= 0 || compact.EndsWith('：') || compact.EndsWith(':') || compact.Contains("如下", StringComparison.Ordinal))
        {
            return null;
        }

        var core = TrailingParenthetical().Replace(compact, string.Empty);
        if (core.EndsWith("自评表", StringComparison.Ordinal))
        {
            return IsDepartmentLevel(core) ? SegmentKind.DepartmentTable : SegmentKind.ProjectTable;
        }

        if (core.EndsWith("绩效目标表", StringComparison.Ordinal) || core.EndsWith("目标申报表", StringComparison.Ordinal))
        {
            return SegmentKind.TargetsOnly;
        }

        if (core.EndsWith("汇总表", StringComparison.Ordinal) && core.Contains("评价", StringComparison.Ordinal) || core.EndsWith("项目清单", StringComparison.Ordinal))
        {
            return SegmentKind.SummaryTable;
        }

        if (core is "收入支出决算总表" or "部门收入支出决算总表")
        {
            return SegmentKind.FinalAccountsTable;
        }

        if (core.EndsWith("自评报告", StringComparison.Ordinal) || core.EndsWith("评价报告", StringComparison.Ordinal))
        {
            return IsDepartmentLevel(core) ? SegmentKind.DepartmentReport : SegmentKind.ProjectReport;
        }

        return null;
    }

    private static bool IsDepartmentLevel(string title) =>
        title.Contains("部门整体", StringComparison.Ordinal) || title.Contains("单位整体", StringComparison.Ordinal)
        || title.Contains("整体支出", StringComparison.Ordinal) || title.Contains("部门绩效自评", StringComparison.Ordinal)
        || title.Contains("部门自评", StringComparison.Ordinal);

    private static int NonBlankBetween(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var count = 0;
        for (var i = from + 1; i < to; i++)
        {
            count += lines[i].IsBlank ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// A report title may start one line up: "郧西县医疗保障局" / "2021 年度医疗保障经办服务经费绩效自评报告".
    /// </summary>
    private static int TitleStart(IReadOnlyList<SourceLine> lines, int index, SegmentKind kind)
    {
        if (kind is not (SegmentKind.ProjectReport or SegmentKind.DepartmentReport) || index == 0)
        {
            return index;
        }

        var above = lines[index - 1].Text.Trim();
        return above.Length is > 0 and <= 30 && above.IndexOfAny(['。', '，', ',', '：', ':']) < 0
            && !above.EndsWith('日') && Classify(above) is null
            ? index - 1
            : index;
    }

    private static string TitleText(IReadOnlyList<SourceLine> lines, int start, int index) =>
        string.Join(string.Empty, Enumerable.Range(start, index - start + 1).Select(i => lines[i].Text.Trim()));
}
