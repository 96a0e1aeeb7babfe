using Analytics.Warehouse.Files;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Querying;

/// <summary>
/// The read side of the warehouse for hosts (dashboard, API, exports): short-lived read-only connections to the live
/// version, so a refresh that swaps in a new version is picked up by the next query.
/// </summary>
public sealed class WarehouseReader(string databasePath)
{
    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    public bool Exists => File.Exists(DatabasePath);

    /// <summary>A read-only connection to the current version; dispose it when the query is done.</summary>
    public DuckDBConnection Open() => Database.OpenReadOnly(DatabasePath);

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        using var connection = Open();
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    /// <summary>When the data shown was loaded ("数据截至"): the end of the last finished batch, in UTC; null when none.</summary>
    public DateTime? DataAsOf()
    {
        if (!Exists)
        {
            return null;
        }

        using var connection = Open();
        return connection.ExecuteScalar<DateTime?>("select max(finished_at) from raw_batches where status = 'finished'");
    }
}
