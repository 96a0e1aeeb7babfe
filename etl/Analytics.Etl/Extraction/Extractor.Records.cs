using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;
using Analytics.Etl.Records;
using Analytics.Etl.Segmenting;

namespace Analytics.Etl.Extraction;

public sealed partial class Extractor
{
    [GeneratedRegex(@"^.*?20\d{2}\s*年度?\s*")]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"(支出)?(绩效)?(自评|评价)报告$")]
    private static partial Regex ReportSuffix();

    [GeneratedRegex(@"(项目)?(支出)?(资金)?(绩效)?(目标)?自评表$")]
    private static partial Regex TableSuffix();

    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.．]")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(编制)?(部门|单位)(名称)?\s*[:：]\s*(?<unit>\S+)")]
    private static partial Regex DepartmentLabel();

    private List<EvaluationRecord> ExtractRecords(string fileName, IReadOnlyList<SourceLine> lines, List<ParseIssue> issues)
    {
        var context = new DocumentContext(fileName, lines);
        var segments = DocumentSegmenter.Split(lines);
        context.FallbackYear = segments.Select(segment => DocumentContext.YearIn(segment.Title)).FirstOrDefault(year => year is not null)
            ?? context.MostFrequentYear();

        var records = new List<EvaluationRecord>();
        var hasProjectTables = segments.Any(segment => segment.Kind == SegmentKind.ProjectTable);
        var hasDepartmentTables = segments.Any(segment => segment.Kind == SegmentKind.DepartmentTable);
        foreach (var segment in segments)
        {
            var segmentLines = Slice(lines, segment.StartIndex, segment.EndIndex);
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
            records.AddRange(found);
        }

        return ResolveUnits(context, records);
    }

    private static List<EvaluationRecord> Skip(string fileName, Segment segment, List<ParseIssue> issues)
    {
        issues.Add(new ParseIssue(fileName, segment.StartIndex + 1, $"\"{segment.Title}\" holds targets only (绩效目标表); not a self-evaluation"));
        return [];
    }

    private static List<SourceLine> Slice(IReadOnlyList<SourceLine> lines, int start, int end) =>
        Enumerable.Range(start, end - start + 1).Select(index => lines[index]).ToList();

    private static int? SegmentYear(DocumentContext context, Segment segment, IReadOnlyList<SourceLine> segmentLines)
    {
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

        return context.FallbackYear;
    }

    private static EvaluationRecord Table(DocumentContext context, Segment segment, List<SourceLine> segmentLines)
    {
        var reading = SelfEvalTableParser.Parse(segmentLines);
        var department = segment.Kind == SegmentKind.DepartmentTable;
        var project = department ? null : reading.Project ?? ProjectFromTitle(segment.Title);
        var warnings = reading.Warnings.ToList();
        if (!department && reading.Project is null)
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
        var accounts = FinalAccountsParser.Parse(segmentLines, context.Lines, out var warnings);
        var end = segmentLines.FindIndex(line => line.Text.TrimStart().StartsWith('注') && line.Text.Contains("本表", StringComparison.Ordinal));
        var last = (end > 0 ? segmentLines.Take(end) : segmentLines).Last(line => !line.IsBlank).Number;
        string? unit = null;
        foreach (var line in segmentLines)
        {
            if (DepartmentLabel().Match(line.Text.Trim()) is { Success: true } match)
            {
                unit = StripCityPrefix(match.Groups["unit"].Value);
                break;
            }
        }

        issues.AddRange(warnings.Select(warning => new ParseIssue(context.FileName, segmentLines[0].Number, warning)));
        return new EvaluationRecord
        {
            Source = new SourceRef(context.FileName, segmentLines[0].Number, last),
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

        // a report that only tells in prose what a table of the same document already says adds nothing
        if (headerIndex < 0 && tablesElsewhere)
        {
            return [];
        }

        var narrative = NarrativeParser.Read(segmentLines);
        IReadOnlyList<IndicatorRow> indicators = [];
        decimal? tableTotal = null;
        var warnings = new List<string>();
        if (headerIndex >= 0)
        {
            var tableLines = segmentLines.Skip(headerIndex).ToList();
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

        // a report is a record of what it states: dropped only when it states no money, rate, score or indicator
        if (narrative.Budget == new Budget(null, null, null) && narrative.Rate is null && indicators.Count == 0 && narrative.TotalScore is null)
        {
            return [];
        }

        var first = segmentLines[0].Number;
        var last = segmentLines.Last(line => !line.IsBlank).Number;
        if (headerIndex < 0 && narrative.MoneyLine is { } moneyLine)
        {
            (first, last) = EnclosingSection(segmentLines, moneyLine);
        }

        return
        [
            new EvaluationRecord
            {
                Source = new SourceRef(context.FileName, first, last),
                Kind = department ? RecordKinds.DepartmentSelfEval : RecordKinds.ProjectSelfEval,
                Year = SegmentYear(context, segment, segmentLines),
                Project = department ? null : ProjectFromTitle(segment.Title),
                Budget = narrative.Budget,
                Execution = new Execution(narrative.Rate, null, null),
                TotalScoreReported = narrative.TotalScore ?? tableTotal,
                Indicators = indicators,
                Warnings = ["read from report prose: amounts and score are as the text states them", .. warnings],
                Origin = RecordOrigins.Report,
            },
        ];
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
        var text = TextTools.CollapseCjkSpaces(YearPrefix().Replace(title, string.Empty));
        text = ReportSuffix().Replace(text, string.Empty);
        text = TableSuffix().Replace(text, string.Empty);
        return text.Length == 0 ? null : text;
    }

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
