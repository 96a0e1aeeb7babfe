namespace Analytics.Generator.Metamorphic;

/// <summary>
/// A rewrite of a report's text that a human reader still reads as the same report (same money, indicators,
/// scores): the extractor's records must stay equal, or a field may become null with a warning.
/// </summary>
public interface ITextTransformation
{
    /// <summary>A short kebab-case name, stable across runs (test rows and the CLI's table use it).</summary>
    string Name { get; }

    /// <summary>One line: what a reader still reads the same after the rewrite.</summary>
    string Keeps { get; }

    /// <summary>The rewritten text; the very same string when the transformation does not apply to this document.</summary>
    string Apply(string text, Random rng);
}

/// <summary>A transformation that works on the text's lines; line ends (LF or CRLF) are kept as they were.</summary>
public abstract class LineTransformation : ITextTransformation
{
    public abstract string Name { get; }

    public abstract string Keeps { get; }

    public string Apply(string text, Random rng)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ReportText.Lines(text);
        var rewritten = Rewrite(lines, rng);
        return rewritten is null ? text : ReportText.Join(rewritten, ReportText.LineEnd(text));
    }

    /// <summary>The new lines, or null when nothing here applies.</summary>
    protected abstract IReadOnlyList<string>? Rewrite(IReadOnlyList<string> lines, Random rng);
}

/// <summary>
/// A transformation of each clean grid table (<see cref="GridTables"/>) on its own; the document is unchanged when
/// no table is rewritten.
/// </summary>
public abstract class TableTransformation : LineTransformation
{
    protected sealed override IReadOnlyList<string>? Rewrite(IReadOnlyList<string> lines, Random rng)
    {
        var result = lines.ToList();
        var changed = false;

        // from the last table up, so earlier tables keep their line positions
        foreach (var table in GridTables.Find(lines).Where(table => table.IsClean).Reverse())
        {
            if (Edit(table, lines, rng) is not { } edit)
            {
                continue;
            }

            result.RemoveRange(edit.Start, edit.End - edit.Start);
            result.InsertRange(edit.Start, edit.Lines);
            changed = true;
        }

        return changed ? result : null;
    }

    /// <summary>The lines that replace lines Start..End (by default the table's own), or null to leave them as they are.</summary>
    protected virtual LineEdit? Edit(GridTable table, IReadOnlyList<string> lines, Random rng) =>
        RewriteTable(table, lines, rng) is { } rewritten ? new LineEdit(table.Start, table.End, rewritten) : null;

    /// <summary>The lines that replace the table (its lines Start..End), or null to leave it as it is.</summary>
    protected abstract IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng);
}

/// <summary>Lines <see cref="Start"/> up to <see cref="End"/> (exclusive) replaced by <see cref="Lines"/>.</summary>
public sealed record LineEdit(int Start, int End, IReadOnlyList<string> Lines);
