using Analytics.Warehouse.Files;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Querying;

/// <summary>
/// The read side of the warehouse for hosts (dashboard, API, exports): short-lived read-only connections to the live
/// version, so a refresh that swaps in a new version is picked up by the next query.
/// </summary>
/// <remarks>
/// DuckDB.NET shares one database instance among the open connections to a file and drops it when the last one
/// closes; the reader keeps one connection open to the current version (its anchor) so each query's connection is
/// cheap and finds the data already in DuckDB's buffer pool, instead of opening the file and reading it afresh. A new
/// version moves the anchor; the old instance goes with its last query.
/// </remarks>
public sealed class WarehouseReader(string databasePath) : IDisposable
{
    private readonly Lock gate = new();
    private (string Version, DuckDBConnection Connection)? anchor;

    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    public bool Exists => File.Exists(DatabasePath);

    /// <summary>The version file the live name points to now (a refresh points it to a new one); null before the first load.</summary>
    public string? Version => Exists ? WarehouseFile.ResolveLink(DatabasePath) : null;

    /// <summary>A read-only connection to the current version; dispose it when the query is done.</summary>
    public DuckDBConnection Open()
    {
        var connection = Database.OpenReadOnly(DatabasePath);
        var version = connection.DataSource;
        lock (gate)
        {
            if (anchor?.Version != version)
            {
                var previous = anchor;
                anchor = (version, Database.OpenReadOnly(version));
                previous?.Connection.Dispose();
            }
        }

        return connection;
    }

    public void Dispose()
    {
        lock (gate)
        {
            anchor?.Connection.Dispose();
            anchor = null;
        }
    }

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
