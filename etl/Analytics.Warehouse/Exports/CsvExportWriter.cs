using System.Text;

namespace Analytics.Warehouse.Exports;

/// <summary>
/// The csv of a report: UTF-8 with a byte order mark (without one Excel shows Chinese as mojibake), Chinese headers,
/// then the same rows as the xlsx, each value written in its column's format (RFC 4180 quoting, CRLF).
/// </summary>
public static class CsvExportWriter
{
    public static void Write(ExportTable table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        var columns = table.Report.Columns;
        writer.WriteLine(string.Join(",", columns.Select(column => Quote(column.Header))));
        foreach (var row in table.Rows)
        {
            writer.WriteLine(string.Join(",", columns.Select(column => Quote(ExportTable.Text(column, row.GetValueOrDefault(column.Column))))));
        }
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
