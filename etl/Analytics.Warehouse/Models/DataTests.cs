using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Models;

/// <summary>The result of one data test: a SQL file in sql/tests/ that returns the rows breaking a rule.</summary>
public sealed record DataTestResult(string Name, long FailingRows, string? Error)
{
    public bool Passed => FailingRows == 0 && Error is null;

    public override string ToString() => Passed ? $"pass {Name}" : Error is null ? $"FAIL {Name}: {FailingRows} failing row(s)" : $"FAIL {Name}: {Error}";
}

/// <summary>Runs every data test and records the results in raw_data_test_results.</summary>
public static class DataTests
{
    public static IReadOnlyList<DataTestResult> Run(DuckDBConnection connection)
    {
        var results = new List<DataTestResult>();
        foreach (var (name, sql) in SqlFiles.In("tests"))
        {
            try
            {
                var failing = connection.ExecuteScalar<long>($"select count(*) from (\n{sql.Trim().TrimEnd(';')}\n)");
                results.Add(new DataTestResult(name, failing, null));
            }
            catch (DuckDBException error)
            {
                results.Add(new DataTestResult(name, 0, error.Message));
            }
        }

        var runAt = DateTime.UtcNow;
        using var appender = connection.CreateAppender("raw_data_test_results");
        foreach (var result in results)
        {
            appender.CreateRow().AppendValue((DateTime?)runAt).AppendValue(result.Name).AppendValue((long?)result.FailingRows).AppendValue((bool?)result.Passed).EndRow();
        }

        return results;
    }

    /// <summary>The failing rows of one test, for a person to look at.</summary>
    public static IReadOnlyList<IDictionary<string, object>> FailingRows(DuckDBConnection connection, string name, int limit = 20)
    {
        var sql = SqlFiles.In("tests").Single(test => test.Name == name).Text.Trim().TrimEnd(';');
        return connection.Query($"select * from (\n{sql}\n) limit $limit", new { limit })
            .Select(row => (IDictionary<string, object>)row)
            .ToList();
    }
}
