using System.Text;
using Analytics.Generator.Content;

namespace Analytics.Generator.Rendering;

/// <summary>
/// Collects the printed lines of one document and counts them. Without <c>collect</c> it only counts: the truth's
/// line numbers come out the same, and no text is built (what <see cref="CorpusGenerator.GenerateRecords"/> needs).
/// </summary>
internal sealed class DocWriter(bool collect)
{
    private readonly StringBuilder? text = collect ? new StringBuilder(8192) : null;

    /// <summary>Lines written so far; the number of the last one.</summary>
    public int Count { get; private set; }

    /// <summary>The number the next line will get.</summary>
    public int Next => Count + 1;

    public bool Collecting => text is not null;

    /// <summary>While set, digits are printed full-width.</summary>
    public bool FullWidth { get; set; }

    public string NewLine { get; set; } = "\n";

    /// <summary>Writes a printed line (a cell may hold a line break: that is one more line); returns the number of its last line.</summary>
    public int Line(string line)
    {
        Count += 1 + Breaks(line);
        if (text is not null)
        {
            var printed = FullWidth ? Numbers.FullWidth(line) : line;
            if (TraditionalScript)
            {
                printed = Traditional.Apply(printed);
            }

            if (Kangxi)
            {
                printed = Radicals.Apply(printed);
            }

            text.Append(NewLine == "\n" ? printed : printed.Replace("\n", NewLine, StringComparison.Ordinal)).Append(NewLine);
        }

        return Count;
    }

    /// <summary>While set, characters print as the Kangxi radicals some PDF fonts emit (⾦ for 金).</summary>
    public bool Kangxi { get; set; }

    /// <summary>While set, text prints in traditional characters (績效自評表).</summary>
    public bool TraditionalScript { get; set; }

    public int Blank() => Line(string.Empty);

    /// <summary>One row of cells joined by <paramref name="separator"/>.</summary>
    public int Row(string separator, params ReadOnlySpan<string> cells)
    {
        if (text is null)
        {
            foreach (var cell in cells)
            {
                Count += Breaks(cell);
            }

            Count++;
            return Count;
        }

        return Line(string.Join(separator, cells));
    }

    /// <summary>"| a | b |".</summary>
    public int Pipes(params ReadOnlySpan<string> cells)
    {
        if (text is null)
        {
            Count++;
            return Count;
        }

        return Line("| " + string.Join(" | ", cells) + " |");
    }

    public override string ToString() => text?.ToString() ?? string.Empty;

    private static int Breaks(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c == '\n' ? 1 : 0;
        }

        return count;
    }
}
