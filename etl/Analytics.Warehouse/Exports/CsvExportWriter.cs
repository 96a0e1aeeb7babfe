using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Warehouse.Exports;

/// <summary>
/// The csv of a report: UTF-8 with a byte order mark (without one Excel shows Chinese as mojibake), Chinese headers,
/// then the same rows as the xlsx, each value written in its column's format (RFC 4180 quoting, CRLF). A cell that a
/// spreadsheet would run as a formula (OWASP's rule: it starts with =, +, -, @, a tab or a carriage return; a file or
/// project name comes from the reports) is written with a leading apostrophe; a plain number such as -1.50 is not.
/// </summary>
public static partial class CsvExportWriter
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

    private static string Quote(string text)
    {
        var safe = Defused(text);
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>The cell as text a spreadsheet shows rather than runs.</summary>
    internal static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(text) ? "'" + text : text;

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?%?$")]
    private static partial Regex PlainNumber();
}
