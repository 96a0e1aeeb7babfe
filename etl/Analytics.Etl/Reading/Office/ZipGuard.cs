using System.IO.Compression;
using System.Xml;
using Analytics.Etl.Reading.Formats;

namespace Analytics.Etl.Reading.Office;

/// <summary>The parts of a zip archive, inflated in memory under the reader's limits.</summary>
/// <param name="Parts">Part name (as in the archive) → its uncompressed bytes; folders are left out.</param>
internal sealed record ZipParts(IReadOnlyDictionary<string, byte[]> Parts)
{
    public bool Has(string name) => Parts.ContainsKey(name);

    /// <summary>
    /// A new archive holding the same parts, stored without compression: OpenXml reads this one, whose sizes are the
    /// ones already counted, never the original whose headers may lie.
    /// </summary>
    public MemoryStream Rebuild()
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in Parts)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.NoCompression).Open();
                entry.Write(bytes);
            }
        }

        stream.Position = 0;
        return stream;
    }
}

/// <summary>
/// Checks a .docx/.xlsx as a zip before any XML parser sees it: too many entries, declared sizes above the limit, a
/// part compressed suspiciously well, or a corrupt archive are refused with a reason. The declared sizes are only a
/// first, cheap check: every part is then inflated through a capped copy, so an archive whose headers understate its
/// sizes is stopped at the limit too, whatever the zip library does with the headers.
/// </summary>
internal static class ZipGuard
{
    /// <summary>Below this a part's ratio is not judged: small XML parts of repeated markup compress very well.</summary>
    private const long RatioFloorBytes = 1024 * 1024;

    public static (ZipParts? Parts, string? Error) Open(byte[] bytes, ReaderLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxZipEntries)
            {
                return (null, $"zip bomb: {entries.Count} parts, above the limit of {limits.MaxZipEntries}");
            }

            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxUncompressedBytes)
                {
                    return (null, $"zip bomb: the parts declare more than {limits.MaxUncompressedBytes} bytes uncompressed");
                }

                if (TooCompressed(entry.Length, entry.CompressedLength, limits))
                {
                    return (null, $"zip bomb: part {entry.FullName} is compressed {Ratio(entry.Length, entry.CompressedLength)}:1, above {limits.MaxCompressionRatio}:1");
                }
            }

            var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            long inflated = 0;
            foreach (var entry in entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var (data, error) = Inflate(entry, limits.MaxUncompressedBytes - inflated, limits);
                if (error is not null)
                {
                    return (null, error);
                }

                inflated += data!.Length;
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && TooDeep(data, limits.MaxXmlDepth) is { } depthError)
                {
                    return (null, $"{entry.FullName}: {depthError}");
                }

                parts[entry.FullName] = data;
            }

            return (new ZipParts(parts), null);
        }
        catch (InvalidDataException error)
        {
            return (null, $"corrupt file: {error.Message}");
        }
        catch (NotSupportedException error)
        {
            // e.g. an unsupported compression method or an encrypted zip entry
            return (null, $"corrupt file: {error.Message}");
        }
        catch (IOException error)
        {
            return (null, $"corrupt file: {error.Message}");
        }
    }

    /// <summary>Copies one part through a buffer, stopping as soon as it passes what is left of the budget or its ratio.</summary>
    private static (byte[]? Data, string? Error) Inflate(ZipArchiveEntry entry, long budget, ReaderLimits limits)
    {
        using var input = entry.Open();
        using var output = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), Math.Min(budget, 16 * 1024 * 1024)));
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > budget)
            {
                return (null, $"zip bomb: part {entry.FullName} inflates past the limit of {limits.MaxUncompressedBytes} bytes uncompressed");
            }

            if (TooCompressed(output.Length, entry.CompressedLength, limits))
            {
                return (null, $"zip bomb: part {entry.FullName} inflates more than {limits.MaxCompressionRatio}:1");
            }
        }

        return (output.ToArray(), null);
    }

    /// <summary>
    /// Measures a part's element nesting with a streaming reader (no recursion, no tree) before any recursive reader
    /// sees it; a part that is not well-formed is left for OpenXml to refuse with its own message.
    /// </summary>
    private static string? TooDeep(byte[] xml, int maxDepth)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), settings);
            while (reader.Read())
            {
                if (reader.Depth > maxDepth)
                {
                    return $"elements nested deeper than {maxDepth} levels (tables inside tables); not a report";
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return null;
    }

    private static bool TooCompressed(long length, long compressed, ReaderLimits limits) =>
        length >= RatioFloorBytes && (compressed <= 0 || (double)length / compressed > limits.MaxCompressionRatio);

    private static string Ratio(long length, long compressed) => compressed <= 0 ? "∞" : ((double)length / compressed).ToString("0");
}
