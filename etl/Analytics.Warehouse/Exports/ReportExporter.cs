using Analytics.Warehouse.Querying;
using Dapper;

namespace Analytics.Warehouse.Exports;

/// <summary>Reads a report's rows from the live warehouse and writes them as xlsx or csv; shared by the web app and the CLI.</summary>
public sealed class ReportExporter(WarehouseReader reader)
{
    /// <summary>The rows, the data's date and the rule sets in use, all read from one version of the warehouse.</summary>
    public async Task<ExportTable> QueryAsync(ExportReport report, int? year)
    {
        using var connection = reader.Open();
        var parameters = new { year };
        var rows = (await connection.QueryAsync(report.Sql, parameters))
            .Select(row => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>((IDictionary<string, object?>)row, StringComparer.Ordinal))
            .ToList();
        var dataAsOf = await connection.ExecuteScalarAsync<DateTime?>("select max(finished_at) from raw_batches where status = 'finished'");
        var ruleSets = await connection.QueryAsync<string>(
            """
            select distinct rule_sets.rule_set_name
            from int_evaluation_rule_sets as rule_sets
            inner join evaluations
                on rule_sets.evaluation_id = evaluations.evaluation_id
            where $year is null or evaluations.year = $year
            order by 1
            """,
            parameters);
        return new ExportTable(report, year, dataAsOf, ruleSets.ToList(), rows);
    }

    public static void Write(ExportTable table, ExportFormat format, Stream output)
    {
        if (format == ExportFormat.Xlsx)
        {
            XlsxExportWriter.Write(table, output);
        }
        else
        {
            CsvExportWriter.Write(table, output);
        }
    }

    /// <summary>Queries and writes in one step, into memory (exports are meeting-sized tables).</summary>
    public async Task<byte[]> ExportAsync(ExportReport report, int? year, ExportFormat format)
    {
        var table = await QueryAsync(report, year);
        using var output = new MemoryStream();
        Write(table, format, output);
        return output.ToArray();
    }
}
