using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;
using Analytics.Warehouse.Files;
using Analytics.Warehouse.Loading;
using Analytics.Warehouse.Models;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests.Comparisons;

/// <summary>
/// Given: evaluation records written by hand, loaded through the real raw-row writer. Expect: what the models make of
/// them. Each test builds its own small warehouse.
/// </summary>
internal sealed class HandBuiltWarehouse : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly List<(string File, List<EvaluationRecord> Records)> documents = [];
    private DuckDBConnection? connection;

    public const string JinzhaiCode = "341524";
    public const string ZengduCode = "421303";

    public HandBuiltWarehouse Add(string file, params EvaluationRecord[] records)
    {
        documents.Add((file, records.ToList()));
        return this;
    }

    public static EvaluationRecord Project(
        string project,
        int year = 2022,
        string countyCode = JinzhaiCode,
        Budget? budget = null,
        Execution? execution = null,
        decimal? total = null,
        params IndicatorRow[] indicators) =>
        new()
        {
            Source = new SourceRef("given.txt", 1, 30),
            Kind = RecordKinds.ProjectSelfEval,
            Year = year,
            Unit = new UnitRef("某县医疗保障局", countyCode == JinzhaiCode ? "金寨县" : "曾都区", countyCode),
            Project = project,
            Budget = budget ?? new Budget(null, 100m, 100m),
            Execution = execution ?? new Execution(1m, 10m, 10m),
            TotalScoreReported = total,
            Indicators = indicators,
            Origin = RecordOrigins.Table,
        };

    public static IndicatorRow Row(string name, string? target, string? actual, decimal? weight = 10m, decimal? score = 10m) =>
        new() { Level1 = "产出指标", Level2 = "数量指标", Name = name, TargetText = target, ActualText = actual, Weight = weight, ScoreReported = score, Line = 10 };

    /// <summary>Loads the given records and builds the models, with a folder of seed overrides when given.</summary>
    public HandBuiltWarehouse Build(string? ruleSetAssignments = null)
    {
        string? seeds = null;
        if (ruleSetAssignments is not null)
        {
            seeds = temp.Combine("seeds");
            Directory.CreateDirectory(seeds);
            File.WriteAllText(Path.Combine(seeds, "rule_set_assignments.csv"), "province,year_from,year_to,rule_set_id,note\n" + ruleSetAssignments + "\n");
        }

        connection = Database.OpenForWriting(temp.Combine("given.duckdb"));
        RawSchema.Ensure(connection);
        using (var writer = new RawRowWriter(connection, 1, DateTime.UtcNow))
        {
            foreach (var (file, records) in documents)
            {
                var source = SourceFile.FromBytes(file, Encoding.UTF8.GetBytes(file));
                writer.WriteDocument(source, new ExtractionResult(file, records, []), "loaded", null);
            }
        }

        ModelRunner.Build(connection, seedsFolder: seeds);
        var failing = DataTests.Run(connection).Where(test => !test.Passed).ToList();
        Assert.True(failing.Count == 0, string.Join("; ", failing));
        return this;
    }

    public List<T> Query<T>(string sql, object? parameters = null) => connection!.Query<T>(sql, parameters).ToList();

    public T Scalar<T>(string sql, object? parameters = null) => connection!.ExecuteScalar<T>(sql, parameters)!;

    public void Dispose()
    {
        connection?.Dispose();
        temp.Dispose();
    }
}
