using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Loading;

/// <summary>Creates the raw tables (sql/raw/*.sql) where they do not exist yet.</summary>
public static class RawSchema
{
    public static void Ensure(DuckDBConnection connection)
    {
        foreach (var (_, sql) in SqlFiles.In("raw"))
        {
            connection.Execute(sql);
        }
    }
}
