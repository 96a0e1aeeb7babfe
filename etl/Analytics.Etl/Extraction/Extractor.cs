using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;
using Analytics.Etl.Reading;
using Analytics.Etl.Reading.Formats;
using Analytics.Etl.Records;
using Analytics.Etl.Units;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The extraction pipeline for one document: read → normalize → segment → parse each segment → resolve units.
/// Each step is small and pure; a document that cannot be read or parsed gives issues, not exceptions.
/// </summary>
public sealed partial class Extractor(CountyCatalog counties, ExtractorOptions? options = null) : IDocumentExtractor
{
    private readonly ExtractorOptions options = options ?? ExtractorOptions.Default;

    public static Extractor CreateDefault() => new(CountyCatalog.Default);

    public ExtractionResult ExtractFile(string path)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxFileBytes)
            {
                return Failed(fileName, $"file is {info.Length / 1024 / 1024} MB, above the {options.MaxFileBytes / 1024 / 1024} MB limit");
            }

            return Extract(fileName, File.ReadAllBytes(path));
        }
        catch (IOException error)
        {
            return Failed(fileName, $"cannot read file: {error.Message}");
        }
        catch (UnauthorizedAccessException error)
        {
            return Failed(fileName, $"cannot read file: {error.Message}");
        }
    }

    /// <summary>
    /// Reads and extracts one document within <see cref="ExtractorOptions.TimeLimit"/>: a document that takes longer is
    /// given up (quarantined with the reason) so one pathological file never stalls a batch.
    /// </summary>
    public ExtractionResult Extract(string fileName, byte[] bytes)
    {
        var work = Task.Run(() => ExtractNow(fileName, bytes));
        if (work.Wait(options.TimeLimit))
        {
            return work.Result;
        }

        // the abandoned work finishes (or not) on its own thread; the batch goes on without it
        return Failed(SourceReader.FileNameOnly(fileName), $"reading took longer than the {options.TimeLimit.TotalSeconds:0.###} s limit for one document");
    }

    /// <summary>
    /// Reads and extracts one document on the calling thread with no time limit: for a worker process whose parent
    /// stops it at the limit (<see cref="Isolation.ExtractionWorker"/>), where abandoning a thread would leave it running.
    /// </summary>
    public ExtractionResult ExtractOnThisThread(string fileName, byte[] bytes) => ExtractNow(fileName, bytes);

    private ExtractionResult ExtractNow(string fileName, byte[] bytes)
    {
        var document = SourceReader.Read(fileName, bytes, options.Limits);
        if (!document.IsReadable)
        {
            return new ExtractionResult(fileName, [], document.Issues);
        }

        return Extract(document);
    }

    public ExtractionResult Extract(SourceDocument document)
    {
        var issues = new List<ParseIssue>(document.Issues);
        try
        {
            // words are matched on simplified characters; records keep the document's own
            var normalized = TextNormalizer.Default.Normalize(document.Lines);
            var (lines, folded) = Reflowed(normalized, ScriptFolding.Fold(normalized));
            var read = ExtractRecords(document.FileName, folded, issues);
            if (!ReferenceEquals(folded, lines))
            {
                read = ScriptFolding.Restore(read, lines, folded);
            }

            var units = new StatedMoneyUnit.Document(folded);
            var checkedRecords = WithPages(read, document.Lines).Select(GluedHeadings.Apply).Select(RecordChecks.Apply)
                .Select(record => StatedMoneyUnit.Apply(record, units)).ToList();
            var records = WithoutRepeats(checkedRecords.Where(RecordChecks.HasSubstance).ToList());
            foreach (var fragment in checkedRecords.Where(record => !RecordChecks.HasSubstance(record)))
            {
                issues.Add(new ParseIssue(document.FileName, fragment.Source.FirstLine,
                    $"lines {fragment.Source.FirstLine}–{fragment.Source.LastLine}: a part of a table with no project, money or indicators; not a record", IssueSeverity.Warning));
            }

            if (records.Count == 0 && issues.All(issue => issue.Severity != IssueSeverity.Error))
            {
                // a form whose labels were found but not read is told apart from a document that holds none
                var notRead = issues.FirstOrDefault(issue => issue.Message.StartsWith(NotReadPrefix, StringComparison.Ordinal));
                issues.Add(new ParseIssue(document.FileName, notRead?.Line, notRead?.Message ?? "no self-evaluation table, summary, final accounts or report found", IssueSeverity.Error));
            }

            return new ExtractionResult(document.FileName, records, issues);
        }
#pragma warning disable CA1031 // a parser bug on one document must not stop a batch: it becomes that document's quarantine reason
        catch (Exception error)
#pragma warning restore CA1031
        {
            issues.Add(new ParseIssue(document.FileName, null, $"parser failed: {error.GetType().Name}: {error.Message}", IssueSeverity.Error));
            return new ExtractionResult(document.FileName, [], issues);
        }
    }

    /// <summary>
    /// A table flattened onto one line is put back into rows first, so every later step sees rows. Its labels are read on
    /// the simplified copy; a line it splits is split the same way in the text as written, which then keeps those rows
    /// in simplified characters (a traditional-script table flattened onto one line is rare).
    /// </summary>
    private static (IReadOnlyList<SourceLine> Lines, IReadOnlyList<SourceLine> Folded) Reflowed(IReadOnlyList<SourceLine> lines, IReadOnlyList<SourceLine> folded)
    {
        var reflowedFolded = FlattenedTables.Reflow(folded);
        if (ReferenceEquals(reflowedFolded, folded))
        {
            return (lines, folded);
        }

        if (ReferenceEquals(folded, lines))
        {
            return (reflowedFolded, reflowedFolded);
        }

        var split = reflowedFolded.GroupBy(line => line.Number).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        var original = lines.ToDictionary(line => line.Number);
        return ([.. reflowedFolded.Select(line => split.Contains(line.Number) ? line : original[line.Number])], reflowedFolded);
    }

    /// <summary>PDF and XLSX lines carry their page or sheet: a record's provenance names the pages its lines span.</summary>
    private static List<EvaluationRecord> WithPages(List<EvaluationRecord> records, IReadOnlyList<SourceLine> lines)
    {
        if (records.Count == 0 || !lines.Any(line => line.Page is not null))
        {
            return records;
        }

        var pages = lines.ToDictionary(line => line.Number, line => line.Page);
        return [.. records.Select(record => record with
        {
            Source = record.Source with
            {
                FirstPage = pages.GetValueOrDefault(record.Source.FirstLine),
                LastPage = pages.GetValueOrDefault(record.Source.LastLine),
            },
        })];
    }

    /// <summary>
    /// "象州县林业局2019年育林基金减征项目支出绩效自评报告.docx_第1页" above the report of that title: a document-sharing
    /// page names its report again and again, and a title split over lines reads as two. A record that states nothing
    /// but who, which project and when, where another record of the document states the same, is that record again.
    /// </summary>
    private static List<EvaluationRecord> WithoutRepeats(List<EvaluationRecord> records)
    {
        if (records.Count < 2)
        {
            return records;
        }

        static bool NamesOnly(EvaluationRecord record) =>
            record.Budget == new Budget(null, null, null) && record.Execution == new Execution(null, null, null)
            && record.TotalScoreReported is null && record.Indicators.Count == 0 && record.FinalAccounts is null;

        static bool Same(EvaluationRecord one, EvaluationRecord other) =>
            one.Kind == other.Kind && one.Year == other.Year && one.Unit.Name == other.Unit.Name && one.Project == other.Project;

        var kept = new List<EvaluationRecord>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var repeated = NamesOnly(record) && records.Where((other, j) => j != i && Same(record, other)).Any(other => !NamesOnly(other) || records.IndexOf(other) < i);
            if (!repeated)
            {
                kept.Add(record);
            }
        }

        return kept;
    }

    internal const string NotReadPrefix = "self-evaluation found, not read";

    private static ExtractionResult Failed(string fileName, string reason) =>
        new(fileName, [], [new ParseIssue(fileName, null, reason, IssueSeverity.Error)]);
}

/// <summary>Limits that keep one bad document from hurting a batch.</summary>
public sealed record ExtractorOptions
{
    public static ExtractorOptions Default { get; } = new();

    /// <summary>Reports are small; anything far above this is not a report.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Reading and parsing one document; real reports take well under a second.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The managed heap of one worker process (<see cref="Isolation.IsolatedExtractor"/>); a document that needs more is
    /// quarantined, the batch goes on. Real reports need well under 200 MB.
    /// </summary>
    public long WorkerMemoryBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Limits for PDF, DOCX and XLSX (zip bombs, page and cell counts).</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;
}
