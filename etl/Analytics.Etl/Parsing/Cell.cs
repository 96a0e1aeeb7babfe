namespace Analytics.Etl.Parsing;

/// <summary>One cell of a table row as read from the text, with the line it starts on.</summary>
internal sealed record Cell(string Text, int Line)
{
    public bool IsEmpty => Text.Length == 0;
}

/// <summary>
/// One row as the layout gives it. In tab layouts a row is a whole table row; in flat text a row is one
/// printed line, and a table row may span several of them (wrapped cells).
/// </summary>
internal sealed record Row(IReadOnlyList<Cell> Cells, int FirstLine, int LastLine)
{
    public IEnumerable<Cell> NonEmpty => Cells.Where(cell => !cell.IsEmpty);

    public string Joined => string.Concat(Cells.Select(cell => TextTools.RemoveWhiteSpace(cell.Text)));
}

internal enum TableLayout
{
    /// <summary>Cells separated by tabs, one table row per line.</summary>
    TabRows,

    /// <summary>One cell per line, each led by a tab; rows separated by blank lines; a line without the tab continues the cell.</summary>
    TabLedCells,

    /// <summary>Cells separated by spaces or pipes on one printed line; cells wrap over lines.</summary>
    Flat,

    /// <summary>One cell per line with no tabs; a blank line ends a table row.</summary>
    OneCellPerLine,

    /// <summary>Each cell on its own line(s), one blank line between cells, two or more between rows (copied cell by cell).</summary>
    BlankSeparatedCells,

    /// <summary>
    /// One cell per line, a row's first cell at the margin and each further cell led by a pipe (a web page's table
    /// flattened cell by cell); a line of pipes alone closes the row, an indented line continues the cell above.
    /// </summary>
    PipeLedCells,
}
