using System.Diagnostics;
using System.Text;
using Analytics.Etl.Reading;
using Analytics.Etl.Reading.Formats;
using Analytics.Etl.Reading.Office;
using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Reading.Office;

public class OfficeReaderTests
{
    [Fact]
    public void Read_ExpandsGridSpanAndVMerge_WhenDocxTableHasMergedCells()
    {
        var (format, outcome) = OfficeReader.Read(OfficeFixtures.MergedDocx(), ReaderLimits.Default);

        Assert.Equal("docx", format);
        Assert.Null(outcome.Error);
        Assert.Equal(OfficeFixtures.MergedDocxLines, outcome.Lines.Select(line => line.Text));
        Assert.All(outcome.Lines, line => Assert.Null(line.Page));
    }

    [Fact]
    public void Read_GivesValuesTablesAndSheets_WhenXlsxHasFormatsMergesAndTwoSheets()
    {
        var (format, outcome) = OfficeReader.Read(OfficeFixtures.TwoTableXlsx(), ReaderLimits.Default);

        Assert.Equal("xlsx", format);
        Assert.Null(outcome.Error);
        Assert.Equal(OfficeFixtures.TwoTableXlsxLines, outcome.Lines.Select(line => (line.Text, line.Page ?? 0)));
    }

    [Fact]
    public void Read_NumbersLinesWithSheetAsPage_WhenXlsxGoesThroughSourceReader()
    {
        var document = SourceReader.Read("workbook.xlsx", OfficeFixtures.TwoTableXlsx());

        Assert.True(document.IsReadable);
        Assert.Equal("xlsx", document.EncodingName);
        Assert.Equal(Enumerable.Range(1, document.Lines.Count), document.Lines.Select(line => line.Number));
        Assert.Equal(2, document.Lines[^1].Page);
        Assert.Equal("第二张表\t42", document.Lines[^1].Text);
        Assert.DoesNotContain(document.Lines, line => line.Text.Contains("附表", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FailsWithZipBomb_WhenMoreEntriesThanLimit()
    {
        var parts = Enumerable.Range(0, 20).Select(index => ($"word/part{index}.xml", new byte[] { 1 })).ToArray();

        AssertRefused(OfficeFixtures.Zip(parts), ReaderLimits.Default with { MaxZipEntries = 10 }, "zip bomb: 20 parts");
    }

    [Fact]
    public void Read_FailsWithZipBomb_WhenDeclaredSizesPassLimit()
    {
        var bytes = OfficeFixtures.Zip(("word/document.xml", new byte[300_000]), ("word/styles.xml", new byte[300_000]));

        AssertRefused(bytes, ReaderLimits.Default with { MaxUncompressedBytes = 500_000 }, "zip bomb: the parts declare more than");
    }

    [Fact]
    public void Read_FailsWithZipBomb_WhenOnePartIsCompressedTooWell()
    {
        // 20 MB of zeros deflate to about 20 KB: a ratio near 1000:1
        AssertRefused(OfficeFixtures.Zip(("word/document.xml", new byte[20_000_000])), ReaderLimits.Default, "zip bomb: part word/document.xml is compressed");
    }

    [Fact]
    public void Read_StopsAtDeclaredSizeOrLimit_WhenHeadersUnderstateSizes()
    {
        // .NET's ZipArchive stops inflating at the declared size (checked here), and the capped copy in ZipGuard would
        // stop at the limit if it did not: either way the 3 MB never get past a 1 MB budget
        var bytes = OfficeFixtures.LyingZip(actual: 3_000_000, declared: 1000);
        using (var archive = new System.IO.Compression.ZipArchive(new MemoryStream(bytes)))
        using (var part = archive.Entries[0].Open())
        {
            Assert.Equal(1000, ReadAll(part));
        }

        var document = AssertRefused(bytes, ReaderLimits.Default with { MaxUncompressedBytes = 1_000_000 }, "cannot read DOCX: ");
        Assert.Equal("docx", document.EncodingName);
    }

    [Fact]
    public void Read_FailsAsCorrupt_WhenZipIsDamaged()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes);

        AssertRefused(bytes, ReaderLimits.Default, "corrupt file: ");
    }

    [Fact]
    public void Read_FailsAsNotOffice_WhenZipHoldsOtherFiles()
    {
        var document = AssertRefused(OfficeFixtures.Zip(("readme.txt", "hello"u8.ToArray())), ReaderLimits.Default, "a zip archive that is not a .docx or .xlsx");

        Assert.Equal("zip", document.EncodingName);
    }

    [Fact]
    public void Read_FailsCannotReadDocx_WhenDocumentXmlIsBroken()
    {
        var (format, outcome) = OfficeReader.Read(BrokenDocx(), ReaderLimits.Default);

        Assert.Equal("docx", format);
        Assert.StartsWith("cannot read DOCX: ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FailsCannotReadDocx_WhenNoPartPointsToTheDocument()
    {
        // word/document.xml is there, but no relationship makes it the main part
        var bytes = OfficeFixtures.Zip(("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"u8.ToArray()));

        AssertRefused(bytes, ReaderLimits.Default, "cannot read DOCX: ");
    }

    [Fact]
    public void Read_FailsTooManyCells_WhenWorkbookPassesMaxCells()
    {
        AssertRefused(OfficeFixtures.ManyCellsXlsx(30), ReaderLimits.Default with { MaxCells = 10 }, "too many cells: more than 10");
    }

    [Fact]
    public void Read_GivesError_WhenOfficeFileIsEncrypted()
    {
        // a password-protected .docx/.xlsx is an OLE compound file holding an EncryptionInfo stream
        var bytes = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 512);

        var document = SourceReader.Read("locked.docx", bytes);

        Assert.False(document.IsReadable);
        Assert.Empty(document.Lines);
        Assert.Contains("password-protected", Assert.Single(document.Issues, issue => issue.Severity == IssueSeverity.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesWithReason_WhenTablesAreNestedThousandsDeep()
    {
        // 10,000 tables inside table cells overflowed the stack of the process that read them (issue 12)
        AssertRefused(Analytics.Generator.Fuzzing.HostileDocuments.NestedTablesDocx(10_000), ReaderLimits.Default, "word/document.xml: elements nested deeper than 256 levels");
    }

    [Fact]
    public void Read_ReadsInnermostText_WhenTablesAreNestedAsRealReportsNestThem()
    {
        var (format, outcome) = OfficeReader.Read(Analytics.Generator.Fuzzing.HostileDocuments.NestedTablesDocx(40, "最内层"), ReaderLimits.Default);

        Assert.Equal("docx", format);
        Assert.Null(outcome.Error);
        Assert.Contains(outcome.Lines, line => line.Text.Contains("最内层", StringComparison.Ordinal));
    }

    /// <summary>Reads through SourceReader: no exception, no lines, an Error issue starting with the reason, quickly.</summary>
    private static SourceDocument AssertRefused(byte[] bytes, ReaderLimits limits, string reason)
    {
        var clock = Stopwatch.StartNew();
        var document = SourceReader.Read("hostile.docx", bytes, limits);
        clock.Stop();

        Assert.False(document.IsReadable);
        Assert.Empty(document.Lines);
        var error = Assert.Single(document.Issues, issue => issue.Severity == IssueSeverity.Error);
        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refusing took {clock.Elapsed}");
        return document;
    }

    private static long ReadAll(Stream stream)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>A real docx whose document part is cut off in the middle of its XML.</summary>
    private static byte[] BrokenDocx()
    {
        var good = OfficeFixtures.MergedDocx();
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(good));
        var parts = input.Entries.Select(entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            return (entry.FullName, entry.FullName == "word/document.xml" ? bytes[..(bytes.Length / 2)] : bytes);
        }).ToArray();
        return OfficeFixtures.Zip(parts);
    }
}
