namespace Analytics.Etl.Normalizing;

/// <summary>
/// Rejoins decimal numbers that PDF text extraction broke across lines inside a table cell:
/// a line ending in <c>582.</c> followed (after at most <see cref="MaxBlankLines"/> empty lines) by a
/// line starting <c>36</c> becomes <c>582.36</c>, with the rest of the second line appended
/// (<c>36 本年支出合计 58 587.09</c> → <c>582.36 本年支出合计 58 587.09</c>). The consumed line is
/// left empty with its number, so the line count and numbers never change.
/// </summary>
/// <remarks>
/// <para>
/// Only a trailing token of exactly <c>\d+\.</c> (split on spaces and tabs) is joined: the dangling
/// decimal point is what makes the break unambiguous. Lines without it are not joined even when both
/// are bare digits ("5" then "0", "100" then "10"): in one-cell-per-line tables those are separate
/// cells (a target of 100 next to a score of 10), and only the table parser, which knows the column
/// layout, can tell a split number from two cells.
/// </para>
/// <para>
/// The continuation must start with digits followed by the end of the line, a space, a tab or %
/// ("582." + "36.5" or "582." + "36万元" are left alone), and a bare list number ("1." alone on its
/// line) is not joined with a line that has more text after its digits ("2020 年度 ..."), since that
/// is a numbered paragraph rather than a split amount. Blank lines in between must be empty or
/// spaces only: a tab-only line is a row marker in tab-separated tables and stops the search.
/// </para>
/// </remarks>
public sealed class JoinBrokenNumbers : IDocumentNormalizer
{
    /// <summary>Empty lines allowed between the two halves (double-spaced converter output has one).</summary>
    public const int MaxBlankLines = 2;

    public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        SourceLine[]? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var current = result?[i] ?? lines[i];
            var searchFrom = i + 1;
            while (EndsWithDanglingDecimal(current.Text, out var headLength)
                && FindContinuation(result, lines, searchFrom) is var next and >= 0
                && TryJoin(current.Text, headLength, (result?[next] ?? lines[next]).Text, out var joined))
            {
                result ??= [.. lines];
                current = current with { Text = joined };
                result[i] = current;
                result[next] = result[next] with { Text = string.Empty };
                searchFrom = next + 1;
            }
        }

        return result ?? lines;
    }

    /// <summary>True when the last token is <c>\d+\.</c>; <paramref name="headLength"/> is the text length without trailing spaces.</summary>
    private static bool EndsWithDanglingDecimal(string text, out int headLength)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        headLength = end;
        if (end < 2 || text[end - 1] != '.')
        {
            return false;
        }

        var digitsStart = end - 1;
        while (digitsStart > 0 && char.IsAsciiDigit(text[digitsStart - 1]))
        {
            digitsStart--;
        }

        return digitsStart < end - 1 && (digitsStart == 0 || text[digitsStart - 1] is ' ' or '\t');
    }

    /// <summary>Index of the next non-blank line within reach, or -1.</summary>
    private static int FindContinuation(SourceLine[]? result, IReadOnlyList<SourceLine> lines, int from)
    {
        for (var j = from; j < lines.Count && j <= from + MaxBlankLines; j++)
        {
            var text = (result?[j] ?? lines[j]).Text;
            if (!string.IsNullOrEmpty(text) && text.AsSpan().ContainsAnyExcept(' '))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool TryJoin(string head, int headLength, string next, out string joined)
    {
        joined = head;
        var start = 0;
        while (start < next.Length && next[start] == ' ')
        {
            start++;
        }

        var digitsEnd = start;
        while (digitsEnd < next.Length && char.IsAsciiDigit(next[digitsEnd]))
        {
            digitsEnd++;
        }

        if (digitsEnd == start || (digitsEnd < next.Length && next[digitsEnd] is not (' ' or '\t' or '%')))
        {
            return false;
        }

        var trimmedHead = head.AsSpan(0, headLength).Trim();
        var isBareListNumber = trimmedHead.Length <= 3 && !trimmedHead.ContainsAny(' ', '\t');
        var rest = next.AsSpan(digitsEnd);
        if (rest.StartsWith('%'))
        {
            rest = rest[1..];
        }

        if (isBareListNumber && !rest.Trim().IsEmpty)
        {
            return false;
        }

        joined = string.Concat(head.AsSpan(0, headLength), next.AsSpan(start));
        return true;
    }
}
