using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;
using Analytics.Etl.Records;
using Analytics.Etl.Segmenting;
using Analytics.Etl.Units;

namespace Analytics.Etl.Extraction;

public sealed partial class Extractor
{
    [GeneratedRegex(@"^.*?20\d{2}\s*年度?\s*")]
    private static partial Regex YearPrefix();

    // "2023年高龄补贴事后绩效评价报告": when it was evaluated (事前 / 事中 / 事后) is no part of the project's name
    [GeneratedRegex(@"(使用)?(支出)?(部门)?(事前|事中|事后)?(重点)?(绩效)?(单位)?(的)?(评价)?(工作)?(自评价|自评|评价)(工作)?(情况)?(的)?(总结)?(报告|总结)$|(项目)?(支出)?绩效(情况)?报告$|(绩效评价|绩效)?自评情况$")]
    private static partial Regex ReportSuffix();

    [GeneratedRegex(@"^关于(上报|报送|印发)?|^附件\s*\d+(-\d+)?\s*[:：]?")]
    private static partial Regex RegardingPrefix();

    [GeneratedRegex(@"\s*20\d{2}\s*年度?\s*")]
    private static partial Regex YearInside();

    [GeneratedRegex(@"\s*[（(]\s*20\d{2}\s*年度?\s*[)）]\s*$")]
    private static partial Regex YearAtEnd();

    [GeneratedRegex(@"(自评|评价)报告\s*[(（](?<name>[^()（）]{2,40}(项目|资金|经费|补助|工程))[)）]$")]
    private static partial Regex ProjectAfterForm();

    [GeneratedRegex(@"^\d{1,2}\s*[、.．]\s*")]
    private static partial Regex ItemNumber();

    // "…补助资金区域绩效目标自评表": the form's kind (项目, 区域) is no part of the name
    [GeneratedRegex(@"(项目|区域)?(支出)?(资金)?(绩效)?(目标)?(自评表|自评(指标)?(计分|评分)表)$")]
    private static partial Regex TableSuffix();

    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.．]")]
    private static partial Regex SectionHeading();

    // "主管部門   岳陽縣林業局": a cover's field set apart by a run of spaces or a tab instead of a colon
    [GeneratedRegex(@"^(编制|主管)?(部门|单位)([(（](单位|部门)[)）])?(名称)?(\s*[:：]\s*(?<unit>\S+)|(\s{2,}|\t)(?<unit>\S+)\s*$)")]
    private static partial Regex DepartmentLabel();

    private List<EvaluationRecord> ExtractRecords(string fileName, IReadOnlyList<SourceLine> lines, List<ParseIssue> issues)
    {
        var context = new DocumentContext(fileName, lines);
        var segments = DocumentSegmenter.Split(lines);
        // a form's year in parentheses after its name ("…自评表(2023年度)") says more than the year most often named
        context.FallbackYear = segments.Select(segment => DocumentContext.YearIn(segment.Title)).FirstOrDefault(year => year is not null)
            ?? lines.Select(line => FormYearIn(line.Text)).FirstOrDefault(year => year is not null)
            ?? context.MostFrequentYear();

        if (SampleMarks().Match(string.Concat(lines.Take(60).Select(line => line.Text))) is { Success: true } mark)
        {
            issues.Add(new ParseIssue(fileName, null, $"a sample or model text (\"{mark.Value}\"), not a county's report", IssueSeverity.Error));
            return [];
        }

        var records = new List<EvaluationRecord>();
        var statedNothing = new List<EvaluationRecord>();
        var templateFound = false;
        var hasProjectTables = segments.Any(segment => segment.Kind == SegmentKind.ProjectTable);
        var headless = new List<EvaluationRecord>();
        var hasDepartmentTables = segments.Any(segment => segment.Kind == SegmentKind.DepartmentTable);
        foreach (var segment in segments)
        {
            var segmentLines = Slice(lines, segment.StartIndex, segment.EndIndex);
            if (segment.Kind != SegmentKind.TargetsOnly && PlaceholderYear().Match(string.Concat(segmentLines.Select(line => line.Text))) is { Success: true } placeholder)
            {
                issues.Add(new ParseIssue(fileName, segmentLines[0].Number, $"\"{segment.Title}\" is a template: its year is a placeholder (\"{placeholder.Value}\")"));
                templateFound = true;
                continue;
            }

            var found = segment.Kind switch
            {
                SegmentKind.ProjectTable or SegmentKind.DepartmentTable => [Table(context, segment, segmentLines)],
                SegmentKind.SummaryTable => Summary(context, segment, segmentLines, issues),
                SegmentKind.FinalAccountsTable => [FinalAccountsRecord(context, segment, segmentLines, issues)],
                SegmentKind.ProjectReport => Report(context, segment, segmentLines, department: false, tablesElsewhere: hasProjectTables),
                SegmentKind.DepartmentReport => Report(context, segment, segmentLines, department: true, tablesElsewhere: hasDepartmentTables),
                SegmentKind.TargetsOnly => Skip(fileName, segment, issues),
                _ => [],
            };
            foreach (var record in found)
            {
                // indicator rows under no title, with no project, unit or money of their own: decided once every
                // other form of the document is read
                if (record.Origin == RecordOrigins.Table && segment.Title.Length == 0 && IsHeadless(record) && record.Indicators.Count > 0)
                {
                    headless.Add(record);
                    continue;
                }

                // a table names its project or unit in its own cells: cut short, it is still a record of what it says
                if (States(record) || record.Origin == RecordOrigins.Table && (record.Project ?? record.Unit.Name) is not null)
                {
                    records.Add(record);
                }
                else if (record.Origin == RecordOrigins.Table)
                {
                    issues.Add(new ParseIssue(fileName, record.Source.FirstLine, $"{NotReadPrefix}: lines {record.Source.FirstLine}–{record.Source.LastLine} hold its labels but no value could be read"));
                }
                else if (record.Kind == RecordKinds.FinalAccounts && !segmentLines.Any(line => AmountStated().IsMatch(line.Text)))
                {
                    // final accounts are their figures: a 决算 page without any amount is its table of contents or its 概况
                    issues.Add(new ParseIssue(fileName, record.Source.FirstLine, $"\"{segment.Title}\" states no figure of the final accounts (a table of contents or an overview only); not a record"));
                }
                else
                {
                    statedNothing.Add(record);
                }
            }
        }

        // beside tables that were read, headless rows are the tail of a table whose head is elsewhere (a page or an
        // excerpt cut above it): whose they are cannot be told. The only form of its document is the document's,
        // and the document names its unit.
        if (headless.Count == 1 && !records.Any(record => record.Origin == RecordOrigins.Table))
        {
            records = [.. records.Append(headless[0]).OrderBy(record => record.Source.FirstLine)];
        }
        else
        {
            issues.AddRange(headless.Select(record => new ParseIssue(fileName, record.Source.FirstLine, $"lines {record.Source.FirstLine}–{record.Source.LastLine}: indicator rows with no title, project, unit or money of their own (the tail of a table whose head is missing); not a record")));
        }

        // a report that states nothing readable still says which unit reported for which year, unless the
        // document's other records say it already, or a part of it is a template (the title of a template's file,
        // above its pages, says nothing of a county)
        return ResolveUnits(context, records.Count > 0 ? records : templateFound ? [] : statedNothing);
    }

    // "126.35万元", or a table's bare amount under its 金额单位 ("7,506,822.55")
    [GeneratedRegex(@"\d\s*(万元|元)|\d{1,3}(,\d{3})+\.\d{2}")]
    private static partial Regex AmountStated();

    // "样本" marks a model text only beside the form's name ("自评报告样本"); in a note it is a survey's sample
    [GeneratedRegex(@"小编|范文|范本|仅供参考|欢迎阅读|精选\d*篇|模板|(报告|自评表|评价表|表格)\s*[(（]?样本")]
    private static partial Regex SampleMarks();

    // "20XX年", and "20_年" / "20__年" where a template leaves the year's digits to fill in
    // "河北省××厅(局)", "XX省", "XX项目", "▁▁▁项目": a name left to fill in (not a signature line: "填表人:____ 单位负责人",
    // "王XX局长")
    [GeneratedRegex(@"(20|二〇|二0)([xX×Ｘ]{2}|[_＿]{1,4})\s*年|[xX×Ｘ]{2,}\s?(省|市|县|区|厅|局|年度|项目)(?!长)|[▁_＿]{3,}(项目|县|局)(?!长)")]
    private static partial Regex PlaceholderYear();

    /// <summary>Whether a record states any value beyond where it stands: money, rate, points, a total, indicators.</summary>
    private static bool States(EvaluationRecord record) =>
        record.Budget != new Budget(null, null, null) || record.Execution != new Execution(null, null, null)
        || record.TotalScoreReported is not null || record.Indicators.Count > 0 || record.FinalAccounts is { } accounts && accounts != new FinalAccounts();

    private static List<EvaluationRecord> Skip(string fileName, Segment segment, List<ParseIssue> issues)
    {
        issues.Add(new ParseIssue(fileName, segment.StartIndex + 1, $"\"{segment.Title}\" holds targets only (绩效目标表); not a self-evaluation"));
        return [];
    }

    private static List<SourceLine> Slice(IReadOnlyList<SourceLine> lines, int start, int end) =>
        Enumerable.Range(start, end - start + 1).Select(index => lines[index]).ToList();

    private static int? SegmentYear(DocumentContext context, Segment segment, IReadOnlyList<SourceLine> segmentLines)
    {
        // "…2023年异地造林补助资金项目支出绩效自评报告" over "(2024年度)": the year the title's line sets apart is the year
        // evaluated; the one inside the title may be the fund's
        if (segmentLines.Skip(1).Where(line => !line.IsBlank).Take(2).Select(line => YearAlone().Match(line.Text.Trim())).FirstOrDefault(match => match.Success) is { } alone)
        {
            return int.Parse(alone.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (DocumentContext.YearIn(segment.Title) is { } inTitle)
        {
            return inTitle;
        }

        // "(2022 年度)" printed under the title
        foreach (var line in segmentLines.Skip(1).Where(line => !line.IsBlank).Take(3))
        {
            var text = line.Text.Trim();
            if (!text.Contains("日期", StringComparison.Ordinal) && text.Contains("年度", StringComparison.Ordinal) && text.Length <= 20
                && DocumentContext.YearIn(text) is { } year)
            {
                return year;
            }
        }

        // "…请以附件为准)部门预算项目支出绩效自评表(2023年度) | | |": a form's year in parentheses, on a line a title did not stand alone on
        return segmentLines.Where(line => !line.IsBlank).Take(3).Select(line => FormYearIn(line.Text)).FirstOrDefault(year => year is not null)
            ?? context.FallbackYear;
    }

    [GeneratedRegex(@"^[(（]\s*(?<year>20\d{2})\s*年度\s*[)）]$")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"(自评表|评价表|报告)\s*[(（]\s*(?<year>20\d{2})\s*年度?\s*[)）]")]
    private static partial Regex FormYear();

    private static int? FormYearIn(string text) =>
        FormYear().Match(text) is { Success: true } stated ? int.Parse(stated.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The deciding lines outside a record's own range (inside it they are cited already); null when none.</summary>
    private static List<int>? Outside(IReadOnlyList<int> lines, int first, int last) =>
        lines.Where(line => line < first || line > last).ToList() is { Count: > 0 } outside ? outside : null;

    private static bool IsHeadless(EvaluationRecord record) =>
        record.Project is null && record.Unit.Name is null && record.ImplementingUnit is null
        && record.Budget is { Initial: null, Adjusted: null, Executed: null }
        && record.Execution is { RateReported: null, Weight: null, ScoreReported: null };

    private static EvaluationRecord Table(DocumentContext context, Segment segment, List<SourceLine> segmentLines)
    {
        var reading = SelfEvalTableParser.Parse(segmentLines);
        var department = segment.Kind == SegmentKind.DepartmentTable;
        var project = department ? null : reading.Project ?? ProjectFromTitle(segment.Title);
        var warnings = reading.Warnings.ToList();
        if (!department && reading.Project is null && project is not null)
        {
            warnings.Add("no 项目名称 cell; project name taken from the title");
        }

        return new EvaluationRecord
        {
            Source = new SourceRef(context.FileName, segmentLines[0].Number, reading.LastLine),
            Kind = department ? RecordKinds.DepartmentSelfEval : RecordKinds.ProjectSelfEval,
            Year = SegmentYear(context, segment, segmentLines),
            Unit = new UnitRef(reading.UnitName, null, null),
            ImplementingUnit = department ? null : reading.ImplementingUnit,
            Project = project,
            Budget = reading.Budget,
            Execution = reading.Execution,
            TotalScoreReported = reading.TotalScore,
            Indicators = reading.Indicators,
            Warnings = warnings,
            Origin = RecordOrigins.Table,
        };
    }

    private static List<EvaluationRecord> Summary(DocumentContext context, Segment segment, List<SourceLine> segmentLines, List<ParseIssue> issues)
    {
        var warnings = new List<string>();
        var rows = SummaryTableParser.Parse(segmentLines, warnings);
        issues.AddRange(warnings.Select(warning => new ParseIssue(context.FileName, segmentLines[0].Number, warning)));
        var year = SegmentYear(context, segment, segmentLines);
        return rows.Select(row => new EvaluationRecord
        {
            Source = new SourceRef(context.FileName, row.FirstLine, row.LastLine),
            Kind = RecordKinds.EvaluationSummaryRow,
            Year = year,
            Unit = new UnitRef(row.UnitName is null ? null : TableFields.StripBudgetCode(row.UnitName), null, null),
            ImplementingUnit = row.ImplementingUnit,
            Project = row.Project,
            Budget = row.Budget,
            Execution = new Execution(row.Rate, null, null),
            TotalScoreReported = row.Score,
            Conclusion = row.Conclusion,
            Origin = RecordOrigins.Summary,
        }).ToList();
    }

    private EvaluationRecord FinalAccountsRecord(DocumentContext context, Segment segment, List<SourceLine> segmentLines, List<ParseIssue> issues)
    {
        var accounts = FinalAccountsParser.Parse(segmentLines, context.Lines, out var warnings, out var decidingLines);
        var end = segmentLines.FindIndex(line => line.Text.TrimStart().StartsWith('注') && line.Text.Contains("本表", StringComparison.Ordinal));
        var last = (end > 0 ? segmentLines.Take(end) : segmentLines).Last(line => !line.IsBlank).Number;
        var unit = UnitLabelled(segmentLines);
        issues.AddRange(warnings.Select(warning => new ParseIssue(context.FileName, segmentLines[0].Number, warning)));
        return new EvaluationRecord
        {
            Source = new SourceRef(context.FileName, segmentLines[0].Number, last) { DecidedBy = Outside(decidingLines, segmentLines[0].Number, last) },
            Kind = RecordKinds.FinalAccounts,
            Year = SegmentYear(context, segment, segmentLines),
            Unit = new UnitRef(unit, null, null),
            FinalAccounts = accounts,
            Warnings = warnings,
            Origin = RecordOrigins.FinalAccounts,
        };
    }

    private List<EvaluationRecord> Report(DocumentContext context, Segment segment, List<SourceLine> segmentLines, bool department, bool tablesElsewhere)
    {
        var headerIndex = segmentLines.FindIndex(line =>
        {
            // a table header names columns; a sentence describing the indicator system is prose
            var compact = Parsing.Columns.Clean(line.Text);
            return (compact.Contains("三级指标", StringComparison.Ordinal) || compact.Contains("指标名称", StringComparison.Ordinal))
                && compact.IndexOfAny(['，', '。', '、', ',']) < 0;
        });

        // a header printed one cell per line ("一级指标" / "二级指标" / "三级指标" / …, with a blank line between cells or
        // not) starts at its first label
        for (var above = headerIndex - 1; above >= 0 && above >= headerIndex - 2; above--)
        {
            if (segmentLines[above].IsBlank)
            {
                continue;
            }

            if (Parsing.Columns.Clean(segmentLines[above].Text) is not { Length: > 0 and <= 12 } label || label.Any(char.IsDigit)
                || Parsing.Columns.ReadIndicators(label) is not [IndicatorColumn.Level1 or IndicatorColumn.Level2])
            {
                break;
            }

            headerIndex = above;
        }

        // a report that only tells in prose what a table of the same document already says adds nothing
        if (headerIndex < 0 && tablesElsewhere)
        {
            return [];
        }

        // "1、…建设项目，… 2、…": the results of several projects as a numbered list, one summary row each
        if (!department && headerIndex < 0 && ProjectResultList.Read(segmentLines) is { } list)
        {
            var year = SegmentYear(context, segment, segmentLines);
            var unit = UnitOnCover(segmentLines);
            return [.. list.Select(item => new EvaluationRecord
            {
                Source = new SourceRef(context.FileName, item.FirstLine, item.LastLine),
                Kind = RecordKinds.EvaluationSummaryRow,
                Year = year,
                Unit = new UnitRef(unit, null, null),
                Project = item.Project,
                Budget = item.Reading.Budget,
                Execution = new Execution(item.Reading.Rate, null, null),
                TotalScoreReported = item.Reading.TotalScore,
                Warnings = ["one item of a numbered list of project results, read from its prose: amounts and score are as the text states them"],
                Origin = RecordOrigins.Report,
            })];
        }

        var titledProject = department ? null
            : ProjectUnderTitle(segmentLines) ?? ProjectFromTitle(segment.Title)
                ?? (segment.Title.Length == 0 ? ProjectInParenthesesAtHead(context.Lines) ?? ProjectOfSelfEvaluationHeading(segmentLines) ?? FundQuotedAsEvaluated(segmentLines) : null)
                ?? (IsTransfersReportTitle(segment.Title) ? FundOfFirstHeading(segmentLines) : null);
        var narrative = NarrativeParser.Read(segmentLines, titledProject, SegmentYear(context, segment, segmentLines));
        IReadOnlyList<IndicatorRow> indicators = [];
        decimal? tableTotal = null;
        var warnings = new List<string>();
        if (headerIndex >= 0)
        {
            var tableLines = Parsing.SpaceAlignedColumns.ToTabRows(segmentLines.Skip(headerIndex).ToList());
            var layout = TableGrid.DetectLayout(tableLines.Take(30).ToList());
            var rows = TableGrid.Build(tableLines, layout);
            var columns = Parsing.Columns.ReadIndicators(rows[0].Joined);
            if (!columns.Contains(IndicatorColumn.Name))
            {
                columns.Insert(columns.TakeWhile(column => column is IndicatorColumn.Level1 or IndicatorColumn.Level2).Count(), IndicatorColumn.Name);
            }

            var section = new IndicatorSection(columns, layout);
            section.Read(rows, 1);
            indicators = section.Rows;
            tableTotal = section.TotalScore;
            warnings.AddRange(section.Warnings);
        }

        // a report is a record of what it states: its year, unit and project, and nulls for what it does not state
        var statesNothing = narrative.Budget == new Budget(null, null, null) && narrative.Rate is null && indicators.Count == 0 && narrative.TotalScore is null;
        if (statesNothing)
        {
            warnings.Add("the report states no amount, rate or score that could be read");
        }

        var first = segmentLines[0].Number;
        var last = segmentLines.Last(line => !line.IsBlank).Number;
        if (headerIndex < 0 && narrative.MoneyLine is { } moneyLine)
        {
            (first, last) = EnclosingSection(segmentLines, moneyLine);
        }

        var record = new EvaluationRecord
        {
            Source = new SourceRef(context.FileName, first, last),
            Kind = department ? RecordKinds.DepartmentSelfEval : RecordKinds.ProjectSelfEval,
            Year = SegmentYear(context, segment, segmentLines),
            Unit = new UnitRef(UnitOnCover(segmentLines) ?? OfficeInTitle(segment.Title) ?? UnitOpeningTitle(segment.Title)
                    ?? (department && segment.Title.Length == 0 ? OfficeNamedInProse(segmentLines) : null), null, null),
            Project = department ? null : narrative.Project is { } project && !IsKindWordsOnly(project) ? project : null,
            Budget = narrative.Budget,
            Execution = new Execution(narrative.Rate, null, null),
            TotalScoreReported = narrative.TotalScore ?? tableTotal,
            Indicators = indicators,
            Warnings = ["read from report prose: amounts and score are as the text states them", .. warnings],
            Origin = RecordOrigins.Report,
        };

        return !department && headerIndex < 0 && record.Project is null && segment.Title.Contains("项目", StringComparison.Ordinal)
            && ProjectsListed(record, narrative, segmentLines) is { } listed
            ? listed
            : [record];
    }

    /// <summary>
    /// A unit's report on all its projects that lists them in its overview: one record per project, each with the budget
    /// its item states. What the prose states elsewhere goes to the project whose budget it names; where it names none of
    /// them, the report stays one record (its money would belong to no one project).
    /// </summary>
    private static List<EvaluationRecord>? ProjectsListed(EvaluationRecord report, NarrativeReading narrative, List<SourceLine> segmentLines)
    {
        if (ProjectOverview.Read(segmentLines) is not { } items || items.Any(item => IsKindWordsOnly(item.Project)))
        {
            return null;
        }

        var statesMoney = narrative.Budget != new Budget(null, null, null) || narrative.Rate is not null || narrative.TotalScore is not null;
        var owner = statesMoney ? items.FindIndex(item => item.Budget is not null && item.Budget == narrative.Budget.Adjusted) : -1;
        if (statesMoney && owner < 0)
        {
            return null;
        }

        var last = segmentLines.Last(line => !line.IsBlank).Number;
        return [.. items.Select((item, index) => report with
        {
            Source = report.Source with { FirstLine = item.Line, LastLine = index + 1 < items.Count ? Math.Max(item.Line, items[index + 1].Line - 1) : last },
            Project = item.Project,
            Budget = index == owner ? narrative.Budget : new Budget(null, item.Budget, null),
            Execution = index == owner ? report.Execution : new Execution(null, null, null),
            TotalScoreReported = index == owner ? report.TotalScoreReported : null,
            Warnings = [.. report.Warnings, $"one of {items.Count} projects the report lists in its overview"],
        })];
    }

    /// <summary>"部门(单位)名称: 浏阳市城乡规划设计中心" on a report's cover, among its first lines.</summary>
    private string? UnitOnCover(List<SourceLine> segmentLines) => UnitLabelled(segmentLines.Where(line => !line.IsBlank).Take(12));

    /// <summary>The unit a "部门：" / "单位名称：" / "部门(单位)名称：" line names first, without its city prefix.</summary>
    private string? UnitLabelled(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            if (DepartmentLabel().Match(line.Text.Trim()) is { Success: true } match)
            {
                return StripCityPrefix(match.Groups["unit"].Value);
            }
        }

        return null;
    }

    /// <summary>The numbered section ("一、部门整体概况") around a line of prose.</summary>
    private static (int First, int Last) EnclosingSection(List<SourceLine> lines, int lineNumber)
    {
        var at = lines.FindIndex(line => line.Number == lineNumber);
        var start = at;
        while (start > 0 && !SectionHeading().IsMatch(lines[start].Text.Trim()))
        {
            start--;
        }

        var end = at + 1;
        while (end < lines.Count && !SectionHeading().IsMatch(lines[end].Text.Trim()))
        {
            end++;
        }

        var lastLine = lines.Take(end).Last(line => !line.IsBlank).Number;
        return (lines[start].Number, lastLine);
    }

    private static string? ProjectFromTitle(string title)
    {
        // "…绩效目标自评表 |": a cell's border left on the title's line is no part of it; "概述:…": a page's field label
        title = PageFieldLabel().Replace(title.Trim().TrimEnd('|', '｜', ' ', '\t'), string.Empty);
        // "…绩效自评报告(残疾人事业发展补助资金)": the project named in parentheses after the form's words
        if (ProjectAfterForm().Match(title) is { Success: true } after)
        {
            return after.Groups["name"].Value;
        }

        // "…自评表（2023年度）": the year in parentheses at the end says when, and the name stands before it
        var text = TextTools.CollapseCjkSpaces(YearPrefix().Replace(RegardingPrefix().Replace(YearAtEnd().Replace(ItemNumber().Replace(title, string.Empty), string.Empty), string.Empty), string.Empty));
        text = ReportSuffix().Replace(text, string.Empty);
        text = TableSuffix().Replace(text, string.Empty);
        if (text.Length == 0 && YearInside().Match(title) is { Success: true } year)
        {
            // "优抚对象生活补助经费转移支付2023年度绩效自评报告": the name stands before the year, unless that is the
            // unit ("腾冲市林业局林业技术推广站2019年度绩效自评报告")
            var before = TextTools.CollapseCjkSpaces(RegardingPrefix().Replace(title[..year.Index].Trim(), string.Empty));
            // ("忠县金声乡人民政府转移支付2022年度绩效自评报告": the unit, then the kind of money)
            var named = ReportSuffix().Replace(before + "自评报告", string.Empty);
            text = UnitEnding().IsMatch(before) || UnitEnding().IsMatch(named) ? string.Empty : named;
        }

        // "项目绩效自评报告": the kind of report, no project's name; nor is a unit's "专项资金" ("某某中学专项资金")
        // "曲阳县教育和体育局曲阳县中央彩票公益金…": the unit, then the county again
        // ") 普陀体育中心…": the end of a year's parenthesis cut from the title opens no name
        text = WithoutLeadingCounty(WithoutLeadingCounty(text.Trim().TrimStart(')', '）', '|', ' ').Trim()));
        // "2024年度转移支付财政衔接推进乡村振兴补助资金": the kind of money before the fund's name is not the name
        text = text.StartsWith("转移支付", StringComparison.Ordinal) && text.Length - "转移支付".Length >= 6 ? text["转移支付".Length..] : text;
        // "城乡义务教育补助经费转移支付": after a fund's name, the kind of money it is ("危房改造转移支付" names no fund, and keeps it)
        text = FundThenTransferPayment().Replace(text, "${fund}");
        // "安徽省宣城市转移支付2023年度绩效自评报告": a place is no project either
        return text.Length == 0 || KindWordsOnly().IsMatch(text) || IsUnitWithKindWords(text) || PlaceOnly().IsMatch(text) ? null : text;
    }

    /// <summary>
    /// "无为市危房改造转移支付": the county that reports (and its office) are not part of the project's name (before a
    /// year they go with the year prefix already); kept when what follows is too short to be a name.
    /// </summary>
    private static string WithoutLeadingCounty(string text)
    {
        // "天津市东丽湖新建光辉路…工程项目", "安徽省…": the province or municipality in front is the project's address
        if (ProvincePrefix().Match(text) is { Success: true } province && text.Length - province.Length >= 6)
        {
            text = text[province.Length..];
        }

        text = PrefecturePrefix().Replace(text, string.Empty);

        return text[LeadingCountyOffice(text).Length..];
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,4}[:：]\s*(?=\S{6})")]
    private static partial Regex PageFieldLabel();

    [GeneratedRegex(@"^(?<fund>.{4,}(金|经费|补助|补贴|项目))(中央)?(专项)?转移支付$")]
    private static partial Regex FundThenTransferPayment();

    // "锡林郭勒盟城乡居民…补助资金", "黔东南苗族侗族自治州…", "九华山风景区…": a prefecture (or an area run as a
    // county) in front of a fund's name is where it is paid
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}?(盟|自治州|地区|风景区|风景名胜区|管理区)(?=\p{IsCJKUnifiedIdeographs}{6})")]
    private static partial Regex PrefecturePrefix();

    [GeneratedRegex(@"^(北京市|天津市|上海市|重庆市|(河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|(内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区)")]
    private static partial Regex ProvincePrefix();

    /// <summary>
    /// The county and the office that reports at the start of a title's name ("保山市隆阳区林业和草原局生态保护…":
    /// "保山市隆阳区林业和草原局"; the city in front of the county is its address), or empty.
    /// </summary>
    private static string LeadingCountyOffice(string text)
    {
        var place = LeadingPlace().Match(text);
        var length = place.Length;
        if (place.Success && !IsCountyName(place.Value) && LeadingPlace().Match(text[length..]) is { Success: true } county && IsCountyName(county.Value))
        {
            length += county.Length;
        }

        if (!place.Success || text.Length - length < 4 || !IsCountyName(text[place.Index..length]))
        {
            return string.Empty;
        }

        // "庄浪县退役军人事务局义务兵家庭优待金转移支付": after the county, its office that reports
        var rest = text[length..];
        return LeadingOffice().Match(rest) is { Success: true } office && rest.Length - office.Length >= 4 ? text[..(length + office.Length)] : text[..length];
    }

    /// <summary>"(中和木材检查站租金项目)" on a line of its own at the head of a page whose title was not kept: the project.</summary>
    private static string? ProjectInParenthesesAtHead(IReadOnlyList<SourceLine> lines) =>
        lines.Where(line => !line.IsBlank).Take(8).Select(line => ProjectInParentheses().Match(TextTools.RemoveWhiteSpace(line.Text)))
            .FirstOrDefault(match => match.Success)?.Groups["name"].Value;

    /// <summary>"…2021年度中央对地方转移支付预算执行绩效自评报告": a report on all of a unit's transfers, each fund a section.</summary>
    private static bool IsTransfersReportTitle(string title) =>
        TextTools.RemoveWhiteSpace(title).Contains("中央对地方", StringComparison.Ordinal) && ProjectFromTitle(title) is null;

    /// <summary>"一、中央自然灾害(森林草原航空消防补助)救灾资金": the fund the first numbered section of such a report is about.</summary>
    private static string? FundOfFirstHeading(List<SourceLine> segmentLines) =>
        segmentLines.Skip(1).Select(line => FundHeading().Match(line.Text.Trim())).FirstOrDefault(match => match.Success)?.Groups["name"].Value;

    [GeneratedRegex(@"^一\s*[、.．]\s*(?<name>[^，,。；;：:\s]{4,40}(资金|经费))$")]
    private static partial Regex FundHeading();

    /// <summary>
    /// "对“方城县动物疫病预防控制中心动物防疫专项经费”资金支出过程…": an untitled report names what it evaluates in
    /// quotes; one fund so quoted (and no other) is its project.
    /// </summary>
    private static string? FundQuotedAsEvaluated(List<SourceLine> segmentLines) => segmentLines.Take(20)
        .SelectMany(line => QuotedFund().Matches(line.Text))
        .Select(match => match.Groups["name"].Value)
        .Distinct(StringComparer.Ordinal)
        .ToList() is [var name] ? name : null;

    [GeneratedRegex(@"[“""「](?<name>[^“”""「」，,。；;：:\s]{4,40}?(专项经费|专项资金|补助资金|补助经费|资金|经费|项目))[”""」]")]
    private static partial Regex QuotedFund();

    /// <summary>
    /// "2025年舒城县科学技术局部门对2024年度14个项目进行自评": an untitled department report speaks of itself by its
    /// county office's full name; the name it gives most often (a county's office, nothing else) is its unit.
    /// </summary>
    private static string? OfficeNamedInProse(List<SourceLine> segmentLines)
    {
        var offices = new List<string>();
        foreach (var line in segmentLines)
        {
            // "《宁陕县财政局关于开展…的通知》": an office that issued a document the report cites is not the reporter
            var text = CitedDocument().Replace(TextTools.CollapseCjkSpaces(line.Text), string.Empty);
            foreach (Match office in OfficeAfterPlace().Matches(text))
            {
                // the county's name ends where the office's words begin: the shortest run before it that is one
                for (var start = office.Index - 1; start >= Math.Max(0, office.Index - 8); start--)
                {
                    if (IsCountyName(text[start..(office.Index + 1)]))
                    {
                        offices.Add(text[start..(office.Index + office.Length)]);
                        break;
                    }
                }
            }
        }

        // two offices named as often: which one reports cannot be told
        var counts = offices.GroupBy(office => office, StringComparer.Ordinal).Select(group => (Office: group.Key, Count: group.Count())).OrderByDescending(item => item.Count).ToList();
        return counts.Count == 0 || (counts.Count > 1 && counts[1].Count == counts[0].Count) ? null : counts[0].Office;
    }

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex CitedDocument();

    // "…县" then an office's words: 科学技术局, 卫生健康委员会, 人民政府办公室
    [GeneratedRegex(@"(县|市|区|旗)\p{IsCJKUnifiedIdeographs}{2,12}?(局|委员会|办公室)")]
    private static partial Regex OfficeAfterPlace();

    /// <summary>"保山市隆阳区林业和草原局生态保护恢复专项转移支付…报告": the county's office the title opens with, or null.</summary>
    private static string? OfficeInTitle(string title) =>
        LeadingCountyOffice(TextTools.CollapseCjkSpaces(title.Trim())) is { Length: > 0 } prefix && OfficeEnding().IsMatch(prefix) ? prefix : null;

    [GeneratedRegex(@"(局|委员会|办公室|人民政府)$")]
    private static partial Regex OfficeEnding();

    // "屏边县" for 屏边苗族自治县: an autonomous county is named by its short name and 县 (or 旗) as often as in full
    private static bool IsCountyName(string place) => CountyCatalog.Default.Resolve(place) is { } match
        && ChineseScript.ToSimplified(place) is var simplified
        && (simplified.EndsWith(match.County.Name, StringComparison.Ordinal)
            || (match.County.Name.EndsWith("自治县", StringComparison.Ordinal) || match.County.Name.EndsWith("自治旗", StringComparison.Ordinal))
                && simplified.Length >= 3 && match.County.Name.StartsWith(simplified[..^1], StringComparison.Ordinal));

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}?(县|縣|市|区|區|旗)")]
    private static partial Regex LeadingPlace();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,16}?(局|委员会|办公室|人民政府)")]
    private static partial Regex LeadingOffice();

    // "衔接资金项目", "部门预算项目", "资金", "中央对地方转移支付预算执行情况": a kind of money, no project's name
    [GeneratedRegex(@"^(财政)?(中央对地方)?(专项)?(衔接|部门预算|预算|转移支付)?(项目|专项|资金|部门|单位|整体|和|及)*(支出)?(项目)?(预算执行(情况)?)?(绩效)?(单位|部门)?$")]
    private static partial Regex KindWordsOnly();

    private static bool IsKindWordsOnly(string project) => KindWordsOnly().IsMatch(project);

    private static bool IsUnitWithKindWords(string text)
    {
        for (var at = text.Length - 1; at >= 2; at--)
        {
            if (KindWordsOnly().IsMatch(text[at..]) && UnitEnding().IsMatch(text[..at]) && text[at..].Length > 0 && at < text.Length)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(局|站|中心|院|所|委员会|委|办公室|办|政府|镇|乡|街道|队|馆|校|学|会|部|处|厅|社|园|场|省|市|县|区|州|旗)$")]
    private static partial Regex UnitEnding();

    [GeneratedRegex(@"^[(（](?<name>[^()（）]{2,40}(项目|资金|经费|补助|工程))[)）]$")]
    private static partial Regex ProjectInParentheses();

    /// <summary>"2020年度项目绩效自评报告" / "（退役军人事务工作领导小组会议经费项目）": the project named under the title.</summary>
    /// <summary>"(城乡医疗救助项目)" on the line under the title, or a "项目名称 低保专项" field among the first lines.</summary>
    private static string? ProjectUnderTitle(List<SourceLine> segmentLines) => ProjectSpending().Replace(ProjectUnderTitleAsWritten(segmentLines) ?? string.Empty, string.Empty) is { Length: > 0 } name ? name : null;

    // "项目名称: 2023年异地造林补助资金项目支出" / "绩效自评报告": a cover's field that holds the report's title, wrapped;
    // the project's spending (项目支出) is the kind of money, no part of its name
    [GeneratedRegex(@"(?<=项目)支出$")]
    private static partial Regex ProjectSpending();

    private static string? ProjectUnderTitleAsWritten(List<SourceLine> segmentLines)
    {
        var head = segmentLines.Skip(1).Where(line => !line.IsBlank).Take(6).ToList();
        return head.Take(2).Select(line => ProjectInParentheses().Match(TextTools.RemoveWhiteSpace(line.Text)))
            .FirstOrDefault(match => match.Success)?.Groups["name"].Value
            ?? head.Select(line => ProjectField().Match(line.Text.Trim())).FirstOrDefault(match => match.Success)?.Groups["name"].Value.Trim()
            ?? segmentLines.Where(line => !line.IsBlank).Take(6).Select(line => ProjectLabelGlued().Match(TextTools.RemoveWhiteSpace(line.Text)))
                .FirstOrDefault(match => match.Success)?.Groups["name"].Value;
    }

    /// <summary>"财政衔接推进乡村振兴补助资金绩效评价自评情况": a report with no title names its fund in the heading of its self-evaluation.</summary>
    private static string? ProjectOfSelfEvaluationHeading(List<SourceLine> segmentLines) =>
        segmentLines.Where(line => DocumentSegmenter.IsFundSelfEvaluationHeading(line.Text.Trim())).Select(line => ProjectFromTitle(line.Text)).FirstOrDefault(name => name is not null);

    [GeneratedRegex(@"^[^，。、]{0,12}(省|自治区|市|州|盟|县)$")]
    private static partial Regex PlaceOnly();

    [GeneratedRegex(@"^项目名称\s*[:：|\t ]\s*(?<name>[^\s|:：，。；]{2,40})\s*\|?$")]
    private static partial Regex ProjectField();

    /// <summary>"…评价类型:…项目名称公共文化服务体系运行保障经费项目单位临湘市…": a form's cells glued on one line.</summary>
    [GeneratedRegex(@"项目名称[:：]?(?<name>[^:：，。,;；|]{2,40}?)(项目单位|主管部门|实施单位|项目负责人|预算单位)")]
    private static partial Regex ProjectLabelGlued();


    private string StripCityPrefix(string unit)
    {
        // "十堰市竹溪县医疗保障局": the unit is the county's; the city in front is its address
        if (counties.FindInText(unit) is { } match)
        {
            var at = unit.IndexOf(match.County.Name, StringComparison.Ordinal);
            if (at > 0 && unit[..at].TrimEnd() is var prefix && (prefix.EndsWith('市') || prefix.EndsWith('省') || prefix.EndsWith('州') || prefix.EndsWith('盟') || prefix.EndsWith("地区", StringComparison.Ordinal)))
            {
                return unit[at..];
            }
        }

        return unit;
    }
}
