using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Etl.Reading;

/// <summary>
/// Turns the bytes of a report into text, detecting the encoding instead of assuming it.
/// </summary>
/// <remarks>
/// Order of detection:
/// <list type="number">
/// <item>byte-order marks: UTF-8 (stripped), UTF-16 LE, UTF-16 BE;</item>
/// <item>strictly valid UTF-8 without NUL bytes: UTF-8 (the common case, one vectorized check);</item>
/// <item>NUL bytes that decode as UTF-16 to mostly CJK/ASCII: UTF-16 without byte-order mark (warned);</item>
/// <item>UTF-8 with a few broken bytes (e.g. a truncated file; see <c>IsDamagedUtf8</c>): UTF-8 with a warning;</item>
/// <item>otherwise GB18030, if it decodes with at most 5% bad characters;</item>
/// <item>otherwise UTF-16 without byte-order mark if it decodes to mostly CJK/ASCII (text with no ASCII, hence no NUL bytes);</item>
/// <item>otherwise "binary?": the least damaged of the UTF-8 and GB18030 decodings, with a "not text" warning.</item>
/// </list>
/// Bad characters are U+FFFD (undecodable), NUL and other control characters (tab, line breaks,
/// form feed and vertical tab excepted), private-use characters and noncharacters. Any decoding
/// with more than 5% bad characters is reported as "binary?", whatever its encoding.
/// </remarks>
public static class TextDecoder
{
    public const string Utf8BomName = "utf-8-bom";
    public const string Utf8Name = "utf-8";
    public const string Utf16LeName = "utf-16le";
    public const string Utf16BeName = "utf-16be";
    public const string Gb18030Name = "gb18030";
    public const string BinaryName = "binary?";

    /// <summary>More bad characters than this share (in percent) means "not text".</summary>
    private const int MaxBadPercent = 5;

    /// <summary>Valid multi-byte UTF-8 sequences per invalid byte needed to call the bytes damaged UTF-8 rather than another encoding.</summary>
    private const int MinValidPerInvalidUtf8 = 10;

    /// <summary>Share (in percent) of CJK/ASCII characters needed to accept a UTF-16 guess without byte-order mark.</summary>
    private const int MinUtf16TextPercent = 90;

    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding Gb18030 = CreateGb18030();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var warnings = new List<string>();
        if (bytes.IsEmpty)
        {
            return new DecodedText(string.Empty, Utf8Name, warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            WarnInvalidUtf8(body, warnings);
            return Finish(Utf8Lenient.GetString(body), Utf8BomName, warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return FinishUtf16(bytes[2..], bigEndian: false, warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FinishUtf16(bytes[2..], bigEndian: true, warnings);
        }

        var hasNul = bytes.Contains((byte)0);
        var validUtf8 = Utf8.IsValid(bytes);
        if (validUtf8 && !hasNul)
        {
            return Finish(Utf8Lenient.GetString(bytes), Utf8Name, warnings);
        }

        if (hasNul && TryGuessUtf16(bytes, out var utf16Text, out var bigEndian))
        {
            warnings.Add($"no byte-order mark: guessed UTF-16 {(bigEndian ? "BE" : "LE")}");
            return Finish(utf16Text, bigEndian ? Utf16BeName : Utf16LeName, warnings);
        }

        var (invalidUtf8, validMultiByte) = validUtf8 ? (0, 0) : CountUtf8(bytes);
        if (IsDamagedUtf8(invalidUtf8, validMultiByte))
        {
            WarnInvalidUtf8(invalidUtf8, warnings);
            return Finish(Utf8Lenient.GetString(bytes), Utf8Name, warnings);
        }

        var gbText = Gb18030.GetString(bytes);
        var gbQuality = Measure(gbText);
        if (!gbQuality.IsBinary)
        {
            return Finish(gbText, Gb18030Name, warnings, gbQuality);
        }

        if (!hasNul && TryGuessUtf16(bytes, out utf16Text, out bigEndian))
        {
            warnings.Add($"no byte-order mark: guessed UTF-16 {(bigEndian ? "BE" : "LE")}");
            return Finish(utf16Text, bigEndian ? Utf16BeName : Utf16LeName, warnings);
        }

        // Not text in any supported encoding: keep whichever decoding is least damaged.
        var utf8Text = Utf8Lenient.GetString(bytes);
        var utf8Quality = Measure(utf8Text);
        return utf8Quality.BadPercent < gbQuality.BadPercent
            ? Finish(utf8Text, Utf8Name, warnings, utf8Quality)
            : Finish(gbText, Gb18030Name, warnings, gbQuality);
    }

    private static Encoding CreateGb18030()
    {
        // In-box on .NET 10; registering is idempotent and this runs once (static initializer).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    private static DecodedText FinishUtf16(ReadOnlySpan<byte> body, bool bigEndian, List<string> warnings)
    {
        if (body.Length % 2 != 0)
        {
            warnings.Add("odd number of bytes for UTF-16: last byte ignored");
            body = body[..^1];
        }

        var encoding = bigEndian ? Utf16Be : Utf16Le;
        return Finish(encoding.GetString(body), bigEndian ? Utf16BeName : Utf16LeName, warnings);
    }

    private static DecodedText Finish(string text, string encodingName, List<string> warnings, Quality? measured = null)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // A byte-order mark that survived decoding (GB18030's 84 31 95 33, or a doubled BOM).
            text = text[1..];
            measured = null;
        }

        var quality = measured ?? Measure(text);
        if (quality.IsBinary)
        {
            warnings.Insert(0, string.Create(
                CultureInfo.InvariantCulture,
                $"not text: {quality.BadPercent:0}% of characters undecodable or control characters (as {encodingName})"));
            encodingName = BinaryName;
        }

        if (quality.Nul > 0)
        {
            warnings.Add($"contains {quality.Nul} NUL characters (binary content?)");
        }

        if (quality.Control > 0)
        {
            warnings.Add($"contains {quality.Control} control characters (binary content?)");
        }

        if (quality.Replacement > 0 && !warnings.Exists(w => w.Contains("not valid UTF-8", StringComparison.Ordinal)))
        {
            warnings.Add($"{quality.Replacement} undecodable byte sequences replaced with U+FFFD");
        }

        if (quality.PrivateUse > 0)
        {
            warnings.Add($"{quality.PrivateUse} private-use or noncharacter code points");
        }

        return new DecodedText(text, encodingName, warnings);
    }

    /// <summary>
    /// UTF-8 with a few broken bytes (a truncated or patched file) stays UTF-8 when its valid multi-byte
    /// sequences outnumber the invalid bytes 10 to 1. GB18030 text read as UTF-8 is mostly invalid, with
    /// only a few valid sequences by chance. (A share-of-bytes rule would misread a GB18030 table that
    /// is mostly ASCII digits with a few Chinese labels as damaged UTF-8.)
    /// </summary>
    private static bool IsDamagedUtf8(int invalidBytes, int validMultiByte) =>
        invalidBytes == 0 || validMultiByte >= MinValidPerInvalidUtf8 * (long)invalidBytes;

    private static void WarnInvalidUtf8(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        if (!Utf8.IsValid(bytes))
        {
            WarnInvalidUtf8(CountUtf8(bytes).InvalidBytes, warnings);
        }
    }

    private static void WarnInvalidUtf8(int invalidBytes, List<string> warnings)
    {
        if (invalidBytes > 0)
        {
            warnings.Add($"{invalidBytes} bytes are not valid UTF-8 (replaced with U+FFFD)");
        }
    }

    /// <summary>Counts bytes in invalid UTF-8 sequences and the valid multi-byte sequences between them.</summary>
    private static (int InvalidBytes, int ValidMultiByte) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0, validMultiByte = 0;
        while (!bytes.IsEmpty)
        {
            var nonAscii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (nonAscii < 0)
            {
                break;
            }

            bytes = bytes[nonAscii..];
            if (Rune.DecodeFromUtf8(bytes, out _, out var consumed) == OperationStatus.Done)
            {
                validMultiByte++;
            }
            else
            {
                invalid += consumed;
            }

            bytes = bytes[consumed..];
        }

        return (invalid, validMultiByte);
    }

    private static bool TryGuessUtf16(ReadOnlySpan<byte> bytes, out string text, out bool bigEndian)
    {
        text = string.Empty;
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        var little = Utf16Le.GetString(bytes);
        var big = Utf16Be.GetString(bytes);
        var littleScore = TextPercent(little);
        var bigScore = TextPercent(big);
        bigEndian = bigScore > littleScore;
        text = bigEndian ? big : little;
        return Math.Max(littleScore, bigScore) >= MinUtf16TextPercent;
    }

    /// <summary>Share (in percent) of characters that are ASCII text, CJK ideographs or CJK/full-width punctuation.</summary>
    private static double TextPercent(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var good = 0;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' or (>= ' ' and <= '~')
                or (>= '\u3000' and <= '\u303F') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
                or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2000' and <= '\u206F'))
            {
                good++;
            }
        }

        return good * 100.0 / text.Length;
    }

    private static Quality Measure(string text)
    {
        int nul = 0, control = 0, replacement = 0, privateUse = 0;
        foreach (var c in text)
        {
            if (c >= ' ' && c < '\u007F')
            {
                continue;
            }

            switch (c)
            {
                case '\0':
                    nul++;
                    break;
                case '\t' or '\n' or '\r' or '\f' or '\v':
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    control++;
                    break;
                case '\uFFFD':
                    replacement++;
                    break;
                case (>= '\uE000' and <= '\uF8FF') or '\uFFFE' or '\uFFFF':
                    privateUse++;
                    break;
                default:
                    break;
            }
        }

        return new Quality(text.Length, nul, control, replacement, privateUse);
    }

    private readonly record struct Quality(int Length, int Nul, int Control, int Replacement, int PrivateUse)
    {
        public int Bad => Nul + Control + Replacement + PrivateUse;

        public double BadPercent => Length == 0 ? 0 : Bad * 100.0 / Length;

        public bool IsBinary => Bad * 100L > Length * (long)MaxBadPercent;
    }
}
