using System.Text;
using Analytics.Warehouse.Loading;

namespace Analytics.Warehouse.Tests;

/// <summary>Loading is idempotent, quarantines what it cannot read, and replaces a changed document's rows.</summary>
public sealed class LoadTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string SeedsWithNoise()
    {
        var inbox = temp.Inbox();
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(inbox, "noise.bin"), noise);
        return inbox;
    }

    private static IReadOnlyList<ReportFile> Files(string folder) => ReportFiles.List(folder) ?? [];

    [Fact]
    public void Load_ChangesNoRow_WhenTheSameFilesAreLoadedTwice()
    {
        var inbox = SeedsWithNoise();
        var database = temp.Combine("warehouse.duckdb");
        var warehouse = new Warehouse(database);

        var first = warehouse.Refresh(Files(inbox));
        var before = WarehouseQueries.Snapshot(database);
        var liveBefore = warehouse.File.LivePath;
        var second = warehouse.Refresh(Files(inbox));

        Assert.True(first.Published);
        Assert.Equal((5, 1, 41), (first.Load!.DocumentsLoaded, first.Load.DocumentsQuarantined, first.Load.RecordsLoaded));
        Assert.Equal((6, 0, 0, 0), (second.Load!.DocumentsUnchanged, second.Load.DocumentsLoaded, second.Load.DocumentsQuarantined, second.Load.RecordsLoaded));
        Assert.Equal(before, WarehouseQueries.Snapshot(database));

        // nothing new publishes nothing: the same version stays live, with its batch history and 数据截至
        Assert.True(second.NothingNew);
        Assert.False(second.Published);
        Assert.Equal(liveBefore, warehouse.File.LivePath);
        Assert.Equal(1, WarehouseQueries.Scalar<int>(database, "select count(*) from raw_batches"));
    }

    [Fact]
    public void Load_KeepsBothDocuments_WhenTwoFoldersHoldAFileOfTheSameName()
    {
        // issue 12: documents were known by their base name, so one county's report replaced the other's
        var inbox = temp.Inbox();
        foreach (var (folder, seed) in new[] { ("a", "002_d5d65c7f22f61821.txt"), ("b", "003_0219debdb505b51f.txt") })
        {
            Directory.CreateDirectory(Path.Combine(inbox, folder));
            File.Move(Path.Combine(inbox, seed), Path.Combine(inbox, folder, "report.txt"));
        }

        var database = temp.Combine("warehouse.duckdb");
        var warehouse = new Warehouse(database);

        var first = warehouse.Refresh(Files(inbox));
        var second = warehouse.Refresh(Files(inbox));

        Assert.Equal((5, 0, 0), (first.Load!.DocumentsLoaded, first.Load.DocumentsReplaced, first.Load.DocumentsQuarantined));
        Assert.Equal(41, WarehouseQueries.Scalar<int>(database, "select count(*) from evaluations"));
        var perDocument = WarehouseQueries.Query<(string FileName, int Records)>(
            database, "select file_name, record_count from documents where file_name like '%report.txt' order by file_name");
        Assert.Equal(["a/report.txt", "b/report.txt"], perDocument.Select(document => document.FileName));
        Assert.All(perDocument, document => Assert.True(document.Records > 0));
        Assert.Equal((5, 0), (second.Load!.DocumentsUnchanged, second.Load.DocumentsReplaced));
    }

    [Fact]
    public void Load_LeavesAFileAboveTheSizeLimitUnchanged_WhenItIsSeenAgain()
    {
        // it was hashed as empty, so every refresh "changed" it and published a new version
        var inbox = temp.Inbox();
        using (var large = File.Create(Path.Combine(inbox, "scan.pdf")))
        {
            large.SetLength(51L * 1024 * 1024);
        }

        var database = temp.Combine("warehouse.duckdb");
        var warehouse = new Warehouse(database);

        var first = warehouse.Refresh(Files(inbox));
        var second = warehouse.Refresh(Files(inbox));

        var refused = Assert.Single(first.Load!.Quarantined);
        Assert.Equal("file is 51 MB, above the 50 MB limit", refused.Reason);
        Assert.True(second.NothingNew);
        Assert.Equal(51L * 1024 * 1024, WarehouseQueries.Scalar<long>(database, "select byte_count from documents where file_name = 'scan.pdf'"));
        const string EmptyFileSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        Assert.NotEqual(EmptyFileSha256, WarehouseQueries.Scalar<string>(database, "select sha256 from documents where file_name = 'scan.pdf'"));
    }

    [Fact]
    public void Load_QuarantinesRandomBytesWithReason_AndLoadsTheSeeds()
    {
        var database = temp.Combine("warehouse.duckdb");
        new Warehouse(database).Refresh(Files(SeedsWithNoise()));

        var documents = WarehouseQueries.Query<(string FileName, string Status, string? Reason, int RecordCount)>(
            database, "select file_name, status, reason, record_count from documents order by file_name");

        var noise = Assert.Single(documents, document => document.FileName == "noise.bin");
        Assert.Equal("quarantined", noise.Status);
        Assert.Contains("not a text document", noise.Reason, StringComparison.Ordinal);
        Assert.Equal(5, documents.Count(document => document.Status == "loaded"));
        Assert.Equal(41, documents.Sum(document => document.RecordCount));
        Assert.Equal(41, WarehouseQueries.Scalar<int>(database, "select count(*) from evaluations"));
    }

    [Fact]
    public void Load_QuarantinesUnreadableFormatsWithTheirReasons_AndLoadsTheRest()
    {
        var inbox = temp.Inbox();
        File.WriteAllBytes(Path.Combine(inbox, "truncated.pdf"), Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"));
        File.WriteAllBytes(Path.Combine(inbox, "locked.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
        File.WriteAllBytes(Path.Combine(inbox, "bomb.xlsx"), ZipOf("xl/workbook.xml", new byte[40 * 1024 * 1024]));
        File.WriteAllBytes(Path.Combine(inbox, "archive.zip"), ZipOf("readme.txt", Encoding.UTF8.GetBytes("not a report")));
        var database = temp.Combine("warehouse.duckdb");

        var result = new Warehouse(database).Refresh(Files(inbox));

        Assert.True(result.Published);
        var reasons = result.Load!.Quarantined.ToDictionary(document => document.FileName, document => document.Reason);
        Assert.Equal(["archive.zip", "bomb.xlsx", "locked.docx", "truncated.pdf"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("PDF", reasons["truncated.pdf"], StringComparison.Ordinal);
        Assert.Contains("password", reasons["locked.docx"], StringComparison.Ordinal);
        Assert.Contains("zip bomb", reasons["bomb.xlsx"], StringComparison.Ordinal);
        Assert.Contains("not a .docx or .xlsx", reasons["archive.zip"], StringComparison.Ordinal);
        Assert.Equal(41, WarehouseQueries.Scalar<int>(database, "select count(*) from evaluations"));
        Assert.Equal(4, WarehouseQueries.Scalar<int>(database, "select count(*) from documents where status = 'quarantined'"));
    }

    /// <summary>A zip with one entry, deflated: zeros shrink about a thousandfold, as in a zip bomb.</summary>
    private static byte[] ZipOf(string entryName, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(entryName, System.IO.Compression.CompressionLevel.Optimal).Open();
            entry.Write(content);
        }

        return buffer.ToArray();
    }

    [Fact]
    public void Load_ReplacesTheOldRows_WhenADocumentChanges()
    {
        var inbox = temp.Inbox();
        var database = temp.Combine("warehouse.duckdb");
        var warehouse = new Warehouse(database);
        warehouse.Refresh(Files(inbox));
        var seed = Path.Combine(inbox, "002_d5d65c7f22f61821.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("176.77\t186.816", "176.77\t170.5", StringComparison.Ordinal));

        var result = warehouse.Refresh(Files(inbox));

        Assert.Equal((1, 4), (result.Load!.DocumentsReplaced, result.Load.DocumentsUnchanged));
        Assert.Equal(41, WarehouseQueries.Scalar<int>(database, "select count(*) from evaluations"));
        var executed = WarehouseQueries.Scalar<double>(database, "select budget_executed from evaluations where project = '医疗保障专项经费'");
        Assert.Equal(170.5, executed, 6);
        Assert.Equal(13, WarehouseQueries.Scalar<int>(database, "select count(*) from evaluations where source_file = '002_d5d65c7f22f61821.txt'"));
    }

    [Fact]
    public void Load_QuarantinesACopy_WhenTheSameContentArrivesUnderAnotherName()
    {
        var inbox = temp.Inbox();
        File.Copy(Path.Combine(inbox, "003_0219debdb505b51f.txt"), Path.Combine(inbox, "zz_copy_of_003.txt"));
        var database = temp.Combine("warehouse.duckdb");

        var result = new Warehouse(database).Refresh(Files(inbox));

        var copy = Assert.Single(result.Load!.Quarantined);
        Assert.Equal("zz_copy_of_003.txt", copy.FileName);
        Assert.Contains("003_0219debdb505b51f.txt", copy.Reason, StringComparison.Ordinal);
        Assert.Equal(41, WarehouseQueries.Scalar<int>(database, "select count(*) from evaluations"));
    }

    [Fact]
    public void PublicViews_HaveExactlyTheContractColumns()
    {
        var database = temp.Combine("warehouse.duckdb");
        new Warehouse(database).Refresh(Files(temp.Inbox()));

        string[] Columns(string view) => WarehouseQueries.Query<string>(
            database, "select column_name from information_schema.columns where table_name = $view order by ordinal_position", new { view }).ToArray();

        Assert.Equal(["file_name", "sha256", "status", "reason", "record_count", "loaded_at"], Columns("documents").Take(6));
        Assert.Equal(
            ["evaluation_id", "county_code", "county_name", "province_name", "unit_name", "year", "kind", "project", "project_category",
                "budget_initial", "budget_adjusted", "budget_executed", "execution_rate", "execution_rate_vs_initial", "execution_rate_reported",
                "total_score_reported", "total_score_reference", "source_file", "first_line", "last_line"],
            Columns("evaluations").Take(20));
        Assert.Equal(
            ["evaluation_id", "county_code", "county_name", "year", "project", "project_category", "indicator_name", "indicator_code",
                "level1", "level2", "target_text", "target_operator", "target_value", "actual_text", "actual_value", "value_unit",
                "weight", "score_reported", "score_reference", "is_target_met", "source_file", "first_line", "last_line"],
            Columns("indicator_results").Take(23));
    }

    [Fact]
    public void Evaluations_CarryCountyCodesAndExecutionRates_FromTheSeeds()
    {
        var database = temp.Combine("warehouse.duckdb");
        new Warehouse(database).Refresh(Files(temp.Inbox()));

        var chongqing = WarehouseQueries.Query<(double? Rate, double? VsInitial)>(
            database, "select execution_rate, execution_rate_vs_initial from evaluations where kind = 'department_self_eval' and source_file like '003%'").Single();
        Assert.Equal(1.0, chongqing.Rate!.Value, 4);
        Assert.Equal(0.1408, chongqing.VsInitial!.Value, 4);
        var counties = WarehouseQueries.Query<(string Code, string Name, string Province)>(
            database, "select distinct county_code, county_name, province_name from evaluations where county_code is not null order by 1");
        Assert.Equal([("341524", "金寨县", "安徽省"), ("421303", "曾都区", "湖北省")], counties);
    }
}
