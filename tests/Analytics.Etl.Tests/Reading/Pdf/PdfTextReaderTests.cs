using Analytics.Etl.Extraction;
using Analytics.Etl.Reading;
using Analytics.Etl.Reading.Formats;
using Analytics.Etl.Reading.Pdf;
using Analytics.Etl.Records;
using Analytics.Etl.Scoring;
using Analytics.Etl.Tests.Golden;
using Xunit.Abstractions;

namespace Analytics.Etl.Tests.Reading.Pdf;

/// <summary>The seed reports printed to PDF (tests/fixtures/formats/pdf, made by the render command) read back to their gold.</summary>
public class PdfTextReaderTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.99;

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "formats", "pdf");

    public static TheoryData<string> SeedStems() => [.. Stems()];

    private static List<string> Stems() =>
        [.. Directory.GetFiles(RepositoryPaths.Gold, "*.jsonl").Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedStems))]
    public void ExtractFile_MatchesGold_WhenSeedIsReadFromPdf(string stem)
    {
        var path = Path.Combine(Folder, stem + ".pdf");
        Assert.True(File.Exists(path), $"missing fixture {path}");
        var gold = RecordComparer.LoadJsonl(Path.Combine(RepositoryPaths.Gold, stem + ".jsonl"));

        var extraction = Extractor.CreateDefault().ExtractFile(path);
        var result = RecordComparer.Compare(gold, RecordComparer.FromRecords(extraction.Records));
        output.WriteLine(result.Summary);
        result.Mismatches.ToList().ForEach(output.WriteLine);

        Assert.True(extraction.IsReadable, extraction.QuarantineReason);
        Assert.True(result.MatchedRecords == result.GoldRecords, $"{stem}: {result.GoldRecords - result.MatchedRecords} gold record(s) not found");
        Assert.True(result.Accuracy >= RequiredAccuracy, $"{stem}: field accuracy {result.Accuracy:0.0000} is below {RequiredAccuracy}");
        Assert.All(extraction.Records, record =>
        {
            Assert.NotNull(record.Source.FirstPage);
            Assert.NotNull(record.Source.LastPage);
            Assert.InRange(record.Source.FirstPage!.Value, 1, record.Source.LastPage!.Value);
        });
    }

    [Theory]
    [MemberData(nameof(SeedStems))]
    public void Read_LeavesNoPageNumberOrRunningHeader_WhenSeedIsReadFromPdf(string stem)
    {
        var document = SourceReader.Read(Path.Combine(Folder, stem + ".pdf"));

        Assert.True(document.IsReadable);
        Assert.All(document.Lines, line => Assert.NotNull(line.Page));
        Assert.DoesNotContain(document.Lines, line => line.Text.Trim() == stem);
        Assert.DoesNotContain(document.Lines, line => line.Text.Contains('—', StringComparison.Ordinal)
            && RunningMarks.IsPageNumber(line.Text) && !line.Text.Contains('\t', StringComparison.Ordinal));
        Assert.True(document.Lines.Max(line => line.Page) > 1, "the seed PDFs have several pages");
    }

    [Fact]
    public void Read_JoinsTableWithoutRepeatedHeader_WhenTableSplitsAcrossPages()
    {
        var document = SourceReader.Read(Path.Combine(Folder, "split_table.pdf"));
        var lines = document.Lines.Select(line => line.Text).ToList();

        const string Header = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分";
        Assert.Single(lines, line => line == Header);
        var first = lines.IndexOf(Header) + 1;
        var rows = lines.Skip(first).Take(60).ToList();
        for (var number = 1; number <= 60; number++)
        {
            Assert.StartsWith($"产出指标\t数量指标\t指标 {number}: 第{number}项工作完成数量\t≥{number * 10}次\t", rows[number - 1], StringComparison.Ordinal);
        }

        var pages = document.Lines.Skip(first).Take(60).Select(line => line.Page).Distinct().ToList();
        Assert.Equal([1, 2], pages);
        Assert.DoesNotContain(lines, line => line.Contains("split_table", StringComparison.Ordinal) || line.Contains("— 1 —", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuarantinesAsNeedsOcr_WhenPdfIsAScan()
    {
        var result = Extractor.CreateDefault().ExtractFile(Path.Combine(Folder, "scan_image_only.pdf"));

        Assert.False(result.IsReadable);
        Assert.Empty(result.Records);
        Assert.StartsWith("needs OCR", result.QuarantineReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GivesAnErrorIssue_WhenPdfIsTruncated()
    {
        var result = Extractor.CreateDefault().ExtractFile(Path.Combine(Folder, "truncated.pdf"));

        Assert.False(result.IsReadable);
        Assert.Contains(result.Issues, issue => issue.Severity == IssueSeverity.Error && issue.Message.StartsWith("cannot read PDF", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Fails_WhenPdfHasMorePagesThanTheLimit()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "split_table.pdf"));

        var outcome = PdfTextReader.Read(bytes, ReaderLimits.Default with { MaxPages = 1 });

        Assert.NotNull(outcome.Error);
        Assert.Contains("more than the limit of 1", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GivesAReason_WhenBytesAreGarbageAfterThePdfHeader()
    {
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Range(0, 4000).Select(index => (byte)(index * 37 % 251))).ToArray();

        var outcome = PdfTextReader.Read(bytes, ReaderLimits.Default);

        Assert.NotNull(outcome.Error);
        Assert.StartsWith("cannot read PDF", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("— 12 —", true)]
    [InlineData("- 3 -", true)]
    [InlineData("第 3 页", true)]
    [InlineData("第3页 共9页", true)]
    [InlineData("3/9", true)]
    [InlineData("17", true)]
    [InlineData("总分 100", false)]
    [InlineData("2021 年 4 月 15 日", false)]
    public void IsPageNumber_TellsPageMarksFromText(string text, bool expected) => Assert.Equal(expected, RunningMarks.IsPageNumber(text));
}
