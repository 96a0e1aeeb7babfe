using System.Security.Cryptography;

namespace Analytics.Warehouse.Loading;

/// <summary>
/// A report file as the loader sees it: its key (<see cref="ReportFile.Key"/>, kept in the <c>file_name</c> columns),
/// bytes, size and content hash.
/// </summary>
internal sealed record SourceFile(string FileName, byte[] Bytes, string Sha256, long Length)
{
    public static SourceFile Read(ReportFile file) => FromBytes(file.Key, File.ReadAllBytes(file.Path));

    /// <summary>A file too large to read: hashed as it is on disk (streamed), so an unchanged one stays unchanged.</summary>
    public static SourceFile HashOnly(ReportFile file)
    {
        using var stream = File.OpenRead(file.Path);
        return new(file.Key, [], Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
    }

    public static SourceFile FromBytes(string fileName, byte[] bytes) =>
        new(fileName, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
}

/// <summary>What the loader does with a file, decided by its content hash against what the warehouse holds.</summary>
internal enum LoadAction
{
    /// <summary>Same name, same hash: nothing to do.</summary>
    Unchanged,

    /// <summary>A name the warehouse has not seen.</summary>
    New,

    /// <summary>A known name with new content: its old rows are replaced.</summary>
    Changed,
}
