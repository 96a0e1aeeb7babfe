using System.Text;
using Analytics.Etl.Reading;
using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Reading;

public class SourceReaderTests
{
    static SourceReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Read_ReturnsNumberedLines_WhenGb18030WithCrlf()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("项目支出绩效自评表\r\n\r\n项目名称\t医疗保障专项经费\r\n");

        var document = SourceReader.Read("reports/002_d5d65c7f22f61821.txt", bytes);

        Assert.Equal("002_d5d65c7f22f61821.txt", document.FileName);
        Assert.Equal("gb18030", document.EncodingName);
        Assert.True(document.IsReadable);
        Assert.Empty(document.Issues);
        Assert.Equal(3, document.Lines.Count);
        Assert.Equal(3, document.Lines[2].Number);
        Assert.Equal("项目名称\t医疗保障专项经费", document.Lines[2].Text);
    }

    [Fact]
    public void Read_DropsNoncharactersWithAWarning_AndTheSeedStillGivesItsRecords()
    {
        // issue 12: U+FFFE / U+FFFF made Unicode normalization throw, and the whole document was quarantined
        var seed = Directory.EnumerateFiles(Golden.RepositoryPaths.Samples).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(seed);
        var cut = text.IndexOf('\n', text.Length / 3) + 1;
        var damaged = Encoding.UTF8.GetBytes(text[..cut] + "\uFFFE\uFFFF\uFDD0" + text[cut..]);
        var extractor = Analytics.Etl.Extraction.Extractor.CreateDefault();

        var document = SourceReader.Read("damaged.txt", damaged);
        var result = extractor.Extract("damaged.txt", damaged);

        Assert.True(document.IsReadable);
        Assert.All(document.Issues, issue => Assert.Equal(IssueSeverity.Warning, issue.Severity));
        Assert.Single(document.Issues, issue => issue.Message.StartsWith("dropped 3 character(s) that are not text", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Lines, line => line.Text.Contains('\uFFFE', StringComparison.Ordinal));
        Assert.Equal(
            extractor.Extract("damaged.txt", File.ReadAllBytes(seed)).Records.Select(RecordJson.ToJsonLine),
            result.Records.Select(RecordJson.ToJsonLine));
    }

    [Fact]
    public void Read_ReturnsZeroLinesAndWarning_WhenFileIsEmpty()
    {
        var document = SourceReader.Read("empty.txt", []);

        Assert.Empty(document.Lines);
        Assert.True(document.IsReadable);
        var issue = Assert.Single(document.Issues);
        Assert.Equal(new ParseIssue("empty.txt", null, "empty file", IssueSeverity.Warning), issue);
    }

    [Fact]
    public void Read_WarnsButStaysReadable_WhenOnlyWhiteSpace()
    {
        var document = SourceReader.Read("blank.txt", Encoding.UTF8.GetBytes("\r\n\u3000\r\n"));

        Assert.True(document.IsReadable);
        Assert.Equal(2, document.Lines.Count);
        Assert.StartsWith("empty file", Assert.Single(document.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReturnsUnreadableWithError_WhenRandomBytes()
    {
        var bytes = new byte[4096];
        new Random(4096).NextBytes(bytes);

        var document = SourceReader.Read("scan.pdf.txt", bytes);

        Assert.False(document.IsReadable);
        Assert.Empty(document.Lines);
        Assert.Equal("binary?", document.EncodingName);
        var error = Assert.Single(document.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.StartsWith("not a text document: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DropsFoldersFromName_WhenWindowsPath()
    {
        var document = SourceReader.Read(@"C:\reports\金寨县\自评表.txt", Encoding.UTF8.GetBytes("总分\t100"));

        Assert.Equal("自评表.txt", document.FileName);
    }

    [Fact]
    public void Read_ReadsFileFromDisk_WhenPathExists()
    {
        var path = Path.Combine(Path.GetTempPath(), $"source-reader-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "\uFEFF⾦寨县医疗保障局\n项目名称\t医疗保障专项经费\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        try
        {
            var document = SourceReader.Read(path);

            Assert.Equal(Path.GetFileName(path), document.FileName);
            Assert.Equal("utf-8-bom", document.EncodingName);
            Assert.Equal(["⾦寨县医疗保障局", "项目名称\t医疗保障专项经费"], document.Lines.Select(l => l.Text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_Throws_WhenFileIsMissing()
    {
        Assert.Throws<FileNotFoundException>(() => SourceReader.Read(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt")));
    }
}
