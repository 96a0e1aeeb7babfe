using Analytics.Etl.Extraction;
using Analytics.Etl.Scoring;
using Analytics.Etl.Tests.Golden;
using Xunit.Abstractions;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>Reports written by someone who had not seen the parser (tests/fixtures/unseen), scored like the seeds.</summary>
public sealed class UnseenReportTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "unseen");

    [Fact]
    public void Extract_ReachesGoldAccuracy_OnReportsTheParserWasNotTunedTo()
    {
        var extractor = Extractor.CreateDefault();
        var records = Directory.EnumerateFiles(Path.Combine(Folder, "reports"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => extractor.ExtractFile(file).Records)
            .ToList();

        var comparison = RecordComparer.Compare(RecordComparer.LoadGold(Path.Combine(Folder, "expected")), RecordComparer.FromRecords(records));

        foreach (var mismatch in comparison.Mismatches)
        {
            output.WriteLine(mismatch);
        }

        output.WriteLine(comparison.Summary);
        Assert.Equal(comparison.GoldRecords, comparison.MatchedRecords);
        Assert.Equal(0, comparison.ExtraRecords);
        Assert.True(comparison.Accuracy >= 0.99, comparison.Summary);
    }
}
