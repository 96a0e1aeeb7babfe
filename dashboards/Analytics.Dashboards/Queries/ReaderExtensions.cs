using Analytics.Warehouse.Querying;

namespace Analytics.Dashboards.Queries;

internal static class ReaderExtensions
{
    /// <summary>Rows of a query, or none before the first load has made a warehouse.</summary>
    public static async Task<IReadOnlyList<T>> RowsAsync<T>(this WarehouseReader reader, string sql, object? parameters = null) =>
        reader.Exists ? await reader.QueryAsync<T>(sql, parameters) : [];
}
