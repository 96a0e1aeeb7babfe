using System.Text;

namespace Analytics.Etl.Normalizing;

/// <summary>
/// A table saved as comma-separated values (a sheet exported as CSV, or copied from one): a run of three or more lines
/// that each split into the same number of fields (four or more) at commas outside quotes, half of them at least with a
/// field left empty, is a table, and its lines are rewritten with tabs between cells (quotes taken off, a quoted
/// "1,234.5" kept whole). Prose has commas too, after NFKC even its full-width ones; it does not keep one count of them
/// line after line, nor leave fields empty between them.
/// </summary>
public sealed class CommaSeparatedCells : IDocumentNormalizer
{
    private const int MinFields = 4;
    private const int MinRows = 3;

    public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        SourceLine[]? rewritten = null;
        var i = 0;
        while (i < lines.Count)
        {
            var fields = Fields(lines[i].Text);
            if (fields is not { Count: >= MinFields })
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && Fields(lines[end].Text) is { } next && next.Count == fields.Count)
            {
                end++;
            }

            var run = Enumerable.Range(i, end - i).Select(index => Fields(lines[index].Text)!).ToList();
            if (run.Count >= MinRows && run.Count(row => row.Any(field => field.Length == 0)) * 2 >= run.Count)
            {
                rewritten ??= [.. lines];
                for (var k = 0; k < run.Count; k++)
                {
                    rewritten[i + k] = lines[i + k] with { Text = string.Join('\t', run[k]).TrimEnd('\t') };
                }
            }

            i = end;
        }

        return rewritten ?? lines;
    }

    /// <summary>The fields of a line split at commas outside double quotes, or null when it has no comma.</summary>
    private static List<string>? Fields(string line)
    {
        if (line.IndexOf(',') < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && (quoted || field.Length == 0))
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return quoted ? null : fields;
    }
}
