using Analytics.Etl.Extraction;
using Analytics.Etl.Reading;
using Analytics.Etl.Scoring;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Reading.Pdf;

/// <summary>
/// Content that looks like running marks stays: content_like_marks.pdf (printed from the .txt beside it by the render
/// command) ends page 1 with a summary table's 序号 "1" just above the "— 1 —" footer, and its unit's name heads
/// both page 1 and, below the running title, page 2.
/// </summary>
public sealed class RunningMarksTests
{
    private static string Fixture(string extension) =>
        Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "formats", "pdf", "content_like_marks" + extension);

    [Fact]
    public void Read_KeepsANumberAboveTheFooter_AndANameRepeatedOnTwoPages()
    {
        var lines = SourceReader.Read(Fixture(".pdf")).Lines.Where(line => !line.IsBlank).ToList();

        Assert.Equal("兴宁区医疗保障局", lines[0].Text);
        var rowStart = lines.FindIndex(line => line.Text == "自评等级") + 1;
        Assert.Equal(["1", "兴宁区医疗保障局", "医保基金监管工作经费"], lines.Skip(rowStart).Take(3).Select(line => line.Text));
        Assert.Equal((1, 2), (lines[rowStart].Page ?? 0, lines[rowStart + 1].Page ?? 0));
        Assert.DoesNotContain(lines, line => line.Text.Contains('—', StringComparison.Ordinal) || line.Text == "content_like_marks");
    }

    [Fact]
    public void ExtractFile_GivesTheTextsRecords_WhenPrinted()
    {
        var extractor = Extractor.CreateDefault();
        var text = RecordComparer.FromRecords(extractor.ExtractFile(Fixture(".txt")).Records);
        var printed = RecordComparer.FromRecords(extractor.ExtractFile(Fixture(".pdf")).Records);

        var result = RecordComparer.Compare(text, printed);

        Assert.Equal(4, result.GoldRecords);
        Assert.Equal((4, 0), (result.MatchedRecords, result.ExtraRecords));
        Assert.Equal(1.0, result.Accuracy);
    }
}
