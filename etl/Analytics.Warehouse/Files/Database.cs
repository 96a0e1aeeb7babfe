using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Files;

/// <summary>Opens DuckDB connections: read-write on a build, read-only on the live warehouse.</summary>
public static class Database
{
    static Database()
    {
        // snake_case columns map onto PascalCase records without aliases
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    /// <summary>
    /// DuckDB's memory for a build: by default it takes up to 80% of the machine and a national rebuild (sorting 3
    /// million indicator rows in county order) would hold 2 GB; bounded, it spills to disk at a small cost in time, so a
    /// refresh shares a modest server with the dashboard.
    /// </summary>
    public const string BuildMemoryLimit = "1GB";

    public static DuckDBConnection OpenForWriting(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path};memory_limit={BuildMemoryLimit}");
        connection.Open();
        return connection;
    }

    public static DuckDBConnection OpenReadOnly(string path) => OpenLive(path, string.Empty);

    /// <summary>
    /// For SQL a person types (the CLI's <c>query</c>): read-only, and no access outside the warehouse file: no file
    /// read or written (<c>read_text</c>, <c>copy … to</c>), no extension loaded or installed, and the settings locked
    /// so the statement cannot turn that back on.
    /// </summary>
    public static DuckDBConnection OpenForUserQuery(string path) =>
        OpenLive(path, ";enable_external_access=false;autoinstall_known_extensions=false;autoload_known_extensions=false;lock_configuration=true");

    private static DuckDBConnection OpenLive(string path, string settings)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no warehouse at {path}: run `load` first", path);
        }

        // the live name is a link to the current version file; connecting to the version itself means a reader never
        // shares a cached database instance with readers of an older version
        var connection = new DuckDBConnection($"Data Source={WarehouseFile.ResolveLink(path)};ACCESS_MODE=READ_ONLY{settings}");
        connection.Open();
        return connection;
    }

    public static DuckDBConnection OpenInMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>Writes everything to the database file and closes it, so the file can be moved.</summary>
    public static void CheckpointAndClose(DuckDBConnection connection)
    {
        connection.Execute("checkpoint");
        connection.Close();
    }
}
