using Analytics.Warehouse.Querying;
using Microsoft.AspNetCore.Mvc;

namespace Analytics.Web.Controllers;

/// <summary>The public views <c>evaluations</c> and <c>indicator_results</c> as JSON, filtered by year and county (code or name).</summary>
[ApiController]
public sealed class EvaluationsController(WarehouseReader reader) : ControllerBase
{
    [HttpGet("/api/evaluations")]
    public async Task<IActionResult> Evaluations(int? year, string? county)
    {
        var rows = await reader.QueryAsync<dynamic>(
            """
            select * from evaluations
            where ($year is null or year = $year)
                and ($county is null or county_code = $county or county_name = $county)
            order by year, county_code, evaluation_id
            """,
            new { year, county = Blank(county) });
        return Ok(ViewRows.From(rows));
    }

    /// <summary><paramref name="indicator"/> is a canonical indicator code or an indicator's name as written.</summary>
    [HttpGet("/api/indicator-results")]
    public async Task<IActionResult> IndicatorResults(int? year, string? county, string? indicator)
    {
        var rows = await reader.QueryAsync<dynamic>(
            """
            select * from indicator_results
            where ($year is null or year = $year)
                and ($county is null or county_code = $county or county_name = $county)
                and ($indicator is null or indicator_code = $indicator or indicator_name = $indicator)
            order by year, county_code, evaluation_id, indicator_index
            """,
            new { year, county = Blank(county), indicator = Blank(indicator) });
        return Ok(ViewRows.From(rows));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
