using Analytics.Warehouse.Files;

namespace Analytics.Web.Hosting;

/// <summary>Builds the warehouse from the bundled samples when it does not exist.</summary>
internal static partial class FirstStart
{
    private static readonly TimeSpan WaitForOtherLoader = TimeSpan.FromMinutes(10);

    public static void LoadSamples(WarehouseOptions options, ExtractionOptions extraction, ILogger logger)
    {
        if (File.Exists(options.FullDatabasePath))
        {
            return;
        }

        var samples = Path.GetFullPath(options.SamplesPath);
        var files = ReportFiles.Under(samples);
        LogLoading(logger, options.FullDatabasePath, files.Count, samples);
        try
        {
            using var extractor = extraction.CreateExtractor();
            var warehouse = new Warehouse.Warehouse(options.FullDatabasePath, extractor, options.FullSeedsPath);
            var result = warehouse.Refresh(files, new LogProgress(logger));
            if (result.Load is { } load)
            {
                LogLoaded(logger, load);
            }

            if (!result.Published)
            {
                LogTestsFailed(logger, result.Tests.Where(test => !test.Passed));
            }
        }
        catch (WarehouseBusyException busy)
        {
            // another instance is loading the same samples: wait for its warehouse rather than load twice
            LogBusy(logger, busy.Message);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!File.Exists(options.FullDatabasePath) && waited.Elapsed < WaitForOtherLoader)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }
    }

    private sealed class LogProgress(ILogger logger) : IProgress<string>
    {
        public void Report(string value) => LogStep(logger, value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "no warehouse at {Database}: loading {Count} sample report(s) from {Samples}")]
    private static partial void LogLoading(ILogger logger, string database, int count, string samples);

    [LoggerMessage(Level = LogLevel.Information, Message = "first start: {Load}")]
    private static partial void LogLoaded(ILogger logger, Warehouse.Loading.LoadSummary load);

    [LoggerMessage(Level = LogLevel.Error, Message = "a data test failed on the samples, no warehouse was published: {Failures}")]
    private static partial void LogTestsFailed(ILogger logger, IEnumerable<Warehouse.Models.DataTestResult> failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Reason}; waiting for it")]
    private static partial void LogBusy(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "first start: {Step}")]
    private static partial void LogStep(ILogger logger, string step);
}
