using Analytics.Warehouse.Querying;
using Microsoft.AspNetCore.Mvc;

namespace Analytics.Web.Controllers;

/// <summary><c>GET /api/status</c>: when the data was loaded (数据截至) and how much of it there is.</summary>
[ApiController]
public sealed class StatusController(WarehouseReader reader) : ControllerBase
{
    [HttpGet("/api/status")]
    public async Task<IActionResult> Status()
    {
        if (!reader.Exists)
        {
            return Ok(new WarehouseStatus(null, 0, 0, 0, 0, []));
        }

        var counts = (await reader.QueryAsync<Counts>(
            """
            select
                (select count(*) from documents where status = 'loaded') as documents_loaded,
                (select count(*) from documents where status = 'quarantined') as documents_quarantined,
                (select count(*) from evaluations) as evaluations,
                (select count(*) from indicator_results) as indicator_results
            """)).Single();
        var years = await reader.QueryAsync<int>("select distinct year from evaluations where year is not null order by year");
        var dataAsOf = reader.DataAsOf() is { } loaded ? DateTime.SpecifyKind(loaded, DateTimeKind.Utc) : (DateTime?)null;
        return Ok(new WarehouseStatus(dataAsOf, counts.DocumentsLoaded, counts.DocumentsQuarantined, counts.Evaluations, counts.IndicatorResults, years));
    }

    /// <summary><paramref name="DataAsOf"/> is UTC: the end of the last finished load.</summary>
    public sealed record WarehouseStatus(DateTime? DataAsOf, long DocumentsLoaded, long DocumentsQuarantined, long Evaluations, long IndicatorResults, IReadOnlyList<int> Years);

    private sealed record Counts(long DocumentsLoaded, long DocumentsQuarantined, long Evaluations, long IndicatorResults);
}
