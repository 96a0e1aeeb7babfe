namespace Analytics.Etl.Parsing;

/// <summary>
/// A candidate cell of one indicator row: a single cell, or (in flat text) a run of one-cell lines that may hold
/// one wrapped cell or several stacked ones.
/// </summary>
internal sealed class Piece
{
    public Piece(string text, int line, bool aloneOnLine)
    {
        Fragments = [text];
        Line = line;
        AloneOnLine = aloneOnLine;
    }

    public List<string> Fragments { get; }

    public int Line { get; }

    public bool IsRun { get; init; }

    /// <summary>A number printed on a line of its own in flat text: the merged cell of a group, not this row's.</summary>
    public bool AloneOnLine { get; }

    public string Text => Fragments.Count == 1 ? Fragments[0].Trim() : TextTools.JoinCellText(Fragments);

    public ValueKind Kind => ValueText.Classify(Text);
}
