using Analytics.Warehouse.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Analytics.Web.Controllers;

/// <summary><c>GET /api/exports/{report}?year=N&amp;format=xlsx|csv</c>: the ranked table of a report for a meeting.</summary>
[ApiController]
public sealed class ExportsController(ReportExporter exporter) : ControllerBase
{
    [HttpGet("/api/exports/{report}")]
    public async Task<IActionResult> Export(string report, int? year, string? format)
    {
        if (ExportCatalog.Find(report) is not { } definition)
        {
            return Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "没有这个报表",
                detail: $"unknown report '{report}'; reports: {string.Join(", ", ExportCatalog.Reports.Select(known => known.Name))}");
        }

        if (ExportFormats.Parse(format ?? "xlsx") is not { } fileFormat)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "格式只能是 xlsx 或 csv", detail: $"unknown format '{format}'");
        }

        var bytes = await exporter.ExportAsync(definition, year, fileFormat);

        // an ASCII name for old clients, the Chinese one (RFC 6266 filename*) for the rest
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = definition.FileName(year, fileFormat),
            FileNameStar = definition.FileNameZh(year, fileFormat),
        }.ToString();
        return File(bytes, fileFormat.ContentType());
    }
}
