using System.Security.Cryptography;
using Analytics.Warehouse;
using Analytics.Warehouse.Files;
using Analytics.Warehouse.Loading;
using Analytics.Warehouse.Models;
using Analytics.Warehouse.Querying;
using Analytics.Web.Hosting;
using Dapper;
using Hangfire;
using Hangfire.Server;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Jobs;

/// <summary>
/// Loads the new or changed reports of the inbox into the warehouse: a copy of the live file is loaded, its models
/// rebuilt and its data tests run, and it goes live only when they pass (<see cref="Warehouse.Warehouse.Refresh"/>);
/// a failing test keeps the previous data live and fails the job with the tests' names. Safe to run twice: one at a
/// time (Hangfire's lock, then the warehouse's writer lock; a busy warehouse is retried later), unchanged files are
/// skipped by their hash, and an inbox with nothing new changes nothing.
/// </summary>
[AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 60, 120, 300, 600], OnlyOn = [typeof(WarehouseBusyException), typeof(DistributedLockTimeoutException)])]
public sealed partial class RefreshJob(IOptions<WarehouseOptions> warehouseOptions, IOptions<RefreshOptions> refreshOptions, IOptions<ExtractionOptions> extractionOptions, WarehouseReader reader, ILogger<RefreshJob> logger)
{
    /// <summary>Runs the refresh; Hangfire passes <paramref name="context"/> (enqueue with null).</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [JobDisplayName("载入收件箱中的新报告")]
    public string Run(PerformContext? context)
    {
        var progress = new ProgressWriter(context);
        var inbox = refreshOptions.Value.FullInboxPath;
        Directory.CreateDirectory(inbox);
        var files = Hosting.ReportFiles.Under(inbox);
        progress.Report(new JobProgress(1, $"收件箱：{files.Count} 个文件"));

        var changed = NewOrChanged(files);
        if (changed == 0)
        {
            var nothing = files.Count == 0 ? "收件箱为空，数据未变" : $"收件箱中没有新的或改动过的报告（{files.Count} 个文件均已载入），数据未变";
            progress.Report(new JobProgress(100, nothing));
            return nothing;
        }

        var options = warehouseOptions.Value;
        RefreshResult result;
        try
        {
            using var extractor = extractionOptions.Value.CreateExtractor();
            var warehouse = new Warehouse.Warehouse(options.FullDatabasePath, extractor, options.FullSeedsPath);
            result = warehouse.Refresh(files, progress);
        }
        catch (ModelBuildException failed)
        {
            progress.Report(new JobProgress(100, $"模型构建失败，仍使用之前的数据：{failed.Message}"));
            throw new RefreshFailedException($"the models could not be built, the previous data stays live: {failed.Message}");
        }

        var summary = result.Load?.ToString() ?? "no load";
        if (result.NothingNew)
        {
            var unchanged = $"没有新的或改动过的报告，数据未变（{summary}）";
            progress.Report(new JobProgress(100, unchanged));
            return unchanged;
        }

        if (!result.Published)
        {
            var failures = string.Join("; ", result.Tests.Where(test => !test.Passed));
            progress.Report(new JobProgress(100, $"数据测试未通过，仍使用之前的数据：{failures}"));
            throw new RefreshFailedException($"a data test failed, the previous data stays live ({summary}): {failures}");
        }

        var done = $"已更新：{summary}";
        progress.Report(new JobProgress(100, done));
        LogPublished(logger, summary);
        return done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "refresh published: {Summary}")]
    private static partial void LogPublished(ILogger logger, string summary);

    /// <summary>How many inbox files the live warehouse does not hold under the same key and content.</summary>
    private int NewOrChanged(IReadOnlyList<ReportFile> files)
    {
        if (files.Count == 0)
        {
            return 0;
        }

        if (!reader.Exists)
        {
            return files.Count;
        }

        using var connection = reader.Open();
        var known = connection.Query<(string FileName, string Sha256)>("select file_name, sha256 from documents")
            .ToHashSet();
        return files.Count(file => !known.Contains((file.Key, Sha256Of(file.Path))));
    }

    /// <summary>Streamed, so a file of any size is hashed as it is (the loader hashes one above its size limit the same way).</summary>
    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Writes the job's progress where <c>GET /api/jobs/{id}</c> and the pages read it, whenever the percentage moves.</summary>
    private sealed class ProgressWriter(PerformContext? context) : IProgress<string>
    {
        private JobProgress last = new(0, string.Empty);

        public void Report(string value) => Report(RefreshSteps.Parse(value, last.Percent));

        public void Report(JobProgress progress)
        {
            var moved = progress.Percent != last.Percent;
            last = progress;
            if (context is not null && (moved || progress.Percent >= 100))
            {
                context.Connection.SetJobParameter(context.BackgroundJob.Id, JobProgress.ParameterName, progress.ToJson());
            }
        }
    }
}

/// <summary>A refresh that built the warehouse but did not publish it: a data test failed.</summary>
public sealed class RefreshFailedException(string message) : Exception(message);
