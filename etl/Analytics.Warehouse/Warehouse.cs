using Analytics.Etl.Extraction;
using Analytics.Warehouse.Files;
using Analytics.Warehouse.Loading;
using Analytics.Warehouse.Models;

namespace Analytics.Warehouse;

/// <summary>
/// What a refresh did: the load (if any), the models built and the data tests, and whether it went live.
/// <paramref name="NothingNew"/>: the load changed nothing, so the live version stays as it was (and 数据截至 with it).
/// </summary>
public sealed record RefreshResult(LoadSummary? Load, IReadOnlyList<string> Models, IReadOnlyList<DataTestResult> Tests, bool Published, bool NothingNew = false)
{
    public bool TestsPassed => Tests.All(test => test.Passed);
}

/// <summary>
/// The warehouse's write side: a refresh copies the live file, loads into the copy, rebuilds the models, runs the
/// data tests and, when they pass, swaps the copy in. A failing test keeps the previous data live.
/// </summary>
public sealed class Warehouse(string databasePath, IDocumentExtractor? extractor = null, string? seedsFolder = null)
{
    public const string DefaultPath = "data/warehouse.duckdb";

    public WarehouseFile File { get; } = new(databasePath);

    /// <summary>
    /// Loads reports (when given), rebuilds the models and publishes if every data test passes. A load that changes
    /// nothing in a warehouse that exists publishes nothing: the live version, and its 数据截至, stay as they were.
    /// </summary>
    public RefreshResult Refresh(IReadOnlyList<ReportFile>? reportPaths, IProgress<string>? progress = null)
    {
        var existed = File.Exists;
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
                if (existed && !load.ChangedAnything)
                {
                    Database.CheckpointAndClose(connection);
                    return new RefreshResult(load, [], [], Published: false, NothingNew: true);
                }
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
