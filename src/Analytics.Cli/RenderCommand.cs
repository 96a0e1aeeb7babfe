using System.Text;
using Analytics.Generator.Formats;

namespace Analytics.Cli;

/// <summary>
/// <c>render &lt;file-or-folder&gt; --format pdf|docx|xlsx --out DIR</c>: writes each text report as the PDF, Word or
/// Excel file a county might have sent; the fixtures in tests/fixtures/formats are made with it.
/// </summary>
public static class RenderCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options.Parse(args, "format", "out", "chromium");
        if (options.Error is not null || options.Positional.Count != 1 || options.Get("out") is not { } folder
            || options.Get("format") is not ("pdf" or "docx" or "xlsx"))
        {
            await errors.WriteLineAsync(options.Error ?? "render: give <file-or-folder> --format pdf|docx|xlsx --out DIR");
            return 2;
        }

        var format = options.Get("format")!;
        if (InputFiles.List(options.Positional[0]) is not { Count: > 0 } inputs)
        {
            await errors.WriteLineAsync($"render: no report files at {options.Positional[0]}");
            return 2;
        }

        Directory.CreateDirectory(folder);
        var reports = inputs
            .Select(path => (Text: File.ReadAllText(path, Encoding.UTF8), Title: Path.GetFileNameWithoutExtension(path),
                OutputPath: Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + "." + format)))
            .ToList();
        if (format == "pdf")
        {
            if (PdfReportWriter.Write(reports, options.Get("chromium") ?? "/usr/bin/chromium") is { } failure)
            {
                await errors.WriteLineAsync($"render: {failure}");
                return 1;
            }
        }
        else
        {
            foreach (var (text, title, outputPath) in reports)
            {
                var bytes = format == "docx" ? DocxReportWriter.Write(text, title) : XlsxReportWriter.Write(text, title);
                await File.WriteAllBytesAsync(outputPath, bytes);
            }
        }

        await output.WriteLineAsync($"{reports.Count} {format} file(s) in {folder}");
        return 0;
    }
}
