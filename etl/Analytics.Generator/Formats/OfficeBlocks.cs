using System.IO.Compression;

namespace Analytics.Generator.Formats;

/// <summary>
/// The blocks the DOCX and XLSX writers lay out: <see cref="ReportBlocks.Split"/> of each run of non-blank lines, with
/// every blank line kept as an empty paragraph. ReportBlocks lets a blank line sit inside a table; here it ends the
/// table instead (Word's "table, empty paragraph, table"), because the blank lines between rows carry the row breaks
/// of the one-cell-per-line layouts and must survive the round trip.
/// </summary>
internal static class OfficeBlocks
{
    public static List<ReportBlock> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var blocks = new List<ReportBlock>();
        var run = new List<string>();

        void Flush()
        {
            if (run.Count > 0)
            {
                blocks.AddRange(ReportBlocks.Split(string.Join('\n', run)));
                run.Clear();
            }
        }

        for (var index = 0; index < count; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]) && !lines[index].Contains('\t', StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new ParagraphBlock(lines[index]));
            }
            else
            {
                run.Add(lines[index]);
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>
    /// The same archive with its entries in name order and a fixed time stamp, so writing the same report twice gives
    /// the same bytes (the packaging library stamps entries with the current time).
    /// </summary>
    public static byte[] Deterministic(byte[] package)
    {
        var stamp = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it
            foreach (var entry in input.Entries.OrderBy(entry => entry.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(entry => entry.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
