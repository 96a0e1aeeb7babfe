using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Reading;

/// <summary>Splits text into numbered lines the way a text editor numbers them.</summary>
public static class LineSplitter
{
    /// <summary>
    /// Splits on CRLF, lone CR and lone LF (mixed freely in one text). Numbers are 1-based.
    /// A final line break does not start an extra empty line; an empty text has no lines.
    /// </summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<SourceLine>();
        var span = text.AsSpan();
        var start = 0;
        var number = 1;
        while (start < span.Length)
        {
            var rest = span[start..];
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                lines.Add(new SourceLine(number, text[start..]));
                break;
            }

            lines.Add(new SourceLine(number++, text.Substring(start, end)));
            var breakLength = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
            start += end + breakLength;
        }

        return lines;
    }
}
