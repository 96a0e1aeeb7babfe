using Analytics.Etl.Extraction;
using Analytics.Etl.Isolation;
using Analytics.Warehouse;
using Analytics.Warehouse.Files;
using Analytics.Warehouse.Loading;

namespace Analytics.Cli;

/// <summary>
/// <c>load &lt;file-or-folder&gt; [--db FILE] [--seeds DIR]</c>: extracts and loads reports, rebuilds the models and runs the data
/// tests in a copy of the warehouse, and makes it live when they pass. Exit 0 when it went live, 1 when a data test
/// failed (the previous data stays live), 2 on a usage error. Documents are read in worker processes
/// (<see cref="IsolatedExtractor"/>) when this program can start itself as one; a load that changes nothing publishes
/// nothing.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options.Parse(args, "db", "seeds");
        if (options.Error is not null || options.Positional.Count != 1)
        {
            await errors.WriteLineAsync(options.Error ?? "load: give one file or folder of reports");
            return 2;
        }

        var files = InputFiles.Keyed(options.Positional[0]);
        if (files is null)
        {
            await errors.WriteLineAsync($"load: no such file or folder: {options.Positional[0]}");
            return 2;
        }

        return await RefreshAsync(options.Get("db") ?? Warehouse.Warehouse.DefaultPath, files, options.Get("seeds"), output, errors);
    }

    internal static async Task<int> RefreshAsync(string database, IReadOnlyList<ReportFile>? files, string? seedsFolder, TextWriter output, TextWriter errors)
    {
        RefreshResult result;
        try
        {
            if (seedsFolder is not null && !Directory.Exists(seedsFolder))
            {
                await errors.WriteLineAsync($"--seeds: no such folder: {seedsFolder}");
                return 2;
            }

            using var isolated = WorkerCommand.ForThisProgram() is { } worker ? new IsolatedExtractor(worker) : null;
            var warehouse = new Warehouse.Warehouse(database, (IDocumentExtractor?)isolated ?? Extractor.CreateDefault(), seedsFolder);
            result = warehouse.Refresh(files, new SynchronousProgress(line => errors.WriteLine(line)));
        }
        catch (WarehouseBusyException busy)
        {
            await errors.WriteLineAsync(busy.Message);
            return 1;
        }
        catch (Warehouse.Models.ModelBuildException failed)
        {
            await errors.WriteLineAsync($"models could not be built, nothing changed: {failed.Message}");
            return 1;
        }

        if (result.Load is { } load)
        {
            await output.WriteLineAsync(load.ToString());
            foreach (var quarantined in load.Quarantined)
            {
                await output.WriteLineAsync($"  quarantined {quarantined.FileName}: {quarantined.Reason}");
            }
        }

        if (result.NothingNew)
        {
            await output.WriteLineAsync($"nothing new: the live warehouse stays as it was ({Path.GetFullPath(database)})");
            return 0;
        }

        await output.WriteLineAsync($"{result.Models.Count} model(s) built; data tests: {result.Tests.Count(test => test.Passed)} passed, {result.Tests.Count(test => !test.Passed)} failed");
        foreach (var test in result.Tests.Where(test => !test.Passed))
        {
            await output.WriteLineAsync("  " + test);
        }

        if (!result.Published)
        {
            await errors.WriteLineAsync($"a data test failed: the previous warehouse stays live; the new build is kept at {database}.building for inspection");
            return 1;
        }

        await output.WriteLineAsync($"live: {Path.GetFullPath(database)}");
        return 0;
    }

    /// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
