namespace Analytics.Etl.Reading.Formats;

/// <summary>What a file is, told from its first bytes rather than its name: counties rename files freely.</summary>
public enum SourceFormat
{
    /// <summary>Anything that is not one of the formats below: decoded as text (UTF-8, GB18030 ...).</summary>
    Text,

    /// <summary>Starts with <c>%PDF-</c>.</summary>
    Pdf,

    /// <summary>A zip archive (<c>PK\x03\x04</c>): a .docx or .xlsx, told apart by its parts.</summary>
    Zip,

    /// <summary>An OLE compound file (<c>D0 CF 11 E0</c>): a password-protected .docx/.xlsx or a legacy .doc/.xls.</summary>
    OfficeBinary,
}

/// <summary>Tells a file's format from its magic bytes.</summary>
public static class FormatSniffer
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SourceFormat Detect(ReadOnlySpan<byte> bytes)
    {
        // some PDF writers put a few bytes of junk before the header; readers accept it within the first 1 KB
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (bytes.StartsWith(PdfMagic) || head.IndexOf(PdfMagic) >= 0)
        {
            return SourceFormat.Pdf;
        }

        if (bytes.StartsWith(ZipMagic))
        {
            return SourceFormat.Zip;
        }

        return bytes.StartsWith(OleMagic) ? SourceFormat.OfficeBinary : SourceFormat.Text;
    }
}
