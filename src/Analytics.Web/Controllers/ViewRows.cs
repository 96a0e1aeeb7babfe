using System.Numerics;

namespace Analytics.Web.Controllers;

/// <summary>Rows of a public view as JSON objects whose property names are the view's columns (snake_case).</summary>
internal static class ViewRows
{
    public static List<Dictionary<string, object?>> From(IEnumerable<dynamic> rows) => rows
        .Select(row => ((IDictionary<string, object?>)row).ToDictionary(column => column.Key, column => Value(column.Value), StringComparer.Ordinal))
        .ToList();

    /// <summary>DuckDB's 128-bit integers (sums of counts) have no JSON converter: they become long.</summary>
    private static object? Value(object? value) => value switch
    {
        DBNull => null,
        BigInteger big when big >= long.MinValue && big <= long.MaxValue => (long)big,
        BigInteger big => (double)big,
        double number when !double.IsFinite(number) => null,
        _ => value,
    };
}
