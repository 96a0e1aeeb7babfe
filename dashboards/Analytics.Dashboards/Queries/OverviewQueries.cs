using Analytics.Warehouse.Querying;

namespace Analytics.Dashboards.Queries;

public sealed record OverviewCounts
{
    public long DocumentsLoaded { get; init; }
    public long DocumentsQuarantined { get; init; }
    public long Evaluations { get; init; }
    public long Counties { get; init; }
    public long Years { get; init; }
}

/// <summary>An evaluation's execution rate, one value of the histogram.</summary>
public sealed record EvaluationRate
{
    public string? CountyName { get; init; }
    public int? Year { get; init; }
    public string? Project { get; init; }
    public double ExecutionRate { get; init; }
}

/// <summary>One rule broken on one evaluation, however many of its rows break it.</summary>
public sealed record SeriousViolation(ViolationRow First, int Occurrences);

public sealed record OverviewPage(
    OverviewCounts Counts,
    IReadOnlyList<EvaluationRate> Rates,
    int? LatestYear,
    IReadOnlyList<SeriousViolation> Violations);

/// <summary>The overview (<c>/</c>): counts, every evaluation's execution rate, the latest year's worst violations.</summary>
public sealed class OverviewQueries(WarehouseReader reader)
{
    public const int ViolationsShown = 12;

    public async Task<OverviewPage> LoadAsync()
    {
        var documents = await reader.RowsAsync<OverviewCounts>(
            """
            select
                count(*) filter (where status = 'loaded') as documents_loaded,
                count(*) filter (where status = 'quarantined') as documents_quarantined
            from documents
            """);
        var evaluations = await reader.RowsAsync<OverviewCounts>(
            "select count(*) as evaluations, count(distinct county_code) as counties, count(distinct year) as years from evaluations");
        var rates = await reader.RowsAsync<EvaluationRate>(
            "select county_name, year, project, execution_rate from evaluations where execution_rate is not null");
        var violations = await reader.RowsAsync<ViolationRow>(
            """
            select evaluation_id, county_code, county_name, year, project, rule, detail, indicator_name, source_file, first_line
            from rule_violations
            where year = (select max(year) from rule_violations)
            order by county_name, project, first_line
            """);

        var evaluationCounts = evaluations.Count > 0 ? evaluations[0] : new OverviewCounts();
        var counts = (documents.Count > 0 ? documents[0] : new OverviewCounts()) with
        {
            Evaluations = evaluationCounts.Evaluations,
            Counties = evaluationCounts.Counties,
            Years = evaluationCounts.Years,
        };

        // most serious first: the rule's severity, then how many rows of the evaluation break it
        var serious = violations
            .GroupBy(row => (row.EvaluationId, row.Rule))
            .Select(group => new SeriousViolation(group.First(), group.Count()))
            .OrderBy(violation => violation.First.Definition.Severity)
            .ThenByDescending(violation => violation.Occurrences)
            .ThenBy(violation => violation.First.CountyName is null)
            .Take(ViolationsShown)
            .ToList();

        return new OverviewPage(counts, rates, violations.Count > 0 ? violations[0].Year : null, serious);
    }
}
