using System.IO.Compression;

namespace Analytics.Generator.Formats;

/// <summary>Office packages (DOCX, XLSX) that come out byte for byte the same each time they are written.</summary>
internal static class DeterministicZip
{
    /// <summary>
    /// The same archive with its entries in name order and a fixed time stamp, so writing the same report twice gives
    /// the same bytes (the packaging library stamps entries with the current time).
    /// </summary>
    public static byte[] Of(byte[] package)
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
