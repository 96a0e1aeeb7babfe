using System.Buffers;

namespace Analytics.Etl.Normalizing;

/// <summary>
/// Space characters: every visible space variant becomes U+0020, zero-width characters are removed,
/// trailing spaces go. Tabs are cell separators and are always kept, trailing ones included
/// (a trailing tab is an empty last cell). Leading and interior runs of spaces are kept: they can
/// separate cells in converted tables.
/// </summary>
/// <remarks>
/// Mapped to a space: U+00A0 no-break space, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000 ideographic
/// space (NFKC maps most of these already; this step does not rely on it). Removed: U+200B zero-width
/// space, U+200C/U+200D joiners, U+2060 word joiner, U+FEFF byte-order mark: they are invisible, so turning
/// them into a space would split words such as 太湖县 where the reader sees none.
/// </remarks>
public sealed class NormalizeSpaces : ILineNormalizer
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000"
        + "\u200B\u200C\u200D\u2060\uFEFF");

    public string Normalize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var span = line.AsSpan();
        var first = span.IndexOfAny(Special);
        if (first < 0)
        {
            var end = TrimmedLength(span);
            return end == line.Length ? line : line[..end];
        }

        var buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        span[..first].CopyTo(buffer);
        var length = first;
        for (var i = first; i < span.Length; i++)
        {
            var c = span[i];
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                    buffer[length++] = ' ';
                    break;
                default:
                    buffer[length++] = c;
                    break;
            }
        }

        var trimmed = buffer[..length];
        return new string(trimmed[..TrimmedLength(trimmed)]);
    }

    /// <summary>Length without trailing white space, stopping at the last tab.</summary>
    private static int TrimmedLength(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] != '\t' && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
