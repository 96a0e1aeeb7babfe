using Analytics.Warehouse.Querying;

namespace Analytics.Dashboards.Queries;

/// <summary>A row of <c>score_inflation</c>: one county and year.</summary>
public sealed record InflationRow
{
    public string CountyCode { get; init; } = "";
    public string? CountyName { get; init; }
    public int Year { get; init; }
    public long Evaluations { get; init; }
    public double? ScoreReported { get; init; }
    public double? ScoreReference { get; init; }
    public double? Inflation { get; init; }
    public long? Rank { get; init; }
    public double? PeerMedian { get; init; }
    public long? ComparableRows { get; init; }
}

/// <summary>A row of <c>rpt_evaluation_inflation</c>: one self-evaluation behind a county's point.</summary>
public sealed record EvaluationInflationRow
{
    public string EvaluationId { get; init; } = "";
    public string? Project { get; init; }
    public string Kind { get; init; } = "";
    public string? RuleSetId { get; init; }
    public double? TotalScoreReported { get; init; }
    public double? TotalScoreReference { get; init; }
    public string? TotalScoreReferenceReason { get; init; }
    public string? GradeReference { get; init; }
    public long? ComparableRows { get; init; }
    public double? ScoreReported { get; init; }
    public double? ScoreReference { get; init; }
    public double? Inflation { get; init; }
    public string? SourceFile { get; init; }
    public int? FirstLine { get; init; }
    public int? LastLine { get; init; }

    public SourceRef? Source => SourceRef.Of(SourceFile, FirstLine, LastLine);
}

/// <summary>The rows behind one county's point: its evaluations and their indicator rows scored both ways.</summary>
public sealed record InflationDetail(
    InflationRow County,
    IReadOnlyList<EvaluationInflationRow> Evaluations,
    IReadOnlyList<IndicatorRow> Indicators);

public sealed record InflationPage(
    IReadOnlyList<int> Years,
    int? Year,
    IReadOnlyList<InflationRow> Rows,
    InflationDetail? Detail);

/// <summary>Score inflation (<c>/inflation</c>): reported against reference score per county, with the rows behind a point.</summary>
public sealed class InflationQueries(WarehouseReader reader)
{
    public async Task<InflationPage> LoadAsync(int? year, string? county)
    {
        var years = (await reader.RowsAsync<int>("select distinct year from score_inflation order by year desc")).ToList();
        int? chosenYear = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : null;
        if (chosenYear is null)
        {
            return new InflationPage(years, null, [], null);
        }

        var rows = await reader.RowsAsync<InflationRow>(
            """
            select county_code, county_name, year, evaluations, score_reported, score_reference, inflation, rank,
                peer_median, comparable_rows
            from score_inflation
            where year = $year
            order by rank, county_name
            """,
            new { year = chosenYear });
        var selected = rows.FirstOrDefault(row => row.CountyCode == county);
        return new InflationPage(years, chosenYear, rows, selected is null ? null : await DetailAsync(selected));
    }

    private async Task<InflationDetail> DetailAsync(InflationRow county)
    {
        var parameters = new { code = county.CountyCode, year = county.Year };
        var evaluations = await reader.RowsAsync<EvaluationInflationRow>(
            """
            select evaluation_id, project, kind, rule_set_id, total_score_reported, total_score_reference,
                total_score_reference_reason, grade_reference, comparable_rows, score_reported, score_reference, inflation,
                source_file, first_line, last_line
            from rpt_evaluation_inflation
            where county_code = $code and year = $year
            order by inflation desc nulls last, project
            """,
            parameters);
        var indicators = await reader.RowsAsync<IndicatorRow>(
            """
            select evaluation_id, county_code, county_name, year, project, indicator_name, indicator_code, level1, level2,
                target_text, target_operator, target_value, actual_text, actual_value, weight, score_reported,
                score_reference, is_target_met, achievement, source_file, first_line, last_line
            from indicator_results
            where county_code = $code and year = $year and score_reported is not null and score_reference is not null
            order by score_reported - score_reference desc, project, indicator_index
            """,
            parameters);
        return new InflationDetail(county, evaluations, indicators);
    }
}
