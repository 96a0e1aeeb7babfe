using System.Security.Cryptography;

namespace Analytics.Warehouse.Loading;

/// <summary>A report file as the loader sees it: its name, bytes and content hash.</summary>
internal sealed record SourceFile(string FileName, byte[] Bytes, string Sha256)
{
    public static SourceFile Read(string path) => FromBytes(Path.GetFileName(path), File.ReadAllBytes(path));

    public static SourceFile FromBytes(string fileName, byte[] bytes) =>
        new(fileName, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
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
