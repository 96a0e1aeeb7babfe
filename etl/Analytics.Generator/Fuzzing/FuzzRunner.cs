using System.Collections.Concurrent;
using System.Diagnostics;
using Analytics.Etl.Extraction;

namespace Analytics.Generator.Fuzzing;

/// <summary>What became of one mutant.</summary>
public enum FuzzOutcome
{
    /// <summary>Records came out.</summary>
    Records,

    /// <summary>Refused with a reason (the expected end of most mutants).</summary>
    Quarantined,

    /// <summary>The worker process died: a finding.</summary>
    Crashed,

    /// <summary>Past the time limit, the worker killed: a finding.</summary>
    TimedOut,

    /// <summary>An exception escaped a parser and was caught as "parser failed": a finding.</summary>
    ParserFailed,
}

/// <summary>The run's figures; findings are the mutants kept for a look and for the regression corpus.</summary>
public sealed record FuzzReport(
    int Seed,
    int Documents,
    TimeSpan Elapsed,
    IReadOnlyDictionary<FuzzOutcome, int> Outcomes,
    IReadOnlyDictionary<string, int> Mutations,
    IReadOnlyList<FuzzFinding> Findings,
    long PeakWorkerBytes,
    int WorkersStarted);

public sealed record FuzzFinding(int Index, string Original, string Mutations, FuzzOutcome Outcome, string Reason, string? SavedAs);

/// <summary>
/// A seeded mutation fuzzer over every fixture: each mutant is one to three mutations of one document, read by the
/// extractor the hosts use (worker processes, killed at the limit). The same seed gives the same mutants in the same
/// order, so a finding can be made again from its index.
/// </summary>
public sealed class FuzzRunner(IDocumentExtractor extractor, IReadOnlyList<string> corpus)
{
    public FuzzReport Run(int seed, int count, int parallelism, string? findingsFolder, IProgress<string>? progress = null)
    {
        var originals = corpus.Select(path => (Path: path, Bytes: File.ReadAllBytes(path))).ToList();
        var outcomes = new ConcurrentDictionary<FuzzOutcome, int>();
        var mutationCounts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var findings = new ConcurrentBag<FuzzFinding>();
        var done = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, index =>
        {
            var (name, bytes, applied) = Mutant(seed, index, originals);
            var result = extractor.Extract(name, bytes);
            var outcome = Classify(result);
            outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            foreach (var mutation in applied)
            {
                mutationCounts.AddOrUpdate(mutation, 1, (_, n) => n + 1);
            }

            if (outcome is FuzzOutcome.Crashed or FuzzOutcome.TimedOut or FuzzOutcome.ParserFailed)
            {
                string? saved = null;
                if (findingsFolder is not null)
                {
                    Directory.CreateDirectory(findingsFolder);
                    saved = Path.Combine(findingsFolder, $"{seed}-{index:D6}-{outcome}{Path.GetExtension(name)}");
                    File.WriteAllBytes(saved, bytes);
                }

                findings.Add(new FuzzFinding(index, Path.GetFileName(name), string.Join("+", applied), outcome, result.QuarantineReason ?? string.Empty, saved));
            }

            var now = Interlocked.Increment(ref done);
            if (now % 1000 == 0)
            {
                // the running figures, so a run stopped early still says what it saw
                progress?.Report($"{now}/{count} in {clock.Elapsed.TotalSeconds:0} s; "
                    + string.Join(", ", Enum.GetValues<FuzzOutcome>().Select(kind => $"{kind} {outcomes.GetValueOrDefault(kind)}"))
                    + $"; findings {findings.Count}");
            }
        });

        return new FuzzReport(
            seed,
            count,
            clock.Elapsed,
            outcomes.ToDictionary(),
            mutationCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
            [.. findings.OrderBy(finding => finding.Index)],
            (extractor as Etl.Isolation.IsolatedExtractor)?.PeakWorkerBytes ?? 0,
            (extractor as Etl.Isolation.IsolatedExtractor)?.WorkersStarted ?? 0);
    }

    /// <summary>Mutant <paramref name="index"/> of a seed: its own random stream, so it does not depend on thread timing.</summary>
    public static (string Name, byte[] Bytes, IReadOnlyList<string> Mutations) Mutant(int seed, int index, IReadOnlyList<(string Path, byte[] Bytes)> originals)
    {
        ArgumentNullException.ThrowIfNull(originals);
        var random = new Random(HashCode.Combine(seed, index));
        var (path, bytes) = originals[random.Next(originals.Count)];
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var candidates = Mutations.For(extension);
        var applied = new List<string>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var mutation = candidates[random.Next(candidates.Count)];
            bytes = mutation.Apply(random, bytes);
            applied.Add(mutation.Name);
        }

        return ($"fuzz-{index}{extension}", bytes, applied);
    }

    public static FuzzOutcome Classify(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reason = result.QuarantineReason;
        return reason switch
        {
            null => FuzzOutcome.Records,
            _ when reason.StartsWith("the reader crashed", StringComparison.Ordinal) || reason.StartsWith("the extraction worker could not be started", StringComparison.Ordinal) => FuzzOutcome.Crashed,
            _ when reason.StartsWith("reading took longer", StringComparison.Ordinal) => FuzzOutcome.TimedOut,
            _ when reason.StartsWith("parser failed", StringComparison.Ordinal) => FuzzOutcome.ParserFailed,
            _ => FuzzOutcome.Quarantined,
        };
    }

    /// <summary>The fixtures mutated: seeds, layout and twin fixtures, the formats (PDF, DOCX, XLSX) and the fuzz corpus.</summary>
    public static IReadOnlyList<string> Corpus(string repositoryRoot)
    {
        string[] folders = ["samples/reports", "tests/fixtures/layouts", "tests/fixtures/twins", "tests/fixtures/unseen/reports", "tests/fixtures/formats", "tests/fixtures/fuzz"];
        return [.. folders
            .Select(folder => Path.Combine(repositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => Path.GetExtension(path) is ".txt" or ".pdf" or ".docx" or ".xlsx")
            .Order(StringComparer.Ordinal)];
    }
}
