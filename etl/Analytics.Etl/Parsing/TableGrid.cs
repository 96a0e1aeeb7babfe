using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Parsing;

/// <summary>Turns the lines of one table block into rows of cells, after deciding which layout the block uses.</summary>
internal static partial class TableGrid
{
    public static TableLayout DetectLayout(IReadOnlyList<SourceLine> lines)
    {
        if (LooksLikePipeLedCells(lines))
        {
            return TableLayout.PipeLedCells;
        }

        int tabRows = 0, tabLed = 0, pipeRows = 0, other = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var (cellCount, filled) = TabCells(line.Text);
            if (line.Text.AsSpan().Count('|') >= 2)
            {
                pipeRows++;
            }
            else if (filled >= 2)
            {
                tabRows++;
            }
            else if (line.Text.StartsWith('\t') || (cellCount > 1 && filled <= 1))
            {
                tabLed++;
            }
            else
            {
                other++;
            }
        }

        if (pipeRows + tabRows > Math.Max(tabLed, other))
        {
            return TableLayout.TabRows;
        }

        if (tabLed > other)
        {
            return TableLayout.TabLedCells;
        }

        // the rows printed with pipes or tabs above a table printed cell by cell are rows of their own (see Build)
        var cellLines = pipeRows + tabRows > 0 ? lines.Where(line => !IsMarkedRow(line)).ToList() : lines;
        if (LooksLikeBlankSeparatedCells(cellLines))
        {
            return TableLayout.BlankSeparatedCells;
        }

        return LooksLikeOneCellPerLine(cellLines) ? TableLayout.OneCellPerLine : TableLayout.Flat;
    }

    /// <summary>A line whose cells are marked: two pipes or more, or a tab between two filled cells.</summary>
    private static bool IsMarkedRow(SourceLine line) =>
        !line.IsBlank && (line.Text.AsSpan().Count('|') >= 2 || TabCells(line.Text).Filled >= 2);

    /// <summary>The cells of a line split at tabs, and how many of them hold more than white space (no copy of the line).</summary>
    private static (int Count, int Filled) TabCells(string text)
    {
        int count = 0, filled = 0;
        foreach (var range in text.AsSpan().Split('\t'))
        {
            count++;
            filled += text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).IsWhiteSpace() ? 0 : 1;
        }

        return (count, filled);
    }

    /// <summary>
    /// Text copied out of a PDF or Word table cell by cell: each cell on its own line(s), one blank line between the
    /// cells of a row and two or more between rows. Both gap sizes must be common, and most rows must hold several cells.
    /// </summary>
    private static bool LooksLikeBlankSeparatedCells(IReadOnlyList<SourceLine> lines)
    {
        int nonBlank = 0, single = 0, shortGaps = 0, longGaps = 0, blanks = 0, cellsInRow = 0, rows = 0, wideRows = 0;
        foreach (var line in lines.Append(new SourceLine(int.MaxValue, string.Empty)).Append(new SourceLine(int.MaxValue, string.Empty)))
        {
            if (line.IsBlank)
            {
                blanks++;
                continue;
            }

            if (blanks == 1)
            {
                shortGaps++;
                cellsInRow++;
            }
            else if (blanks >= 2)
            {
                longGaps++;
                rows++;
                wideRows += cellsInRow >= 2 ? 1 : 0;
                cellsInRow = 1;
            }
            else if (nonBlank == 0)
            {
                cellsInRow = 1;
            }

            blanks = 0;
            nonBlank++;
            var text = line.Text.Trim();
            single += text.Contains('\t', StringComparison.Ordinal) || text.Contains('|', StringComparison.Ordinal) ? 0 : 1;
        }

        rows++;
        wideRows += cellsInRow >= 2 ? 1 : 0;
        return nonBlank >= 8 && single >= nonBlank * 0.9 && shortGaps >= 4 && longGaps >= 3 && wideRows * 3 >= rows
            && shortGaps + longGaps >= (nonBlank - 1) * 0.8;
    }

    /// <summary>
    /// Nearly every line a single cell, and blank lines cutting the text into groups of several lines: rows of
    /// one cell per line. (Flat text also has many one-word lines, but its blank lines fall between single lines.)
    /// </summary>
    private static bool LooksLikeOneCellPerLine(IReadOnlyList<SourceLine> lines)
    {
        int nonBlank = 0, single = 0, groupsOfThree = 0, run = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                groupsOfThree += run >= 3 ? 1 : 0;
                run = 0;
                continue;
            }

            nonBlank++;
            run++;
            var text = line.Text.Trim();
            single += text.IndexOfAny([' ', '\t', '|']) < 0 || LineTokenizer.Split(text).Count == 1 ? 1 : 0;
        }

        groupsOfThree += run >= 3 ? 1 : 0;
        return nonBlank > 0 && single >= nonBlank * 0.85 && groupsOfThree >= 3;
    }

    public static List<Row> Build(IReadOnlyList<SourceLine> lines, TableLayout layout)
    {
        if (layout is not (TableLayout.OneCellPerLine or TableLayout.BlankSeparatedCells) || !lines.Any(IsMarkedRow))
        {
            return BuildAs(lines, layout);
        }

        // a block that mixes rows printed with pipes or tabs (项目名称 / 预算 rows) and a table printed cell by cell: each
        // run of lines is read in its own layout, blank lines going with the run they follow
        var rows = new List<Row>();
        var run = new List<SourceLine>();
        var marked = false;
        foreach (var line in lines)
        {
            if (!line.IsBlank && IsMarkedRow(line) != marked && run.Count > 0)
            {
                rows.AddRange(BuildAs(run, marked ? TableLayout.TabRows : layout));
                run = [];
            }

            marked = line.IsBlank ? marked : IsMarkedRow(line);
            run.Add(line);
        }

        rows.AddRange(BuildAs(run, marked ? TableLayout.TabRows : layout));
        return rows;
    }

    private static List<Row> BuildAs(IReadOnlyList<SourceLine> lines, TableLayout layout) => layout switch
    {
        TableLayout.TabRows => TabRows(lines),
        TableLayout.TabLedCells => TabLedCells(lines),
        TableLayout.OneCellPerLine => RowsApartAtHeadings(BlankSeparatedRows(lines)),
        TableLayout.BlankSeparatedCells => RowsApartAtHeadings(BlankSeparatedCells(lines)),
        TableLayout.PipeLedCells => PipeLedRows(lines),
        _ => FlatRows(lines),
    };

    /// <summary>
    /// Printed cell by cell, rows stand apart by more blank lines than cells do, but not always: the header and the
    /// first row, or a row ending in a note and the next, can be as close as two cells of one row. A heading cell
    /// (一级/二级) after the header's labels or after a value starts a row of its own. Headings wrapped into two
    /// cells ("数量" / "指标", "社会效" / "益指标", "产出指标" / "(50)") are put back together first.
    /// </summary>
    private static List<Row> RowsApartAtHeadings(List<Row> rows)
    {
        var result = new List<Row>(rows.Count);
        foreach (var row in rows)
        {
            var cells = JoinWrappedHeadings(row.Cells);
            var start = 0;
            var afterHeaderOrValue = false;
            for (var k = 0; k < cells.Count; k++)
            {
                var text = Columns.Clean(cells[k].Text);
                // "年度总体目标 | … | 一级指标 | 二级指标 | …": the indicator header starts a row of its own too
                var headerStarts = k > start && text is "一级指标" or "绩效指标" && k + 1 < cells.Count && Columns.Clean(cells[k + 1].Text) is "一级指标" or "二级指标";
                if (headerStarts || afterHeaderOrValue && k > start && IndicatorLevels.LevelOf(text) is not null && Columns.ReadIndicators(text).Count == 0)
                {
                    result.Add(new Row([.. cells.Skip(start).Take(k - start)], cells[start].Line, cells[k - 1].Line));
                    start = k;
                    afterHeaderOrValue = false;
                    continue;
                }

                afterHeaderOrValue |= text.Contains("三级指标", StringComparison.Ordinal) || text.Contains("指标名称", StringComparison.Ordinal)
                    || ValueText.IsNumberLike(cells[k].Text);
            }

            result.Add(start == 0 && ReferenceEquals(cells, row.Cells) ? row : new Row([.. cells.Skip(start)], start == 0 ? row.FirstLine : cells[start].Line, row.LastLine));
        }

        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[(（]\s*\d+(\.\d+)?\s*分?\s*[)）]$")]
    private static partial System.Text.RegularExpressions.Regex PointsInParentheses();

    private static IReadOnlyList<Cell> JoinWrappedHeadings(IReadOnlyList<Cell> cells)
    {
        var joined = false;
        var result = new List<Cell>(cells.Count);
        foreach (var cell in cells)
        {
            if (result.Count > 0 && !cell.IsEmpty && !result[^1].IsEmpty)
            {
                var previous = TextTools.RemoveWhiteSpace(result[^1].Text);
                var current = TextTools.RemoveWhiteSpace(cell.Text);
                var wrapped = IndicatorLevels.LevelOf(previous + current) is not null && (IndicatorLevels.LevelOf(current) is null || current == "指标")
                    && !previous.EndsWith("指标", StringComparison.Ordinal) && Columns.ReadIndicators(previous + current).Count == 0;
                var points = IndicatorLevels.LevelOf(previous) is not null && PointsInParentheses().IsMatch(current);
                if (wrapped || points)
                {
                    result[^1] = new Cell(previous + current, result[^1].Line);
                    joined = true;
                    continue;
                }
            }

            result.Add(cell);
        }

        return joined ? result : cells;
    }

    private static List<Row> TabRows(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<Row>();
        foreach (var line in JoinQuotedCells(JoinWrappedPipeRows(lines)))
        {
            if (line.IsBlank)
            {
                continue;
            }

            // "经济效益 指标 |": one pipe, at the end, still closes a cell (without a tab to say otherwise)
            var pipes = line.Text.Count(c => c == '|');
            var separator = pipes >= 2 || pipes == 1 && !line.Text.Contains('\t', StringComparison.Ordinal) ? '|' : '\t';
            var cells = line.Text.Split(separator).Select(text => new Cell(TextTools.CollapseCjkSpaces(Unquote(text)), line.Number)).ToList();
            if (separator == '|')
            {
                // "| a | b |": the outer pipes frame the row, they do not open empty cells
                if (cells.Count > 0 && cells[0].IsEmpty)
                {
                    cells.RemoveAt(0);
                }

                if (cells.Count > 0 && cells[^1].IsEmpty)
                {
                    cells.RemoveAt(cells.Count - 1);
                }

                // a markdown rule line "|---|---|" is no row
                if (cells.All(cell => cell.Text.Trim('-', ':', ' ').Length == 0))
                {
                    continue;
                }
            }

            rows.Add(new Row(cells, line.Number, line.Number));
        }

        return rows;
    }

    /// <summary>
    /// A pipe row that wrapped — printed to a page, or pasted from a narrow window — goes on, without pipes, on the
    /// lines below until its closing pipe: "| … | 受疫情影响进度滞" + "后，下一步加快推进 |" is one row. A line that
    /// opens with a pipe, or a blank line, ends the search: then nothing is joined. Only where the document fences its
    /// rows (most of its pipe rows open and close with a pipe): in a table whose rows have no edge pipes, a line that
    /// opens with one is a row whose first cell is empty (" | 年度资金总额 | 1500 | …"), closed at its line's end.
    /// </summary>
    private static IReadOnlyList<SourceLine> JoinWrappedPipeRows(IReadOnlyList<SourceLine> lines) => !FencesItsRows(lines) ? lines : JoinOpenRows(
        lines,
        isOpen: text => text.TrimStart().StartsWith('|') && !text.TrimEnd().EndsWith('|'),
        continues: next => next.Trim() is { Length: > 0 } line && !line.StartsWith('|'),
        join: (row, next) => TextTools.JoinCellText([row, next]),
        maxLines: 5);

    private static bool FencesItsRows(IReadOnlyList<SourceLine> lines)
    {
        var (pipeRows, fenced) = (0, 0);
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length > 1 && text.IndexOf('|', 1) is var inner && inner > 0 && inner < text.Length - 1)
            {
                pipeRows++;
                fenced += text[0] == '|' && text[^1] == '|' ? 1 : 0;
            }
        }

        return fenced * 2 > pipeRows;
    }

    /// <summary>
    /// A spreadsheet copied as text quotes a cell that holds a line break ("定点医药机构 / 医保信息平台接入数"):
    /// the lines up to the closing quote are one row.
    /// </summary>
    private static IReadOnlyList<SourceLine> JoinQuotedCells(IReadOnlyList<SourceLine> lines) => JoinOpenRows(
        lines,
        isOpen: OpensQuotedCell,
        continues: _ => true,
        join: (row, next) => row + next.TrimStart(' '),
        maxLines: 20);

    /// <summary>
    /// Joins a row left open at the end of its line with the lines that go on with it, until it closes; a row that does
    /// not close within <paramref name="maxLines"/> lines (or meets a line that cannot go on with it) stays as it was.
    /// The joined row keeps its first line's number and page.
    /// </summary>
    private static IReadOnlyList<SourceLine> JoinOpenRows(
        IReadOnlyList<SourceLine> lines,
        Func<string, bool> isOpen,
        Func<string, bool> continues,
        Func<string, string, string> join,
        int maxLines)
    {
        List<SourceLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var end = i;
            while (isOpen(text) && end + 1 < lines.Count && end - i < maxLines && continues(lines[end + 1].Text))
            {
                end++;
                text = join(text, lines[end].Text);
            }

            if (end > i && !isOpen(text))
            {
                joined ??= [.. lines.Take(i)];
                joined.Add(lines[i] with { Text = text });
                i = end;
                continue;
            }

            joined?.Add(lines[i]);
        }

        return joined ?? lines;
    }

    private static bool OpensQuotedCell(string text)
    {
        var open = false;
        var cellStart = true;
        foreach (var c in text)
        {
            if (c == '"' && (open || cellStart))
            {
                open = !open;
            }

            cellStart = c == '\t';
        }

        return open;
    }

    private static string Unquote(string cell)
    {
        var text = cell.Trim();
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }

    private static List<Row> TabLedCells(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<Row>();
        var cells = new List<(List<string> Parts, int Line)>();
        int first = 0, last = 0;
        var sawBlank = false;

        void Flush()
        {
            if (cells.Count > 0)
            {
                rows.Add(new Row(cells.Select(cell => new Cell(TextTools.JoinCellText(cell.Parts), cell.Line)).ToList(), first, last));
            }

            cells = [];
        }

        foreach (var line in lines)
        {
            if (line.IsBlank && !line.Text.Contains('\t', StringComparison.Ordinal))
            {
                sawBlank = true;
                continue;
            }

            var ledByTab = line.Text.StartsWith('\t') || line.Text.TrimStart(' ').StartsWith('\t');
            if (ledByTab && sawBlank)
            {
                Flush();
            }

            sawBlank = false;
            if (ledByTab || cells.Count == 0)
            {
                if (cells.Count == 0)
                {
                    first = line.Number;
                }

                foreach (var part in line.Text.Split('\t').Skip(ledByTab ? 1 : 0))
                {
                    cells.Add(([part.Trim()], line.Number));
                }
            }
            else
            {
                // no leading tab: the cell above goes on ("自评总分" / "（分)")
                cells[^1].Parts.Add(line.Text.Trim());
            }

            last = line.Number;
        }

        Flush();
        return rows;
    }

    private static List<Row> BlankSeparatedRows(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<Row>();
        var cells = new List<Cell>();
        foreach (var line in lines.Append(new SourceLine(int.MaxValue, string.Empty)))
        {
            if (!line.IsBlank)
            {
                cells.Add(new Cell(TextTools.CollapseCjkSpaces(line.Text), line.Number));
                continue;
            }

            if (cells.Count > 0)
            {
                rows.Add(new Row(cells, cells[0].Line, cells[^1].Line));
                cells = [];
            }
        }

        return rows;
    }

    /// <summary>A run of lines is one cell (a wrapped cell); one blank line ends the cell, two or more end the row.</summary>
    private static List<Row> BlankSeparatedCells(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<Row>();
        var cells = new List<Cell>();
        var parts = new List<string>();
        int cellLine = 0, first = 0, last = 0, blanks = 0;
        foreach (var line in lines.Append(new SourceLine(int.MaxValue, string.Empty)).Append(new SourceLine(int.MaxValue, string.Empty)))
        {
            if (!line.IsBlank)
            {
                if (blanks >= 2 && cells.Count > 0)
                {
                    rows.Add(new Row(cells, first, last));
                    cells = [];
                }

                if (parts.Count == 0)
                {
                    cellLine = line.Number;
                    first = cells.Count == 0 ? line.Number : first;
                }

                parts.Add(line.Text);
                last = line.Number;
                blanks = 0;
                continue;
            }

            blanks++;
            if (parts.Count > 0)
            {
                var text = TextTools.JoinCellText(parts);
                parts = [];

                // "— 7 —" where a page broke ends the row it follows: the page's repeated header is no cell of that row
                if (IsPageMarkerCell(text))
                {
                    if (cells.Count > 0)
                    {
                        rows.Add(new Row(cells, first, cells[^1].Line));
                    }

                    rows.Add(new Row([new Cell(text, cellLine)], cellLine, cellLine));
                    cells = [];
                    blanks = 0;
                    continue;
                }

                cells.Add(new Cell(text, cellLine));
            }
        }

        if (cells.Count > 0)
        {
            rows.Add(new Row(cells, first, last));
        }

        return rows;
    }

    /// <summary>"| 一级指标": a cell led by the pipe that parted it from the cell before, alone on its line.</summary>
    private static bool IsPipeLedCell(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 1 && trimmed[0] == '|' && !trimmed[1..].Trim().IsEmpty && trimmed[1..].IndexOf('|') < 0;
    }

    /// <summary>"| ||": the pipes that close a row whose last cells were merged away or empty.</summary>
    private static bool IsPipesOnly(string text) => text.AsSpan().Trim() is { Length: > 0 } trimmed && trimmed.Trim('|').Trim().IsEmpty;

    /// <summary>Most lines a cell led by a pipe, the rest at the margin: a table flattened cell by cell.</summary>
    private static bool LooksLikePipeLedCells(IReadOnlyList<SourceLine> lines)
    {
        int nonBlank = 0, pipeLed = 0, closers = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            nonBlank++;
            pipeLed += IsPipeLedCell(line.Text) ? 1 : 0;
            closers += IsPipesOnly(line.Text) ? 1 : 0;
        }

        return pipeLed >= 6 && (pipeLed + closers) * 2 >= nonBlank;
    }

    private static List<Row> PipeLedRows(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<Row>();
        var cells = new List<Cell>();
        int first = 0, last = 0;

        void Close()
        {
            if (cells.Count > 0)
            {
                rows.Add(new Row(cells, first, last));
            }

            cells = [];
        }

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (IsPipesOnly(line.Text))
            {
                last = cells.Count > 0 ? line.Number : last;
                Close();
            }
            else if (IsPipeLedCell(line.Text))
            {
                first = cells.Count == 0 ? line.Number : first;
                cells.Add(new Cell(TextTools.CollapseCjkSpaces(line.Text.Trim()[1..].Trim()), line.Number));
                last = line.Number;
            }
            else if (cells.Count > 0 && char.IsWhiteSpace(line.Text[0]))
            {
                // "| 社会效益" + "       指标": the cell wrapped onto an indented line
                cells[^1] = cells[^1] with { Text = TextTools.JoinCellText([cells[^1].Text, line.Text.Trim()]) };
                last = line.Number;
            }
            else
            {
                Close();
                first = last = line.Number;
                cells.Add(new Cell(TextTools.CollapseCjkSpaces(line.Text.Trim()), line.Number));
            }
        }

        Close();
        return rows;
    }

    /// <summary>A page number printed where a page broke ("— 7 —", "第 3 页"), not a bare number (a cell's value).</summary>
    private static bool IsPageMarkerCell(string text) => Reading.Pdf.RunningMarks.IsPageNumber(text) && !ValueText.IsNumberLike(text);

    private static List<Row> FlatRows(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<Row>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var cells = LineTokenizer.Split(line.Text).Select(text => new Cell(text, line.Number)).ToList();
            rows.Add(new Row(cells, line.Number, line.Number));
        }

        return rows;
    }
}
