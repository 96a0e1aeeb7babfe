using System.Diagnostics;
using Analytics.Etl.Reading.Formats;
using Analytics.Etl.Reading.Pdf;

namespace Analytics.Bench;

/// <summary>
/// The PDF reader (PdfPig plus the project's layout work: lines, cells, rulings, running marks) against poppler's
/// <c>pdftotext -layout</c> on the seed reports printed to PDF (tests/fixtures/formats/pdf). PdfPig reads bytes already
/// in memory in this process; pdftotext is a process per file, so its figure includes starting it, as a pipeline that
/// shelled out to it would pay.
/// </summary>
internal static class PdfReading
{
    public static void Measure(Dictionary<string, object> results, TextWriter log)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "tests", "fixtures", "formats", "pdf");
        var files = Directory.GetFiles(folder, "0*.pdf").Order(StringComparer.Ordinal).ToList();
        var documents = files.Select(File.ReadAllBytes).ToList();
        var pages = 0;
        var pdfPig = Stages.Best(5, () =>
        {
            pages = 0;
            foreach (var bytes in documents)
            {
                pages += PdfTextReader.Read(bytes, ReaderLimits.Default).Lines.Select(line => line.Page).Distinct().Count();
            }
        });
        results["pdf_files"] = files.Count;
        results["pdf_pages"] = pages;
        results["pdf_pdfpig_ms"] = Math.Round(pdfPig.TotalMilliseconds, 0);
        results["pdf_pdfpig_ms_per_page"] = Math.Round(pdfPig.TotalMilliseconds / Math.Max(1, pages), 1);

        const string Poppler = "/usr/bin/pdftotext";
        if (!File.Exists(Poppler))
        {
            log.WriteLine($"pdf: {files.Count} files, {pages} pages read by PdfPig in {pdfPig.TotalMilliseconds:0} ms; pdftotext not installed");
            return;
        }

        var poppler = Stages.Best(5, () =>
        {
            foreach (var file in files)
            {
                using var process = Process.Start(new ProcessStartInfo(Poppler, ["-layout", file, "-"]) { RedirectStandardOutput = true })
                    ?? throw new InvalidOperationException("pdftotext did not start");
                _ = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
            }
        });
        results["pdf_pdftotext_ms"] = Math.Round(poppler.TotalMilliseconds, 0);
        log.WriteLine($"pdf: {files.Count} files, {pages} pages: PdfPig {pdfPig.TotalMilliseconds:0} ms, pdftotext -layout {poppler.TotalMilliseconds:0} ms");
    }
}
