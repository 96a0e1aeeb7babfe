using System.Text.RegularExpressions;

namespace Analytics.Warehouse.Models;

/// <summary>One SQL model: a SELECT in sql/models/&lt;layer&gt;/&lt;name&gt;.sql; the layer decides view or table.</summary>
internal sealed partial record Model(string Name, string Layer, string Sql)
{
    /// <summary>
    /// Staging and intermediate models and the public relations are views; marts and reports are tables. An
    /// intermediate model read by several tables says <c>-- materialized: table</c> in its first lines, so that it is
    /// computed once per build instead of once per reader.
    /// </summary>
    public bool IsTable => Layer is "marts" or "reports" || MaterializedAsTable().IsMatch(Sql);

    [GeneratedRegex(@"^\s*(--[^\n]*\n\s*)*--\s*materialized:\s*table\b")]
    private static partial Regex MaterializedAsTable();

    [GeneratedRegex(@"\b(?:from|join)\s+([a-z_][a-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex RelationReference();

    [GeneratedRegex(@"\b([a-z_][a-z0-9_]*)\s+as\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CommonTableExpression();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    /// <summary>The relations this model reads (not its own CTEs).</summary>
    public IReadOnlySet<string> References()
    {
        var sql = LineComment().Replace(Sql, string.Empty);
        var ctes = CommonTableExpression().Matches(sql).Select(match => match.Groups[1].Value.ToLowerInvariant()).ToHashSet();
        return RelationReference().Matches(sql)
            .Select(match => match.Groups[1].Value.ToLowerInvariant())
            .Where(name => !ctes.Contains(name))
            .ToHashSet();
    }
}
