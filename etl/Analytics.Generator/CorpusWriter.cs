using System.Globalization;
using System.Text;
using Analytics.Etl.Records;
using Analytics.Generator.Content;
using Analytics.Generator.Formats;

namespace Analytics.Generator;

/// <summary>
/// Writes a generated corpus to a folder: <c>reports/&lt;file&gt;.txt</c> (or .docx, .xlsx, .pdf: the same text as a
/// county's office would have saved or printed it), <c>truth/&lt;same stem&gt;.jsonl</c> (one
/// <see cref="RecordJson.ToJsonLine"/> per record) and a README.md that says the data is SYNTHETIC and how it was made.
/// </summary>
public static class CorpusWriter
{
    /// <summary>The formats a corpus can be written in.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["txt", "docx", "xlsx", "pdf"];

    /// <summary>
    /// Layouts that only arise when text is pulled out of a file (one cell per line, cells flattened into prose lines,
    /// tab-led cells): nobody prints those to PDF, so they stay text when the corpus asks for PDF.
    /// </summary>
    private static readonly HashSet<string> ExtractedTextLayouts =
        [CorpusGenerator.OneCellPerLine, CorpusGenerator.Flat, CorpusGenerator.TabLedCells];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="chromiumPath">the browser that prints the PDF reports</param>
    /// <exception cref="InvalidOperationException">PDF reports were asked for and Chromium could not print them.</exception>
    public static CorpusSummary Write(CorpusOptions options, string folder, string chromiumPath = "/usr/bin/chromium")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var formats = options.Formats is { Count: > 0 } asked ? asked : ["txt"];
        if (formats.FirstOrDefault(format => !Formats.Contains(format)) is { } unknown)
        {
            throw new ArgumentException($"unknown format '{unknown}': use {string.Join(", ", Formats)}", nameof(options));
        }

        var reports = Path.Combine(folder, "reports");
        var truth = Path.Combine(folder, "truth");
        Directory.CreateDirectory(reports);
        Directory.CreateDirectory(truth);

        int documents = 0, records = 0, indicators = 0, defective = 0;
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byLayout = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byFormat = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var toPrint = new List<(string Text, string Title, string OutputPath)>();
        foreach (var document in CorpusGenerator.Plan(options))
        {
            var format = formats[documents % formats.Count];
            format = format == "pdf" && ExtractedTextLayouts.Contains(document.Layout) ? "txt" : format;
            var stem = Path.GetFileNameWithoutExtension(document.FileName);
            var fileName = stem + "." + format;
            var path = Path.Combine(reports, fileName);
            switch (format)
            {
                case "docx":
                    File.WriteAllBytes(path, DocxReportWriter.Write(document.Text, stem));
                    break;
                case "xlsx":
                    File.WriteAllBytes(path, XlsxReportWriter.Write(document.Text, stem));
                    break;
                case "pdf":
                    toPrint.Add((document.Text, stem, path));
                    break;
                default:
                    File.WriteAllText(path, document.Text, Utf8);
                    break;
            }

            var lines = new StringBuilder();
            foreach (var record in document.Truth)
            {
                // the truth names the file as written; its line numbers are those of the text (a PDF's lines differ)
                lines.Append(RecordJson.ToJsonLine(record with { Source = record.Source with { File = fileName } })).Append('\n');
            }

            byFormat[format] = byFormat.GetValueOrDefault(format) + 1;

            File.WriteAllText(Path.Combine(truth, Path.GetFileNameWithoutExtension(document.FileName) + ".jsonl"), lines.ToString(), Utf8);
            documents++;
            records += document.Truth.Count;
            indicators += document.Truth.Sum(record => record.Indicators.Count);
            byLayout[document.Layout] = byLayout.GetValueOrDefault(document.Layout) + 1;
            foreach (var defect in document.Defects)
            {
                if (defect is { } kind)
                {
                    defective++;
                    var name = DefectNames.Of(kind);
                    byKind[name] = byKind.GetValueOrDefault(name) + 1;
                }
            }
        }

        if (toPrint.Count > 0 && PdfReportWriter.Write(toPrint, chromiumPath) is { } failure)
        {
            throw new InvalidOperationException($"cannot print the PDF reports: {failure}");
        }

        var summary = new CorpusSummary(folder, documents, records, indicators, defective, byKind, byLayout, byFormat);
        File.WriteAllText(Path.Combine(folder, "README.md"), Readme(options, summary), Utf8);
        return summary;
    }

    private static string Readme(CorpusOptions options, CorpusSummary summary)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.Append("# SYNTHETIC self-evaluation corpus\n\n");
        text.Append("Everything in this folder is SYNTHETIC: generated by `Analytics.Generator.CorpusWriter`, not reports any county filed. ");
        text.Append("County names and GB/T 2260 codes are real (the catalog in `etl/Analytics.Etl/Data/counties.csv`); units, projects, ");
        text.Append("amounts, indicators and scores are made up from the wordings of real reports. Do not cite them as facts about a county.\n\n");
        text.Append("- `reports/<admin_code>_<year>_<n>.<txt|docx|xlsx|pdf>`: the reports, in the layout families the extractor reads, ");
        text.Append("as text or as the Word, Excel or printed PDF file made from that text (layouts that only arise from text ");
        text.Append("pulled out of a file, such as one cell per line, are not printed to PDF).\n");
        text.Append("- `truth/<same stem>.jsonl`: what each text states, as records of docs/contract/evaluation-record.md ");
        text.Append("(one JSON line per record; amounts in 万元 even where the text prints 元). Defects are in the texts only, as written.\n\n");
        text.Append("## Options\n\n");
        text.Append(invariant, $"- seed: {options.Seed}\n");
        text.Append(invariant, $"- province: {options.Province ?? "(none: the first counties of the list, spread over provinces)"}\n");
        if (options.Province is null)
        {
            text.Append(invariant, $"- counties: {options.Counties}\n");
        }

        text.Append(invariant, $"- years: {string.Join(", ", options.Years)}\n");
        text.Append(invariant, $"- projects per county and year: {options.ProjectsPerCounty} (plus one 部门整体 table)\n");
        text.Append(invariant, $"- defect rate: {options.DefectRate.ToString("0.###", invariant)}\n");
        text.Append(invariant, $"- layouts: {string.Join(", ", options.Layouts ?? CorpusGenerator.LayoutFamilies)}\n");
        text.Append(invariant, $"- formats: {string.Join(", ", options.Formats is { Count: > 0 } formats ? formats : ["txt"])}\n\n");
        text.Append("## Contents\n\n");
        text.Append(invariant, $"- documents: {summary.Documents}\n- records: {summary.Records}\n- indicator rows: {summary.Indicators}\n");
        text.Append(invariant, $"- records with a defect: {summary.DefectiveRecords}\n");
        foreach (var (kind, count) in summary.DefectsByKind)
        {
            text.Append(invariant, $"  - {kind}: {count}\n");
        }

        text.Append("- documents by layout:\n");
        foreach (var (layout, count) in summary.DocumentsByLayout)
        {
            text.Append(invariant, $"  - {layout}: {count}\n");
        }

        text.Append("- documents by format:\n");
        foreach (var (format, count) in summary.DocumentsByFormat)
        {
            text.Append(invariant, $"  - {format}: {count}\n");
        }

        return text.ToString();
    }
}
