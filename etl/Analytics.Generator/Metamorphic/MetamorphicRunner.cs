using System.Collections.Concurrent;
using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;

namespace Analytics.Generator.Metamorphic;

/// <summary>One transformation (or a series of combinations) over the corpus: where it applied and how fields fared.</summary>
public sealed record TransformationReport(string Name, int Documents, int Applied, FieldTally Tally);

/// <summary>
/// The metamorphic relation: records of a document's original text are the baseline (not its gold), and the records
/// of each transformed text must equal them, field by field (<see cref="RecordDiff"/>).
/// </summary>
public sealed class MetamorphicRunner(Extractor extractor, IReadOnlyList<GoldDocument> documents)
{
    private readonly ConcurrentDictionary<string, (string Text, IReadOnlyList<EvaluationRecord> Records)> baselines = new(StringComparer.Ordinal);

    public IReadOnlyList<GoldDocument> Documents => documents;

    public TransformationReport Run(ITextTransformation transformation, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(transformation);
        var results = Parallel(document => Compare(document, transformation, new Random(StableSeed(seed, transformation.Name, document.Name))));
        return Summarize(transformation.Name, results);
    }

    /// <summary>
    /// For each seed and document, <paramref name="size"/> transformations drawn at random (seeded by both) and applied
    /// one after the other; drawn from <paramref name="from"/> when given, else from the whole catalog.
    /// </summary>
    public TransformationReport RunCombinations(IReadOnlyList<int> seeds, int size, IReadOnlyList<ITextTransformation>? from = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var results = seeds.SelectMany(seed => Parallel(document =>
        {
            var rng = new Random(StableSeed(seed, "combination", document.Name));
            return Compare(document, Catalog.Draw(rng, size, from), rng);
        })).ToList();
        return Summarize($"combinations of {size} (seeds {string.Join(',', seeds)})", results);
    }

    /// <summary>The transformed text of a document, as the runner makes it (for tests and for looking at a case).</summary>
    public string Transform(GoldDocument document, ITextTransformation transformation, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(transformation);
        return transformation.Apply(Baseline(document).Text, new Random(StableSeed(seed, transformation.Name, document.Name)));
    }

    private (bool Applied, FieldTally Tally) Compare(GoldDocument document, ITextTransformation transformation, Random rng)
    {
        var (text, original) = Baseline(document);
        var transformed = transformation.Apply(text, rng);
        if (ReferenceEquals(transformed, text) || transformed == text)
        {
            return (false, FieldTally.Empty);
        }

        var records = Extract(document, transformed);
        var tally = RecordDiff.Compare(document.Name, original, records);
        return (true, transformation is Combination ? tally with { Differences = [.. tally.Differences.Select(change => change with { Record = $"[{transformation.Name}] {change.Record}" })] } : tally);
    }

    private (string Text, IReadOnlyList<EvaluationRecord> Records) Baseline(GoldDocument document) =>
        baselines.GetOrAdd(document.Name, _ =>
        {
            var text = document.Text;
            return (text, Extract(document, text));
        });

    private IReadOnlyList<EvaluationRecord> Extract(GoldDocument document, string text) =>
        extractor.Extract(Path.GetFileName(document.Path), Encoding.UTF8.GetBytes(text)).Records;

    private List<(bool Applied, FieldTally Tally)> Parallel(Func<GoldDocument, (bool, FieldTally)> compare) =>
        [.. documents.AsParallel().AsOrdered().Select(compare)];

    private TransformationReport Summarize(string name, List<(bool Applied, FieldTally Tally)> results) =>
        new(name, results.Count, results.Count(result => result.Applied), results.Aggregate(FieldTally.Empty, (sum, result) => sum.Add(result.Tally)));

    /// <summary>A seed that is the same in every process (string.GetHashCode is not).</summary>
    internal static int StableSeed(int seed, string transformation, string document)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in transformation + "\u0001" + document)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
