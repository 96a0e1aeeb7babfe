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
        var evidence = new LineLabels(lines);
        var titles = FormsFoundByLabels(evidence, TablesWithEvidence(evidence, Titles(lines)))
            .Where(title => !IsInListOfFiles(lines, title.Index)).ToList();
        if (titles.Count == 0 && ReportByOutline(lines) is { } report)
        {
            titles = [report];
        }

        if (titles.Count == 0 && FinalAccountsByStatements(lines) is { } accounts)
        {
            titles = [accounts];
        }

        var segments = new List<Segment>();
        for (var t = 0; t < titles.Count; t++)
        {
            var (index, kind, text, untitled) = titles[t];
            var start = TitleStart(lines, index, kind);
            var end = t + 1 < titles.Count ? TitleStart(lines, titles[t + 1].Index, titles[t + 1].Kind) - 1 : lines.Count - 1;
            while (end > start && lines[end].IsBlank)
            {
                end--;
            }

            var title = untitled ? (LooksLikeFormTitle(text) ? TitleCell(text) : string.Empty)
                : text.Length < lines[index].Text.Trim().Length && start == index ? text
                : TitleText(lines, start, index);
            // "…绩效自评报告.doc": a title copied from a file's name keeps its extension
            title = FileExtension().Replace(title, string.Empty);
            // a title in two halves ("…部门(单位)整体支出" / "绩效评价自评报告") says its level in the half not classified
            if (kind == SegmentKind.ProjectReport && IsDepartmentLevel(Parsing.TextTools.RemoveWhiteSpace(title)))
            {
                kind = SegmentKind.DepartmentReport;
            }

            segments.Add(new Segment(kind, title, start, Math.Max(start, end)));
        }

        return segments;
    }

    private static List<Title> Titles(IReadOnlyList<SourceLine> lines)
    {
        var titles = new List<Title>();
        for (var i = 0; i < lines.Count; i++)
        {
            // "…自评表（续）": the page header of a table that goes on, not a new table
            var text = lines[i].Text.Trim();
            var kind = Classify(text);
            if (kind is null && (ReportTitleOpening(text) ?? TableTitleOpening(text) ?? FinalAccountsTitleOpening(text)) is { } opening)
            {
                (kind, text) = (Classify(opening), opening);
            }

            if (kind is null && TitleTail().IsMatch(text) && FirstHalfAbove(lines, i) is { } firstHalf)
            {
                // "**河县2023年度中央水利发展资金" / "绩效自评报告": a tail alone is a menu's link, under its first half a title
                kind = Classify(firstHalf + text);
            }

            if (kind is { } found && !(titles.Count > 0 && Parsing.StrayText.IsContinuationTitle(lines[i].Text)))
            {
                // "一、收入支出决算总表" then "收入支出决算总表": a section heading and the table's own title; a report's
                // title repeated under a page's header, a file number or its first half printed on the line above
                if (titles.Count > 0 && titles[^1].Kind == found
                    && (NonBlankBetween(lines, titles[^1].Index, i) <= 2 || IsReport(found) && OnlyShortLinesBetween(lines, titles[^1].Index, i)))
                {
                    titles[^1] = new Title(i, found, text);
                    continue;
                }

                // "二、部门决算情况说明" then "(一)收入支出决算总体情况说明", "(二)收入决算情况说明", then the 决算总表: the
                // sections of one unit's final accounts, which are one record
                if (found == SegmentKind.FinalAccountsTable && titles.Count > 0 && titles[^1].Kind == found)
                {
                    continue;
                }

                titles.Add(new Title(i, found, text));
            }
        }

        return titles;
    }

    /// <summary>
    /// A report whose title was cut off (the excerpt starts at "一、绩效目标分解下达情况") is still a report: the
    /// headings of the self-evaluation report's outline, two of them at least, say so. It runs from its first line.
    /// </summary>
    private static Title? ReportByOutline(IReadOnlyList<SourceLine> lines)
    {
        var headings = new HashSet<string>(StringComparer.Ordinal);
        var department = false;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length > MaxTitleLength)
            {
                foreach (Match inline in InlineOutlineHeading().Matches(text))
                {
                    headings.Add(inline.Groups[1].Value);
                }

                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            var compact = Parsing.TextTools.RemoveWhiteSpace(Numbering().Replace(text, string.Empty));
            if (ReportOutlineHeading().Match(compact) is { Success: true } heading)
            {
                headings.Add(heading.Value);
            }

            // "二、部门预算支出情况", "(一)部门年度总体目标": an outline whose numbered headings speak of the department
            department |= compact.StartsWith("部门整体", StringComparison.Ordinal) || compact.StartsWith("部门基本情况", StringComparison.Ordinal)
                || (compact.StartsWith("部门", StringComparison.Ordinal) && compact.Length <= 20 && Numbering().IsMatch(text) && !compact.Contains("项目", StringComparison.Ordinal));
        }

        if (headings.Count < 2)
        {
            return null;
        }

        return new Title(FirstNonBlank(lines), department ? SegmentKind.DepartmentReport : SegmentKind.ProjectReport, string.Empty, Untitled: true);
    }

    /// <summary>
    /// A page of a 决算说明 cut from its document (it starts at "—5—" or mid-sentence) is still a unit's final accounts
    /// where its sentences state them: "本年收入390.55万元", "“三公”经费…决算为22.62万元". It runs from its first line.
    /// </summary>
    private static Title? FinalAccountsByStatements(IReadOnlyList<SourceLine> lines)
    {
        var text = string.Concat(lines.Select(line => line.Text.Trim()));
        if (!text.Contains("决算", StringComparison.Ordinal) || !Parsing.FinalAccountsParser.StatesAccounts(text))
        {
            return null;
        }

        return new Title(FirstNonBlank(lines), SegmentKind.FinalAccountsTable, string.Empty, Untitled: true);
    }

    /// <summary>Where a passage found without a title starts: its first non-blank line (the last line if all are blank).</summary>
    private static int FirstNonBlank(IReadOnlyList<SourceLine> lines)
    {
        var first = 0;
        while (first < lines.Count - 1 && lines[first].IsBlank)
        {
            first++;
        }

        return first;
    }

    // the sections of the self-evaluation report, and of the 财政支出项目绩效评价报告 form (项目基本概况, 项目支出明细情况)
    private const string OutlineHeadings = @"(项目基本概况|项目支出明细情况|绩效目标分解下达情况|(绩效)?(自评|考评|评价)工作(开展)?情况|(绩效)?评价(目的|过程|结论)|绩效目标(自评)?完成情况(分析)?|绩效目标实现情况|资金投入情况(分析)?|项目资金(到位|执行|使用|管理)情况|偏离绩效目标的原因|绩效自评结果|自评结论|自评得分|自评结果)";

    // "财政衔接推进乡村振兴补助资金绩效评价自评情况": a fund's self-evaluation as a section of a letter to the bureau
    private const string FundSelfEvaluation = @"^[^，,。；;：:、\s]{4,30}?(绩效评价|绩效)?自评情况$";

    [GeneratedRegex("^(项目)?" + OutlineHeadings + @"|^项目基本情况$|" + FundSelfEvaluation)]
    private static partial Regex ReportOutlineHeading();

    [GeneratedRegex(FundSelfEvaluation)]
    private static partial Regex FundSelfEvaluationHeading();

    /// <summary>A heading naming a fund's self-evaluation (an untitled report names its fund there).</summary>
    public static bool IsFundSelfEvaluationHeading(string line) => FundSelfEvaluationHeading().IsMatch(line);

    /// <summary>A numbered heading of the outline inside a line: a report a web page flattened into one paragraph.</summary>
    [GeneratedRegex(@"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*" + OutlineHeadings)]
    private static partial Regex InlineOutlineHeading();

    /// <summary>
    /// A self-evaluation table's title counts only where a form follows it: an indicator or money header, or a
    /// 项目名称 field. "附件：…自评表" inside prose, or a site menu's "自评表" link, heads no table.
    /// </summary>
    private static List<Title> TablesWithEvidence(LineLabels evidence, List<Title> titles)
    {
        var kept = new List<Title>();
        for (var t = 0; t < titles.Count; t++)
        {
            var title = titles[t];
            if (title.Kind is SegmentKind.ProjectTable or SegmentKind.DepartmentTable)
            {
                var end = t + 1 < titles.Count ? titles[t + 1].Index - 1 : evidence.Lines.Count - 1;
                var labels = evidence.Within(title.Index, end);
                // a title opening a line of glued cells holds its own 项目名称 label, run into its value
                var line = evidence.Lines[title.Index].Text;
                var gluedProject = TableTitleOpening(line.Trim()) is not null && line.Contains("项目名称", StringComparison.Ordinal);
                // a scoring sheet (计分表) names its indicators and their scores, and no target or actual
                var scoringSheet = labels.HasFlag(FormEvidence.Labels.IndicatorName) && labels.HasFlag(FormEvidence.Labels.Score);
                if (!FormEvidence.IsIndicatorHeader(labels) && !FormEvidence.IsBudgetHeader(labels) && !labels.HasFlag(FormEvidence.Labels.Project)
                    && !gluedProject && !scoringSheet)
                {
                    continue;
                }
            }

            kept.Add(title);
        }

        return kept;
    }

    /// <summary>
    /// A form is where its labels are, whatever its title says or whether it has one: an indicator or money header
    /// outside every titled table starts a table of its own, from the field rows above it. A second 项目名称 after an
    /// indicator header starts the next form.
    /// </summary>
    private static List<Title> FormsFoundByLabels(LineLabels evidence, List<Title> titles)
    {
        var lines = evidence.Lines;
        var insideTable = new bool[lines.Count];
        for (var t = 0; t < titles.Count; t++)
        {
            if (titles[t].Kind is SegmentKind.ProjectReport or SegmentKind.DepartmentReport)
            {
                continue;
            }

            var end = t + 1 < titles.Count ? titles[t + 1].Index : lines.Count;
            Array.Fill(insideTable, true, titles[t].Index, end - titles[t].Index);
        }

        var found = new List<Title>();
        var formStart = -1;
        var seenIndicatorHeader = false;
        var floor = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (insideTable[i])
            {
                formStart = -1;
                floor = i + 1;
                continue;
            }

            if (titles.Any(title => title.Index == i))
            {
                formStart = -1;
                floor = i + 1;
            }

            var labels = evidence.HeaderAt(i);
            if (labels == FormEvidence.Labels.None)
            {
                continue;
            }

            var isHeader = FormEvidence.IsIndicatorHeader(labels) || FormEvidence.IsBudgetHeader(labels);
            var nextForm = formStart >= 0 && seenIndicatorHeader && evidence[i].HasFlag(FormEvidence.Labels.Project);
            if (formStart < 0 && isHeader || nextForm)
            {
                var start = nextForm ? i : FieldsAbove(evidence, i, floor);
                var end = titles.FirstOrDefault(title => title.Index > i)?.Index - 1 ?? lines.Count - 1;
                var kind = KindByLabels(evidence, start, end);
                found.Add(new Title(start, kind, lines[start].Text.Trim(), Untitled: true));
                formStart = start;
                floor = i + 1;
                seenIndicatorHeader = false;
            }

            seenIndicatorHeader |= formStart >= 0 && FormEvidence.IsIndicatorHeader(labels);
        }

        return found.Count == 0 ? titles : [.. titles.Concat(found).OrderBy(title => title.Index)];
    }

    /// <summary>
    /// A form without a title starts at the field rows above its first header (项目名称, 主管部门, 单位：万元), or at a
    /// title-like line just above them; prose (a line with 。) and the previous form bound it.
    /// </summary>
    private static int FieldsAbove(LineLabels evidence, int header, int floor)
    {
        var lines = evidence.Lines;
        var start = header;
        var nonBlank = 0;
        for (var i = header - 1; i >= floor && nonBlank < 8; i--)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.Contains('。', StringComparison.Ordinal) || text.Length > 120 || FormEvidence.IsIndicatorHeader(evidence[i]))
            {
                break;
            }

            nonBlank++;
            var labels = evidence[i];
            if ((labels & (FormEvidence.Labels.Project | FormEvidence.Labels.Unit)) != 0 || LooksLikeFormTitle(text))
            {
                start = i;
            }
        }

        return start;
    }

    private static bool LooksLikeFormTitle(string text)
    {
        var compact = Parsing.TextTools.RemoveWhiteSpace(text);
        return compact.Length <= MaxTitleLength && (compact.Contains("绩效", StringComparison.Ordinal) || compact.Contains("自评", StringComparison.Ordinal))
            && compact.Contains('表', StringComparison.Ordinal);
    }

    private static SegmentKind KindByLabels(LineLabels evidence, int start, int end)
    {
        var lines = evidence.Lines;
        var labels = evidence.Within(start, Math.Min(end, lines.Count - 1));
        if (FormEvidence.IsIndicatorHeader(labels) && !FormEvidence.StatesResults(labels))
        {
            return SegmentKind.TargetsOnly;
        }

        if (labels.HasFlag(FormEvidence.Labels.Project))
        {
            return SegmentKind.ProjectTable;
        }

        var head = string.Concat(Enumerable.Range(start, Math.Min(3, lines.Count - start)).Select(i => lines[i].Text));
        return labels.HasFlag(FormEvidence.Labels.Unit) || IsDepartmentLevel(Parsing.TextTools.RemoveWhiteSpace(head))
            ? SegmentKind.DepartmentTable
            : SegmentKind.ProjectTable;
    }

    /// <param name="Untitled">found by its labels; <paramref name="Text"/> is its first line, a title only if it reads as one</param>
    private sealed record Title(int Index, SegmentKind Kind, string Text, bool Untitled = false);

    /// <summary>Every title ends in one of these words; a line without any of them is no title (most lines).</summary>
    private static readonly string[] TitleWords = ["自评表", "评价表", "计分表", "评分表", "目标表", "申报表", "汇总表", "项目清单", "决算", "报告", "总结", "说明"];

    /// <summary>Each title word ends in one of these; a line holding none of them holds no title word, however it is cut.</summary>
    private static readonly System.Buffers.SearchValues<char> TitleWordEndings = System.Buffers.SearchValues.Create("表单告结明算");

    public static SegmentKind? Classify(string line)
    {
        if (!line.AsSpan().ContainsAny(TitleWordEndings))
        {
            return null;
        }

        var text = TitleCell(line);
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

        // "…绩效评价报告公开", "…自评报告的公示": the page publishes the report; its title is the report's
        var core = Publication().Replace(TrailingParenthetical().Replace(compact, string.Empty), string.Empty);
        if (core.EndsWith("自评表", StringComparison.Ordinal) || core.EndsWith("绩效评价表", StringComparison.Ordinal)
            || core.EndsWith("计分表", StringComparison.Ordinal) || core.EndsWith("评分表", StringComparison.Ordinal))
        {
            return IsDepartmentLevel(core) ? SegmentKind.DepartmentTable : SegmentKind.ProjectTable;
        }

        if (core.EndsWith("绩效目标表", StringComparison.Ordinal) || core.EndsWith("目标申报表", StringComparison.Ordinal))
        {
            return SegmentKind.TargetsOnly;
        }

        // "…绩效评价信息汇总表", "…绩效自评结果汇总表": a list of evaluations, one row each
        if (core.EndsWith("汇总表", StringComparison.Ordinal) && (core.Contains("评价", StringComparison.Ordinal) || core.Contains("自评", StringComparison.Ordinal))
            || core.EndsWith("项目清单", StringComparison.Ordinal))
        {
            return SegmentKind.SummaryTable;
        }

        if (core is "收入支出决算总表" or "部门收入支出决算总表" or "收入支出决算表" || FinalAccountsExplained().IsMatch(core))
        {
            return SegmentKind.FinalAccountsTable;
        }

        if (ReportEnding().Match(core) is { Success: true } ending)
        {
            // "• 自评报告", a site menu's link: a report's title names its project, unit or year before the ending
            if (ending.Index < 2)
            {
                return null;
            }

            return IsDepartmentLevel(core) ? SegmentKind.DepartmentReport : SegmentKind.ProjectReport;
        }

        if (core.EndsWith("自评报告", StringComparison.Ordinal) || core.EndsWith("评价报告", StringComparison.Ordinal))
        {
            return IsDepartmentLevel(core) ? SegmentKind.DepartmentReport : SegmentKind.ProjectReport;
        }

        return null;
    }

    /// <summary>"…绩效评价报告公开", "…自评报告的公示": the words of the page that publishes a report, after its title.</summary>
    [GeneratedRegex(@"(?<=(报告|自评表|评价表))(的)?(公开|公示|公告)$")]
    private static partial Regex Publication();

    /// <summary>
    /// "部门决算情况说明", "收入支出决算总体情况说明", "决算公开说明", "…“三公”经费支出决算", "“三公”经费决算汇总情况":
    /// a unit's final accounts told in prose. (The 决算表 a table of contents lists are the tables of one document.)
    /// </summary>
    [GeneratedRegex(@"决算(总体)?(情况)?(公开)?说明$|三公.{0,6}经费.{0,4}决算(汇总)?(情况)?$")]
    private static partial Regex FinalAccountsExplained();

    // "沅陵县档案局2016年度项目绩效报告": a report on a project's performance, though it says no 自评
    [GeneratedRegex(@"(绩效)?(自评价|自评|评价)(工作)?(情况)?(的)?(总结)?(报告|总结)$|项目(支出)?绩效(情况)?报告$")]
    private static partial Regex ReportEnding();

    [GeneratedRegex(@"[\t|｜]")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"[:：]|^[(（]?(金额)?单位|^[(（]?万元[)）]?$|年度?[)）]?$|^[(（]?20\d{2}")]
    private static partial Regex SideCell();

    [GeneratedRegex(@"\.(docx?|pdf|xlsx?|wps|et)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    /// <summary>
    /// "附件1:…绩效评价报告.pdf" / "附件2:…报告.pdf": a list of attached files names reports that are not in the text (a
    /// title copied from one file's name, with the report under it, stands alone).
    /// </summary>
    private static bool IsInListOfFiles(IReadOnlyList<SourceLine> lines, int index)
    {
        bool NamesFile(int at) => at >= 0 && at < lines.Count && FileExtension().IsMatch(lines[at].Text.Trim());
        int Neighbour(int from, int step)
        {
            var at = from + step;
            while (at >= 0 && at < lines.Count && lines[at].IsBlank)
            {
                at += step;
            }

            return at;
        }

        return NamesFile(index) && (NamesFile(Neighbour(index, -1)) || NamesFile(Neighbour(index, 1)));
    }

    [GeneratedRegex(@"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")]
    private static partial Regex Pinyin();

    [GeneratedRegex(@"[(（][^()（）]*$")]
    private static partial Regex UnclosedParenthetical();

    /// <summary>
    /// The title as a cell: a title row of a pipe or tab table keeps its empty cells ("…自评表 | | | |") and may hold a
    /// side cell ("部门：…", "单位：万元"); a title copied from a file keeps its extension or the pinyin a web page added.
    /// </summary>
    private static string TitleCell(string line)
    {
        var text = line.Trim();
        if (CellSeparator().IsMatch(text))
        {
            var cells = CellSeparator().Split(text).Select(cell => cell.Trim()).Where(cell => cell.Length > 0).ToList();
            var titled = cells.Where(cell => TitleWords.Any(word => Parsing.TextTools.RemoveWhiteSpace(cell).Contains(word, StringComparison.Ordinal))).ToList();
            if (titled.Count != 1 || cells.Count > 3 || cells.Any(cell => cell != titled[0] && !SideCell().IsMatch(cell)))
            {
                return text;
            }

            text = titled[0];
        }

        text = Pinyin().Replace(FileExtension().Replace(text, string.Empty), string.Empty);
        return UnclosedParenthetical().Replace(text, string.Empty).Trim();
    }

    private static bool IsDepartmentLevel(string title) =>
        Parsing.TextTools.RemoveParentheticals(title) is var bare && bare != title && IsDepartmentLevel(bare)
        || title.Contains("部门整体", StringComparison.Ordinal) || title.Contains("单位整体", StringComparison.Ordinal)
        || title.Contains("整体支出", StringComparison.Ordinal) || title.Contains("部门绩效自评", StringComparison.Ordinal)
        || title.Contains("部门自评", StringComparison.Ordinal)
        // "…2022年整体和项目支出绩效自评总结报告": the unit as a whole first, its projects after
        || title.Contains("整体和", StringComparison.Ordinal) || title.Contains("整体及", StringComparison.Ordinal);

    private static bool IsReport(SegmentKind kind) => kind is SegmentKind.ProjectReport or SegmentKind.DepartmentReport;

    private static bool OnlyShortLinesBetween(IReadOnlyList<SourceLine> lines, int from, int to) =>
        NonBlankBetween(lines, from, to) <= 4
        && Enumerable.Range(from + 1, to - from - 1).All(i => lines[i].Text.Trim() is var text && text.Length <= 40 && !text.Contains('。', StringComparison.Ordinal));

    // "现将…自评报告、…公开如下": a sentence that names reports, not a title
    [GeneratedRegex(@"^(?!现将|根据|按照|依据|为了?|经|对)(?<title>[^，,。；：:《》“”""]{4,60}?(绩效)?(自评价|自评|评价)(工作)?(情况)?(的)?(总结)?报告)(?!如下)")]
    private static partial Regex ReportTitleAtStart();

    /// <summary>
    /// "2021年度财政项目绩效自评表单位名称:某医院填报日期:…项目名称…": a form's cells glued on one line after its title
    /// (an OCR'd or copied form), the title ending where the first field label starts.
    /// </summary>
    private static string? TableTitleOpening(string line) => TitleOpening(line, Parsing.TableFields.FormTitleOpening());

    /// <summary>"收入支出决算表 公开01表 部门:… 金额单位:元 收入 项目 …": an xls of the final accounts flattened to one line, its title first.</summary>
    private static string? FinalAccountsTitleOpening(string line) => TitleOpening(line, FinalAccountsTableAtStart());

    [GeneratedRegex(@"^\s*(?<title>(部门)?收入支出决算(总)?表)(?=\s)")]
    private static partial Regex FinalAccountsTableAtStart();

    /// <summary>
    /// A report's title run into its first paragraph by a web page ("…绩效自评报告为进一步规范…", "…自评价报告一、基本情况"):
    /// the title is the opening of the line up to its report word, where no sentence came before.
    /// </summary>
    private static string? ReportTitleOpening(string line) =>
        line.Length > MaxTitleLength && line.Contains("报告", StringComparison.Ordinal) ? TitleOpening(line, ReportTitleAtStart()) : null;

    /// <summary>The title group of a pattern opening a line too long to be a title alone (a title run into what follows it).</summary>
    private static string? TitleOpening(string line, Regex atStart) =>
        line.Length > MaxTitleLength && atStart.Match(line) is { Success: true } match ? match.Groups["title"].Value : null;

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

        // "屏边县乡村振兴局2021年度项目支出绩效自评报告" names its county's office before the year: it is whole, and the
        // short line above it ("时效性有效", a page's metadata) is no first half
        if (OpensWithCountyOffice().IsMatch(lines[index].Text.Trim()))
        {
            return index;
        }

        var above = index - 1;
        // "海林市2024年度财政衔接推进" / "" / "乡村振兴补助资金绩效评价工作自评报告": a first half that names a place and a year
        if (lines[above].IsBlank && above > 0 && (TitleTail().IsMatch(lines[index].Text.Trim()) || OpensWithCutName(lines[index].Text.Trim())
            || (FirstHalfAbove(lines, index) is { } half && OpensWithPlaceAndYear().IsMatch(half))))
        {
            // "关于上报2023年…护理费项目" / "" / "支出绩效自评的报告": a page copied with a blank line after every line
            above--;
        }

        // "• 发布机构" / "青石县财政局": a page's publisher under its label is no half of the title below it
        var isPublisher = above > 0 && PublisherLabelAlone().IsMatch(lines[above - 1].Text);
        return IsTitleHalf(lines[above].Text.Trim()) && !isPublisher ? above : index;
    }

    [GeneratedRegex(@"^[•·\s]*((信息)?来源|发布机构|发文机构|发布单位)\s*[:：]?\s*$")]
    private static partial Regex PublisherLabelAlone();

    /// <summary>
    /// "工程项目2020年度绩效自评报告" under "天津市东丽湖新建光辉路(智景东道-星宇道)" and a blank line: a name this short before
    /// the year is the end of one cut at the line's width.
    /// </summary>
    private static bool OpensWithCutName(string line) => CutNameBeforeYear().IsMatch(line);

    [GeneratedRegex(@"^[^\d，,。：:]{1,4}20\d{2}\s*年")]
    private static partial Regex CutNameBeforeYear();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,10}?(省|市|县|区|旗|州|盟)\s*20\d{2}\s*年度?\p{IsCJKUnifiedIdeographs}{2,}$")]
    private static partial Regex OpensWithPlaceAndYear();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}?(县|市|区|旗)\p{IsCJKUnifiedIdeographs}{2,16}?(局|委员会|办公室|中心)\s*20\d{2}\s*年")]
    private static partial Regex OpensWithCountyOffice();

    /// <summary>The first half of a title split over two lines, on the line above (a blank line between them or not).</summary>
    private static string? FirstHalfAbove(IReadOnlyList<SourceLine> lines, int index)
    {
        var above = index - 1;
        if (above > 0 && lines[above].IsBlank)
        {
            above--;
        }

        // a menu's items are a few characters long; a title's first half names a project or unit and a year
        return above >= 0 && lines[above].Text.Trim() is { Length: >= 6 } text && IsTitleHalf(text) && DocumentYear().IsMatch(text) ? text : null;
    }

    [GeneratedRegex(@"20\d{2}\s*年")]
    private static partial Regex DocumentYear();

    private static bool IsTitleHalf(string above) =>
        above.Length is > 0 and <= 30 && above.IndexOfAny(['。', '，', ',', '：', ':', '|', '\t']) < 0
            && !above.EndsWith('日') && Classify(above) is null && !PageLabel().IsMatch(above)
            // "2022-07-11", a page's date above the title: a half of a title has words
            && above.Count(Parsing.TextTools.IsCjk) >= 2;

    // "文档简介" / "…自评报告": a document-sharing page's label above the text, no half of its title
    [GeneratedRegex(@"^(文档|文檔|内容|內容)(简介|簡介|介绍|介紹|摘要)$|^(摘要|简介|簡介|正文)$")]
    private static partial Regex PageLabel();

    /// <summary>The second half of a title, which names no project or unit: "支出绩效自评的报告", "绩效自评报告".</summary>
    [GeneratedRegex(@"^(项目)?(支出)?(绩效)?(评价)?(自评价|自评|评价)(工作)?(情况)?(的)?报告$")]
    private static partial Regex TitleTail();

    private static string TitleText(IReadOnlyList<SourceLine> lines, int start, int index) =>
        string.Join(string.Empty, Enumerable.Range(start, index - start + 1).Select(i => lines[i].Text.Trim()));
}
