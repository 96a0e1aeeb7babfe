namespace Analytics.Etl.Reading.Formats;

/// <summary>
/// Limits that keep one hostile or broken file from hurting a batch: a zip bomb inside a .docx/.xlsx, a PDF with
/// thousands of pages, a sheet with millions of cells. Crossing one is a quarantine reason, never a crash.
/// </summary>
public sealed record ReaderLimits
{
    public static ReaderLimits Default { get; } = new();

    /// <summary>The sum of the uncompressed sizes of a .docx/.xlsx's parts.</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Uncompressed size over compressed size of one part; real Office parts stay far below 100.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Parts in one .docx/.xlsx.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>Pages in one PDF.</summary>
    public int MaxPages { get; init; } = 1_000;

    /// <summary>Non-empty cells read from one workbook.</summary>
    public int MaxCells { get; init; } = 1_000_000;

    /// <summary>
    /// Element nesting in one XML part. A report's deepest path (a table in a table cell, in a text box) is a few dozen
    /// levels; thousands are an attack on recursive readers (OpenXml's loader and ours overflow the stack).
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;
}
