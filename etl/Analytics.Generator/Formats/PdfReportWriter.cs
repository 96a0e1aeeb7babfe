using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace Analytics.Generator.Formats;

/// <summary>
/// Prints text reports to PDF with headless Chromium, the way a county's office prints from a word processor: A4, a
/// CJK font, bordered tables whose first row repeats after a page break, the title as a running header and the page
/// number as a running footer ("— 3 —").
/// </summary>
public static class PdfReportWriter
{
    private static readonly TimeSpan PrintLimit = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Noto Sans CJK SC draws 户 (U+6237) with the glyph it also uses for the Kangxi radical ⼾ (U+2F3E), and Chromium's
    /// text layer then gives that glyph as ⼾, which reads back as 戶: 户 alone is taken from the JP face, whose glyph
    /// maps back to 户.
    /// </summary>
    private const string FontFaces =
        "@font-face { font-family: \"Report Hu\"; src: local(\"Noto Sans CJK JP\"), local(\"NotoSansCJKjp-Regular\"); unicode-range: U+6237; }\n";

    private const string FontFamily = "\"Report Hu\", \"Noto Sans CJK SC\", sans-serif";

    /// <summary>Prints each (text, title, output path); returns null on success or why printing failed.</summary>
    public static string? Write(IReadOnlyList<(string Text, string Title, string OutputPath)> reports, string chromiumPath = "/usr/bin/chromium")
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(chromiumPath);
        if (!File.Exists(chromiumPath))
        {
            return $"Chromium not found at {chromiumPath}";
        }

        var folder = Path.Combine(Path.GetTempPath(), "pdf-writer-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            for (var index = 0; index < reports.Count; index++)
            {
                var (text, title, outputPath) = reports[index];
                var html = Path.Combine(folder, $"report-{index}.html");
                File.WriteAllText(html, ToHtml(text, title), new UTF8Encoding(false));
                var output = Path.GetFullPath(outputPath);
                if (Path.GetDirectoryName(output) is { } outputFolder)
                {
                    Directory.CreateDirectory(outputFolder);
                }

                if (Print(chromiumPath, html, output, Path.Combine(folder, "profile")) is { } failure)
                {
                    return $"{Path.GetFileName(outputPath)}: {failure}";
                }
            }

            return null;
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>The report as a printable HTML page: paragraphs keep their spaces, tab rows become bordered tables.</summary>
    public static string ToHtml(string text, string title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title>\n<style>\n")
            .Append(FontFaces)
            .Append("@page { size: A4; margin: 22mm 18mm 20mm 18mm;\n")
            .Append("  @top-center { content: \"").Append(CssString(title)).Append("\"; font-family: ").Append(FontFamily).Append("; font-size: 9pt; }\n")
            .Append("  @bottom-center { content: \"— \" counter(page) \" —\"; font-family: ").Append(FontFamily).Append("; font-size: 9pt; } }\n")
            .Append("body { margin: 0; font-family: ").Append(FontFamily).Append("; font-size: 10.5pt; line-height: 1.5; }\n")
            .Append("p { margin: 0; white-space: pre-wrap; min-height: 1.5em; }\n")
            .Append("table { border-collapse: collapse; width: 100%; margin: 0; font-family: ").Append(FontFamily).Append("; font-size: 9pt; line-height: 1.3; }\n")
            .Append("thead { display: table-header-group; }\n")
            .Append("tr { break-inside: avoid; }\n")
            .Append("th, td { border: 0.75pt solid #000; padding: 3pt 6pt; text-align: left; vertical-align: middle; font-weight: normal; white-space: pre-wrap; }\n")
            .Append("</style>\n</head>\n<body>\n");

        foreach (var block in ReportBlocks.Split(text))
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Text.TrimEnd())).Append("</p>\n");
                    break;
                case TableBlock table:
                    AppendTable(html, table);
                    break;
                default:
                    break;
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        var columns = table.ColumnCount;
        html.Append("<table>\n");
        for (var index = 0; index < table.Rows.Count; index++)
        {
            // the first row in <thead>: Chromium repeats it at the top of each page the table continues on
            var (open, close, cell) = index == 0 ? ("<thead><tr>", "</tr></thead>\n<tbody>\n", "th") : ("<tr>", "</tr>\n", "td");
            html.Append(open);
            var row = table.Rows[index];
            for (var column = 0; column < columns; column++)
            {
                var value = column < row.Count ? row[column].Trim() : string.Empty;
                html.Append('<').Append(cell).Append('>').Append(WebUtility.HtmlEncode(value)).Append("</").Append(cell).Append('>');
            }

            html.Append(close);
        }

        html.Append(table.Rows.Count > 0 ? "</tbody>\n</table>\n" : "</table>\n");
    }

    private static string CssString(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string? Print(string chromiumPath, string htmlPath, string outputPath, string profile)
    {
        var start = new ProcessStartInfo(chromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--user-data-dir=" + profile, "--print-to-pdf=" + outputPath, new Uri(htmlPath).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        if (File.Exists(outputPath))
        {
            File.Delete(outputPath);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception error)
        {
            return $"Chromium could not be started: {error.Message}";
        }

        if (process is null)
        {
            return "Chromium could not be started";
        }

        using (process)
        {
            // read both streams while waiting: a full pipe would block Chromium
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(PrintLimit))
            {
                process.Kill(entireProcessTree: true);
                return $"Chromium did not finish within {PrintLimit.TotalSeconds:0} s";
            }

            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(outputPath) || new FileInfo(outputPath).Length == 0)
            {
                var detail = stderr.Result.Trim();
                return $"Chromium exited with {process.ExitCode} and no PDF{(detail.Length > 0 ? ": " + LastLine(detail) : string.Empty)}";
            }

            _ = stdout.Result;
            return null;
        }
    }

    private static string LastLine(string text) => text.Split('\n')[^1].Trim();

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless; Chromium may still hold a file for a moment
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
