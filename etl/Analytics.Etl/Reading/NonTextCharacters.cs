using System.Buffers;
using System.Globalization;
using System.Text;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Reading;

/// <summary>
/// Unicode's noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their twins in other planes) and lone surrogates are no
/// text: Unicode normalization refuses them, which used to quarantine a whole document. They are dropped at reading,
/// with a warning naming the lines, before any later step sees them.
/// </summary>
internal static class NonTextCharacters
{
    private static readonly SearchValues<char> Suspects = SearchValues.Create(BuildSuspects());

    public static IReadOnlyList<SourceLine> Drop(string fileName, IReadOnlyList<SourceLine> lines, List<ParseIssue> issues)
    {
        List<SourceLine>? cleaned = null;
        var dropped = 0;
        var touched = new List<int>();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (!line.Text.AsSpan().ContainsAny(Suspects) || Clean(line.Text) is not { } text)
            {
                cleaned?.Add(line);
                continue;
            }

            cleaned ??= [.. lines.Take(index)];
            dropped += line.Text.Length - text.Length;
            touched.Add(line.Number);
            cleaned.Add(line with { Text = text });
        }

        if (cleaned is null)
        {
            return lines;
        }

        var shown = string.Join(", ", touched.Take(5).Select(number => number.ToString(CultureInfo.InvariantCulture))) + (touched.Count > 5 ? " …" : string.Empty);
        issues.Add(new ParseIssue(fileName, touched[0], $"dropped {dropped} character(s) that are not text (U+FFFE, U+FFFF, lone surrogates) from line(s) {shown}"));
        return cleaned;
    }

    /// <returns>The text without its non-text characters; null when it had none.</returns>
    private static string? Clean(string text)
    {
        StringBuilder? kept = null;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            var width = 1;
            bool drop;
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                width = 2;
                drop = IsNonCharacter(char.ConvertToUtf32(character, text[index + 1]));
            }
            else
            {
                drop = char.IsSurrogate(character) || IsNonCharacter(character);
            }

            if (drop)
            {
                kept ??= new StringBuilder(text, 0, index, text.Length);
            }
            else
            {
                kept?.Append(text, index, width);
            }

            index += width - 1;
        }

        return kept?.ToString();
    }

    private static bool IsNonCharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static char[] BuildSuspects()
    {
        var suspects = new List<char>();
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            suspects.Add((char)c);
        }

        for (var c = 0xFDD0; c <= 0xFDEF; c++)
        {
            suspects.Add((char)c);
        }

        suspects.Add('\uFFFE');
        suspects.Add('\uFFFF');
        return [.. suspects];
    }
}
