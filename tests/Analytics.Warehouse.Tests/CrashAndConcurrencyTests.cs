using System.Diagnostics;
using System.Text;
using Analytics.Warehouse.Files;
using Analytics.Warehouse.Loading;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// A load killed mid-batch leaves the warehouse as it was; readers keep answering while a refresh writes, and
/// see the new data once it is published (docs/warehouse.md).
/// </summary>
public sealed class CrashAndConcurrencyTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static IReadOnlyList<ReportFile> Files(string folder) => ReportFiles.List(folder) ?? [];

    /// <summary>Many distinct reports: each seed with a different date line, so every file has its own content.</summary>
    private string LargeInbox(int copies)
    {
        var inbox = temp.Combine("large");
        Directory.CreateDirectory(inbox);
        foreach (var seed in Directory.EnumerateFiles(RepositoryFolders.Samples))
        {
            var text = File.ReadAllText(seed);
            for (var copy = 0; copy < copies; copy++)
            {
                File.WriteAllText(Path.Combine(inbox, $"{copy:D4}_{Path.GetFileName(seed)}"), text + $"\n附：第 {copy} 份\n", new UTF8Encoding(false));
            }
        }

        return inbox;
    }

    [Fact]
    public async Task KillingALoadMidBatch_LeavesTheWarehouseAsItWasBefore()
    {
        var database = temp.Combine("warehouse.duckdb");
        new Warehouse(database).Refresh(Files(temp.Inbox()));
        var before = WarehouseQueries.Snapshot(database);
        var inbox = LargeInbox(copies: 120);

        var cli = Path.Combine(AppContext.BaseDirectory, "analytics.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "load", inbox, "--db", database])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var reachedMiddle = new TaskCompletionSource();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("[20/", StringComparison.Ordinal) == true)
            {
                reachedMiddle.TrySetResult();
            }
        };
        process.BeginErrorReadLine();

        var reached = await Task.WhenAny(reachedMiddle.Task, Task.Delay(TimeSpan.FromSeconds(60))) == reachedMiddle.Task;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.True(reached, "the load never reported its 20th document");
        Assert.Equal(before, WarehouseQueries.Snapshot(database));
        Assert.Equal(1, WarehouseQueries.Scalar<int>(database, "select count(*) from raw_batches"));

        // the next writer is not blocked by the dead one, and starts from the live file
        var next = new Warehouse(database).Refresh(Files(temp.Inbox()));
        Assert.True(next.NothingNew);
        Assert.Equal(5, next.Load!.DocumentsUnchanged);
    }

    [Fact]
    public void Readers_KeepAnswering_WhileARefreshWrites_AndSeeTheNewDataAfterIt()
    {
        var database = temp.Combine("warehouse.duckdb");
        var warehouse = new Warehouse(database);
        warehouse.Refresh(Files(temp.Inbox()));
        using var reader = Database.OpenReadOnly(database);
        var countBefore = reader.ExecuteScalar<int>("select count(*) from evaluations");

        using (var build = warehouse.File.BeginBuild())
        {
            using var writer = Database.OpenForWriting(build.Path);
            writer.Execute("delete from raw_records where file_name like '001%'");
            Analytics.Warehouse.Models.ModelRunner.Build(writer);

            // mid-write: the live file still answers, unchanged
            Assert.Equal(countBefore, reader.ExecuteScalar<int>("select count(*) from evaluations"));
            using (var another = Database.OpenReadOnly(database))
            {
                Assert.Equal(countBefore, another.ExecuteScalar<int>("select count(*) from evaluations"));
            }

            Database.CheckpointAndClose(writer);
            build.Publish();
        }

        // an open reader keeps its snapshot; a new one sees the published data
        Assert.Equal(countBefore, reader.ExecuteScalar<int>("select count(*) from evaluations"));
        Assert.Equal(countBefore - 16, WarehouseQueries.Scalar<int>(database, "select count(*) from evaluations"));
        Assert.True(File.Exists(warehouse.File.PreviousPath));
        Assert.NotEqual(warehouse.File.LivePath, WarehouseFile.ResolveLink(warehouse.File.PreviousPath));
    }

    [Fact]
    public void ASecondWriter_IsRefusedWithAReason_WhileTheFirstHoldsTheLock()
    {
        var database = temp.Combine("warehouse.duckdb");
        var warehouse = new Warehouse(database);
        using var first = warehouse.File.BeginBuild();

        var error = Assert.Throws<WarehouseBusyException>(() => new Warehouse(database).Refresh(Files(temp.Inbox())));

        Assert.Contains("another refresh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnpublishedBuild_LeavesTheLiveFileUntouched()
    {
        var database = temp.Combine("warehouse.duckdb");
        var warehouse = new Warehouse(database);
        warehouse.Refresh(Files(temp.Inbox()));
        var before = WarehouseQueries.Snapshot(database);

        using (var build = warehouse.File.BeginBuild())
        {
            using var writer = Database.OpenForWriting(build.Path);
            writer.Execute("delete from raw_records");
        }

        Assert.Equal(before, WarehouseQueries.Snapshot(database));
    }
}
