using Analytics.Etl.Extraction;
using Analytics.Etl.Reading;
using Analytics.Etl.Scoring;
using Analytics.Etl.Tests.Golden;
using Xunit.Abstractions;

namespace Analytics.Etl.Tests.Reading.Office;

/// <summary>
/// The seed reports rendered as .docx and .xlsx (tests/fixtures/formats, made by the render command) against the same
/// gold as the text seeds: reading Office files must not cost accuracy.
/// </summary>
public class OfficeSeedTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.99;

    public static TheoryData<string, string> Seeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var stem in Directory.GetFiles(RepositoryPaths.Gold, "*.jsonl").Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal))
        {
            data.Add("docx", stem);
            data.Add("xlsx", stem);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ExtractFile_MatchesGold_WhenSeedIsOfficeFile(string format, string stem)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "formats", format, $"{stem}.{format}");
        Assert.True(File.Exists(path), $"{path} is missing: render it with `render samples/reports --format {format}`");
        var gold = RecordComparer.LoadJsonl(Path.Combine(RepositoryPaths.Gold, stem + ".jsonl"));

        var extraction = Extractor.CreateDefault().ExtractFile(path);
        var result = RecordComparer.Compare(gold, RecordComparer.FromRecords(extraction.Records));

        output.WriteLine($"{format} {stem}: {result.Summary}");
        result.Mismatches.ToList().ForEach(output.WriteLine);
        Assert.True(result.GoldRecords > 0, $"{stem}: the gold file holds no record");
        Assert.True(result.MatchedRecords == result.GoldRecords, $"{format} {stem}: {result.GoldRecords - result.MatchedRecords} gold record(s) not found");
        Assert.True(result.Accuracy >= RequiredAccuracy, $"{format} {stem}: field accuracy {result.Accuracy:0.0000} is below {RequiredAccuracy}");
        if (format == "xlsx")
        {
            // one sheet per rendered report: every record cites sheet 1
            Assert.All(extraction.Records, record => Assert.Equal(1, record.Source.FirstPage));
        }
    }

    [Fact]
    public void Read_GivesTheTextSeedsLines_WhenDocxSeedIsRead()
    {
        // the DOCX writer keeps every line, so reading gives the text back (trailing tabs of spanned cells aside)
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Samples, "*.txt"))
        {
            var text = SourceReader.Read(seed).Lines.Select(line => line.Text.TrimEnd('\t')).ToList();
            var docx = SourceReader.Read(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "formats", "docx", Path.GetFileNameWithoutExtension(seed) + ".docx"));

            Assert.Equal(text, docx.Lines.Select(line => line.Text.TrimEnd('\t')));
        }
    }
}
