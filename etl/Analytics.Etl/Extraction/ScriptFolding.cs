using System.Text;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;
using Analytics.Etl.Units;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Traditional characters (績效自評表, 預算執行率, 項目名稱): the parsers match their words on a simplified copy of the
/// text (<see cref="ChineseScript.ToSimplified"/>, one character for one, so positions do not move), and the text
/// a record stores is taken back from the document as written.
/// </summary>
internal static class ScriptFolding
{
    /// <summary>The lines with traditional characters replaced; the same list when there is none.</summary>
    public static IReadOnlyList<SourceLine> Fold(IReadOnlyList<SourceLine> lines)
    {
        SourceLine[]? folded = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var simplified = ChineseScript.ToSimplified(lines[i].Text);
            if (!ReferenceEquals(simplified, lines[i].Text) && simplified != lines[i].Text)
            {
                folded ??= [.. lines];
                folded[i] = lines[i] with { Text = simplified };
            }
        }

        return folded ?? lines;
    }

    /// <summary>Puts the document's own characters back into the text fields of records read from its folded copy.</summary>
    public static List<EvaluationRecord> Restore(List<EvaluationRecord> records, IReadOnlyList<SourceLine> original, IReadOnlyList<SourceLine> folded)
    {
        var text = new Restorer(original, folded);
        return [.. records.Select(record =>
        {
            var range = (record.Source.FirstLine, record.Source.LastLine);
            var warnings = new List<string>();
            var restored = record.WithTexts(value => text.Restore(value, range, warnings));
            return warnings.Count == 0 ? restored : restored with { Warnings = [.. record.Warnings, .. warnings.Distinct(StringComparer.Ordinal)] };
        })];
    }

    /// <summary>The document's non-space characters, as written and folded, with the line each came from.</summary>
    private sealed class Restorer
    {
        private readonly string original;
        private readonly string folded;
        private readonly int[] lineOf;

        public Restorer(IReadOnlyList<SourceLine> originalLines, IReadOnlyList<SourceLine> foldedLines)
        {
            var o = new StringBuilder();
            var f = new StringBuilder();
            var lines = new List<int>();
            for (var i = 0; i < originalLines.Count; i++)
            {
                var a = originalLines[i].Text;
                var b = foldedLines[i].Text;
                for (var c = 0; c < a.Length && c < b.Length; c++)
                {
                    if (!char.IsWhiteSpace(a[c]))
                    {
                        o.Append(a[c]);
                        f.Append(b[c]);
                        lines.Add(originalLines[i].Number);
                    }
                }
            }

            original = o.ToString();
            folded = f.ToString();
            lineOf = [.. lines];
        }

        /// <summary>The first character (of the compact text) on line <paramref name="line"/> or after it: lineOf is sorted.</summary>
        private int FirstAtOrAfter(int line) => Parsing.SortedSearch.FirstAtOrAfter(lineOf.Length, index => lineOf[index], line);

        public string? Restore(string? value, (int First, int Last) range, List<string> warnings)
        {
            if (string.IsNullOrEmpty(value) || !ChineseScript.HasSimplifiedTwin(value))
            {
                return value;
            }

            var compact = Parsing.TextTools.RemoveWhiteSpace(value);
            if (compact.Length == 0)
            {
                return value;
            }

            // the occurrence inside the record's own lines first (searched there only: walking every occurrence in a
            // repetitive document was quadratic), else the first anywhere in the document
            var from = FirstAtOrAfter(range.First);
            var to = FirstAtOrAfter(range.Last + 1);
            var at = to - from >= compact.Length ? folded.IndexOf(compact, from, to - from, StringComparison.Ordinal) : -1;
            at = at >= 0 ? at : folded.IndexOf(compact, StringComparison.Ordinal);
            if (at < 0)
            {
                warnings.Add($"\"{value}\" not found as written in the document; kept in simplified characters");
                return value;
            }

            var builder = new StringBuilder(value.Length);
            var next = at;
            foreach (var c in value)
            {
                builder.Append(char.IsWhiteSpace(c) ? c : original[next++]);
            }

            return builder.ToString();
        }
    }
}
