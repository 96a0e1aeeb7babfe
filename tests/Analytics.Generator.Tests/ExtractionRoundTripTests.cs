using System.Globalization;
using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Scoring;
using Analytics.Generator.Content;
using Xunit.Abstractions;

namespace Analytics.Generator.Tests;

/// <summary>
/// Every generated document, read back by the extractor, gives its own truth: scored as the contract's reference
/// scorer scores the seeds (field accuracy ≥ 0.99 over the corpus, every truth record found).
/// </summary>
public class ExtractionRoundTripTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.99;

    /// <summary>Five counties per family, three years, defects in a third of the records: a few hundred documents.</summary>
    private static readonly CorpusOptions Corpus = new()
    {
        Seed = 20240601,
        Counties = 35,
        Years = [2021, 2022, 2023],
        ProjectsPerCounty = 3,
        DefectRate = 0.35,
    };

    [Fact]
    public void Extract_GivesBackTheTruth_WhenReadingAGeneratedCorpus()
    {
        var documents = CorpusGenerator.Plan(Corpus).ToList();
        var extractor = Extractor.CreateDefault();
        var gold = new List<OrderedDictionary<string, object?>>();
        var got = new List<OrderedDictionary<string, object?>>();
        var lineMismatches = new List<string>();
        foreach (var document in documents)
        {
            var result = extractor.Extract(document.FileName, Encoding.UTF8.GetBytes(document.Text));
            var truth = RecordComparer.FromRecords(document.Truth);
            var records = RecordComparer.FromRecords(result.Records);
            gold.AddRange(truth);
            got.AddRange(records);
            foreach (var (expected, actual) in RecordComparer.Compare(truth, records).Matches)
            {
                if (!Same(expected, actual, "source.first_line") || !Same(expected, actual, "source.last_line"))
                {
                    lineMismatches.Add($"{document.FileName} {RecordComparer.Get(expected, "kind")} {RecordComparer.Get(expected, "project")}: lines "
                        + $"{RecordComparer.Get(expected, "source.first_line")}-{RecordComparer.Get(expected, "source.last_line")} got "
                        + $"{RecordComparer.Get(actual, "source.first_line")}-{RecordComparer.Get(actual, "source.last_line")}");
                }
            }
        }

        var comparison = RecordComparer.Compare(gold, got);
        output.WriteLine($"{documents.Count} documents; {comparison.Summary}; {lineMismatches.Count} line range(s) differ");
        foreach (var line in comparison.Mismatches.Concat(lineMismatches).Take(300))
        {
            output.WriteLine(line);
        }

        // the corpus covers every family and every defect kind
        Assert.Equal(CorpusGenerator.LayoutFamilies.Order(StringComparer.Ordinal), documents.Select(document => document.Layout).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<DefectKind>().Order(), documents.SelectMany(document => document.Defects).OfType<DefectKind>().Distinct().Order());
        Assert.InRange(documents.Count, 200, 1000);

        Assert.Equal(comparison.GoldRecords, comparison.MatchedRecords);
        Assert.True(comparison.Accuracy >= RequiredAccuracy, $"field accuracy {comparison.Accuracy.ToString("0.0000", CultureInfo.InvariantCulture)} is below {RequiredAccuracy}");
        Assert.True(lineMismatches.Count <= gold.Count / 100, $"{lineMismatches.Count} of {gold.Count} records cite other lines than their truth");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Extract_FindsEveryTruthRecord_WhenReadingOneFamily(string family)
    {
        var options = Corpus with { Counties = 6, Layouts = [family], Seed = 7 };
        var extractor = Extractor.CreateDefault();
        var gold = new List<OrderedDictionary<string, object?>>();
        var got = new List<OrderedDictionary<string, object?>>();
        foreach (var document in CorpusGenerator.Generate(options))
        {
            gold.AddRange(RecordComparer.FromRecords(document.Truth));
            got.AddRange(RecordComparer.FromRecords(extractor.Extract(document.FileName, Encoding.UTF8.GetBytes(document.Text)).Records));
        }

        var comparison = RecordComparer.Compare(gold, got);
        output.WriteLine($"{family}: {comparison.Summary}");
        comparison.Mismatches.Take(100).ToList().ForEach(output.WriteLine);

        // field accuracy is asserted over the whole corpus: a family may carry a known parser gap (listed in the output)
        Assert.True(comparison.GoldRecords > 0);
        Assert.Equal(comparison.GoldRecords, comparison.MatchedRecords);
        Assert.Equal(0, comparison.ExtraRecords);
    }

    [Fact]
    public void ExtractFiles_GiveBackTheTruth_WhenTheCorpusIsWrittenInEveryFormat()
    {
        // what the accuracy command does on `generate --formats txt,docx,xlsx,pdf` (PDF printed by Chromium)
        var folder = Path.Combine(Path.GetTempPath(), "formats-corpus-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var summary = CorpusWriter.Write(Corpus with { Counties = 14, Years = [2022], Seed = 11, Formats = CorpusWriter.Formats }, folder);
            var extractor = Extractor.CreateDefault();
            var gold = new List<OrderedDictionary<string, object?>>();
            var got = new List<OrderedDictionary<string, object?>>();
            foreach (var report in Directory.GetFiles(Path.Combine(folder, "reports")).Order(StringComparer.Ordinal))
            {
                gold.AddRange(RecordComparer.LoadJsonl(Path.Combine(folder, "truth", Path.GetFileNameWithoutExtension(report) + ".jsonl")));
                got.AddRange(RecordComparer.FromRecords(extractor.ExtractFile(report).Records));
            }

            var comparison = RecordComparer.Compare(gold, got);
            output.WriteLine($"{summary.Documents} documents ({string.Join(", ", summary.DocumentsByFormat)}); {comparison.Summary}");
            comparison.Mismatches.Take(100).ToList().ForEach(output.WriteLine);

            Assert.Equal(CorpusWriter.Formats.Order(StringComparer.Ordinal), summary.DocumentsByFormat.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(CorpusGenerator.LayoutFamilies.Order(StringComparer.Ordinal), summary.DocumentsByLayout.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(comparison.GoldRecords, comparison.MatchedRecords);
            Assert.True(comparison.Accuracy >= RequiredAccuracy, $"field accuracy {comparison.Accuracy.ToString("0.0000", CultureInfo.InvariantCulture)} is below {RequiredAccuracy}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string> Families() => [.. CorpusGenerator.LayoutFamilies];

    private static bool Same(OrderedDictionary<string, object?> expected, OrderedDictionary<string, object?> actual, string field) =>
        Equals(RecordComparer.Get(expected, field), RecordComparer.Get(actual, field));
}
