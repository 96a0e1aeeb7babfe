using Analytics.Etl.Extraction;
using Analytics.Warehouse.Files;
using Analytics.Warehouse.Loading;
using Analytics.Warehouse.Models;

namespace Analytics.Warehouse;

/// <summary>What a refresh did: the load (if any), the models built and the data tests, and whether it went live.</summary>
public sealed record RefreshResult(LoadSummary? Load, IReadOnlyList<string> Models, IReadOnlyList<DataTestResult> Tests, bool Published)
{
    public bool TestsPassed => Tests.All(test => test.Passed);
}

/// <summary>
/// The warehouse's write side: a refresh copies the live file, loads into the copy, rebuilds the models, runs the
/// data tests and, when they pass, swaps the copy in. A failing test keeps the previous data live.
/// </summary>
public sealed class Warehouse(string databasePath, Extractor? extractor = null, string? seedsFolder = null)
{
    public const string DefaultPath = "data/warehouse.duckdb";

    public WarehouseFile File { get; } = new(databasePath);

    /// <summary>Loads reports (when given), rebuilds the models and publishes if every data test passes.</summary>
    public RefreshResult Refresh(IReadOnlyList<string>? reportPaths, IProgress<string>? progress = null)
    {
        using var build = File.BeginBuild();
        LoadSummary? load = null;
        IReadOnlyList<string> models;
        IReadOnlyList<DataTestResult> tests;
        using (var connection = Database.OpenForWriting(build.Path))
        {
            if (reportPaths is not null)
            {
                var loader = new Loader(extractor ?? Extractor.CreateDefault());
                load = loader.Load(connection, reportPaths, progress is null ? null : new Progress<LoadProgress>(step =>
                    progress.Report($"[{step.Done}/{step.Total}] {step.FileName}: {step.Outcome}")));
            }

            progress?.Report("building models");
            models = ModelRunner.Build(connection, progress, seedsFolder);
            progress?.Report("running data tests");
            tests = DataTests.Run(connection);
            Database.CheckpointAndClose(connection);
        }

        var passed = tests.All(test => test.Passed);
        if (passed)
        {
            build.Publish();
        }

        return new RefreshResult(load, models, tests, passed);
    }
}
