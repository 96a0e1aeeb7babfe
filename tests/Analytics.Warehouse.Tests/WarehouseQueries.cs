using Analytics.Warehouse.Files;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>Reads the live warehouse the way an analyst's tool would: read-only, through the public views.</summary>
internal static class WarehouseQueries
{
    public static List<T> Query<T>(string database, string sql, object? parameters = null)
    {
        using var connection = Database.OpenReadOnly(database);
        return connection.Query<T>(sql, parameters).ToList();
    }

    public static T Scalar<T>(string database, string sql, object? parameters = null)
    {
        using var connection = Database.OpenReadOnly(database);
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    /// <summary>
    /// Every row of the raw tables and public views, as text: equal snapshots mean an unchanged warehouse
    /// (raw_batches is the log of loads and grows by one row per load, so it is left out).
    /// </summary>
    public static string Snapshot(string database)
    {
        using var connection = Database.OpenReadOnly(database);
        var parts = new List<string>();
        foreach (var (relation, order) in new[]
        {
            ("raw_records", "evaluation_id"),
            ("raw_indicators", "evaluation_id, indicator_index"),
            ("raw_final_accounts", "evaluation_id"),
            ("raw_issues", "file_name, line, message"),
            ("documents", "file_name"),
            ("evaluations", "evaluation_id"),
            ("indicator_results", "evaluation_id, indicator_index"),
        })
        {
            var rows = connection.Query($"select * from {relation} order by {order}")
                .Select(row => string.Join("|", ((IDictionary<string, object>)row).Select(pair => $"{pair.Key}={pair.Value}")));
            parts.Add(relation + ":\n" + string.Join("\n", rows));
        }

        return string.Join("\n", parts);
    }
}
