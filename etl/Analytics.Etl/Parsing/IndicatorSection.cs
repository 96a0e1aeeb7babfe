using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>
/// Reads the indicator rows of one table, from the row after its header to its 总分 row, in any layout.
/// Keeps the current 一级/二级 headings (merged cells print once for a group) and fills a 一级 heading that a
/// vertically centred merged cell prints below its first rows.
/// </summary>
internal sealed partial class IndicatorSection(IReadOnlyList<IndicatorColumn> columns, TableLayout layout)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\S")]
    private static partial System.Text.RegularExpressions.Regex OutlineHeading();

    private static readonly string[] Terminators =
        ["总分", "合计", "偏差", "未完成", "改进措施", "说明", "备注", "注:", "注：", "自评结论", "评价结论", "主要经验", "存在的问题",
            "自评得分", "自评总分", "总得分", "综合得分", "填报单位", "填报日期", "填报人", "填表人", "单位负责人", "审核人"];

    private const int MaxRunFragments = 40;

    private readonly List<IndicatorRow> rows = [];
    private readonly List<int?> numbers = [];
    private readonly List<string> warnings = [];
    private readonly bool hasLevels = columns.Contains(IndicatorColumn.Level1) || columns.Contains(IndicatorColumn.Level2);
    private string? level1;
    private string? level2;
    private int level1Start;
    private List<Piece> pending = [];

    public IReadOnlyList<IndicatorRow> Rows => rows;

    public IReadOnlyList<string> Warnings => warnings;

    public decimal? TotalScore { get; private set; }

    /// <summary>How many cells a row printed whole on one line has: its name and every value column.</summary>
    private int FullRowCells => 1 + columns.Count(column => column is IndicatorColumn.Target or IndicatorColumn.Actual or IndicatorColumn.Weight or IndicatorColumn.Score);

    public int LastLine { get; private set; }

    /// <summary>Reads rows from <paramref name="start"/>; returns the index of the first row after the section.</summary>
    public int Read(IReadOnlyList<Row> tableRows, int start)
    {
        var index = start;
        for (; index < tableRows.Count; index++)
        {
            var row = tableRows[index];
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            var first = TextTools.RemoveWhiteSpace(cells[0].Text);
            if (first.StartsWith("小计", StringComparison.Ordinal) || first.StartsWith("得分小计", StringComparison.Ordinal))
            {
                FinishRow();
                LastLine = row.LastLine;
                continue;
            }

            if (Terminators.Any(word => first.StartsWith(word, StringComparison.Ordinal)) && !IsPhraseNotLabel(first))
            {
                FinishRow();
                if (first.StartsWith("总分", StringComparison.Ordinal) || first.StartsWith("合计", StringComparison.Ordinal)
                    || first.Contains("得分", StringComparison.Ordinal) || first.StartsWith("自评总分", StringComparison.Ordinal))
                {
                    TotalScore = LastNumber(cells);
                    LastLine = row.LastLine;
                }

                break;
            }

            // "(三)项目自评步骤及方法", "二、项目资金申报及使用情况": the report's outline goes on after the table
            if (cells.Count == 1 && OutlineHeading().IsMatch(first))
            {
                FinishRow();
                break;
            }

            // "单位：万元" on a line of its own is printed above the next table's title: this table has ended
            if (cells.Count == 1 && MoneyUnitLine().IsMatch(first))
            {
                FinishRow();
                break;
            }

            if (IsRepeatedHeader(row) || IsPageMarker(row))
            {
                FinishRow();
                continue;
            }

            // a page title repeated with （续）, a stamp, a line of scanner noise: no row of the table
            if (cells.Count == 1 && StrayText.IsStrayLine(cells[0].Text))
            {
                warnings.Add($"line {cells[0].Line}: \"{cells[0].Text.Trim()}\" skipped (not a row of the table)");
                continue;
            }

            // "参保人数≥21万人21.36万人2020": the cells of a row printed without separators
            if (cells.Count == 1 && GluedRow.Split(cells[0].Text, columns, cells[0].Line) is { } glued)
            {
                FinishRow();
                AddGlued(glued);
                LastLine = row.LastLine;
                continue;
            }

            // "产出指标 | 数量指标 | 扶持发展新型农业经营主体 (个) |" + "15 | 6 | 8.0 | |": a row broken after its name goes on
            // with its values on the next line; read apart, the name row has no values and the values no name
            if (layout != TableLayout.Flat && index + 1 < tableRows.Count && IsCutAfterName(cells)
                && tableRows[index + 1].NonEmpty.ToList() is { Count: > 0 } values && values.All(cell => IsValueCell(cell.Text))
                && cells.Count + values.Count <= columns.Count)
            {
                warnings.Add($"line {row.FirstLine}: the row's values printed on the next line were joined to it");
                cells = [.. cells, .. values];
                row = tableRows[++index];
            }

            LastLine = row.LastLine;
            if (layout == TableLayout.Flat)
            {
                ReadFlatLine(cells);
            }
            else
            {
                AddRow(cells.Select(cell => new Piece(cell.Text, cell.Line, aloneOnLine: false)).ToList());
            }
        }

        FinishRow();
        MoveCentredHeadings();
        return index;
    }

    /// <summary>A row that ends at a name: no value in it, and its last cell is no heading.</summary>
    private static bool IsCutAfterName(List<Cell> cells) =>
        cells.Count >= 1 && !cells.Any(cell => IsValueCell(cell.Text)) && IndicatorLevels.LevelOf(TextTools.RemoveWhiteSpace(cells[^1].Text)) is null;

    /// <summary>"15", "12767.36", "≥90%", "100%": a target, an actual, a weight or a score.</summary>
    private static bool IsValueCell(string text) => ValueText.IsNumberLike(TextTools.RemoveWhiteSpace(text));

    /// <summary>
    /// A merged 二级 cell is printed at its vertical middle, which can be the last row of the group above:
    /// "指标 3" under a new heading, between "指标 2" and a "指标 1" that restarts the numbering, is still the old group's.
    /// </summary>
    private void MoveCentredHeadings()
    {
        for (var i = 1; i + 1 < rows.Count; i++)
        {
            if (rows[i].Level2 != rows[i - 1].Level2 && rows[i].Level1 == rows[i - 1].Level1 && rows[i + 1].Level2 == rows[i].Level2
                && numbers[i] > 1 && numbers[i] == numbers[i - 1] + 1 && numbers[i + 1] == 1)
            {
                warnings.Add($"line {rows[i].Line}: {rows[i].Name} kept under {rows[i - 1].Level2}: its number continues that group");
                rows[i] = rows[i] with { Level2 = rows[i - 1].Level2 };
            }
        }
    }

    private static decimal? LastNumber(List<Cell> cells)
    {
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            var text = TextTools.RemoveWhiteSpace(cells[i].Text).TrimEnd('分');
            var colon = text.LastIndexOfAny([':', '：']);
            if (ValueText.ParseNumber(colon >= 0 ? text[(colon + 1)..] : text) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[-—–_－\s]*\d{1,4}[-—–_－\s]*$|^第\s*\d+\s*页(\s*[/,，]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")]
    private static partial System.Text.RegularExpressions.Regex PageMarkerPattern();

    /// <summary>"— 7 —", "第 3 页 共 9 页": a page number printed into the text where a page broke.</summary>
    private static bool IsPageMarker(Row row)
    {
        var text = string.Join(" ", row.NonEmpty.Select(cell => cell.Text)).Trim();
        return PageMarkerPattern().IsMatch(text) && !ValueText.IsNumberLike(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(金额|资金|货币)?单位[:：](万元|元|千元|亿元)$")]
    private static partial System.Text.RegularExpressions.Regex MoneyUnitLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(自评得分|自评总分|总得分|综合得分)[:：]?\d*(\.\d+)?分?$")]
    private static partial System.Text.RegularExpressions.Regex ScoreLabel();

    /// <summary>"总得分不得超过70" is a sentence in a cell that wrapped, not the 总得分 row.</summary>
    private static bool IsPhraseNotLabel(string first) =>
        (first.StartsWith("自评", StringComparison.Ordinal) || first.StartsWith("总得分", StringComparison.Ordinal) || first.StartsWith("综合得分", StringComparison.Ordinal))
        && !ScoreLabel().IsMatch(first);

    /// <summary>A table split over pages repeats its header row; it is no indicator.</summary>
    private static bool IsRepeatedHeader(Row row)
    {
        var joined = row.Joined;
        var words = 0;
        foreach (var word in (string[])["一级指标", "二级指标", "三级指标", "指标名称", "实际完成值", "年度指标值", "全年完成值", "分值", "得分"])
        {
            words += joined.Contains(word, StringComparison.Ordinal) ? 1 : 0;
        }

        return words >= 3;
    }

    private void ReadFlatLine(List<Cell> cells)
    {
        var tokens = cells.Select(cell => (cell.Text, cell.Line)).ToList();
        var line = cells[0].Line;
        if (IndicatorLevels.IsGroupLabel(string.Concat(tokens.Select(token => token.Text))))
        {
            return;
        }

        // "≥34 万" / "人": a unit wrapped onto a line of its own
        if (tokens.Count == 1 && ValueText.IsUnitWord(tokens[0].Text) && pending.Count > 0 && ValueText.IsNumberLike(pending[^1].Text)
            && !columns.Contains(IndicatorColumn.UnitText))
        {
            var last = pending[^1];
            pending[^1] = new Piece(last.Text + tokens[0].Text, last.Line, last.AloneOnLine);
            return;
        }

        // "40居民医保住院待遇享受人次": the merged score of the group above, stuck to the next name
        if (LineTokenizer.SplitGluedScore(tokens[0].Text) is { } glued && pending.Count > 0)
        {
            pending.Add(new Piece(glued.Number, line, aloneOnLine: true));
            tokens[0] = (glued.Name, line);
        }

        var position = 0;
        if (hasLevels)
        {
            position = ConsumeLevels(tokens);
        }

        var rest = tokens.Skip(position).Where(token => !IndicatorLevels.IsGroupLabel(token.Text)).ToList();
        if (rest.Count == 0)
        {
            return;
        }

        var firstIsText = ValueText.Classify(rest[0].Text) == ValueKind.Text;

        // a lone line between two complete rows ("办理量"), before a line that is a whole row by itself: it ends the
        // name above (AddRow joins a one-line row to the previous name)
        if (firstIsText && rows.Count > 0 && pending is [{ IsRun: true, Fragments.Count: 1 }] && rest.Count >= FullRowCells
            && rest.Skip(1).Any(token => ValueText.IsNumberLike(token.Text)))
        {
            FinishRow();
        }

        if (firstIsText && IsComplete())
        {
            FinishRow();
        }

        // "正向" / "大于等于" on lines of their own: the 指标性质 and 指标方向 cells, never the end of a wrapped name
        if (rest.Count == 1 && IsDirectionColumnWord(rest[0].Text))
        {
            pending.Add(new Piece(rest[0].Text, line, aloneOnLine: false));
            return;
        }

        // "效益指标 社会效益" / "指标": the end of a 二级 heading wrapped onto a line of its own, never part of a name
        if (rest.Count == 1 && rest[0].Text.Trim() == "指标" && hasLevels && level2 is not null)
        {
            level2 = level2.EndsWith("指标", StringComparison.Ordinal) ? level2 : level2 + "指标";
            return;
        }

        if (rest.Count == 1 && firstIsText)
        {
            // a cell wraps over a few lines; a run of hundreds is no cell, and joining it line by line costs the square
            // nor does a name numbered as an indicator ("指标3.…" under "指标2.…", both left unfilled) continue the one above
            if (pending.Count > 0 && pending[^1].IsRun
                && (pending[^1].Fragments.Count >= MaxRunFragments || IndicatorAssembler.IsIndicatorNumbered(rest[0].Text)))
            {
                FinishRow();
            }

            if (pending.Count > 0 && pending[^1].IsRun)
            {
                pending[^1].Fragments.Add(rest[0].Text);
            }
            else
            {
                pending.Add(new Piece(rest[0].Text, line, aloneOnLine: true) { IsRun = true });
            }

            // "可持续影响指" + "标": a heading wrapped over lines is still a heading
            if (hasLevels && pending.Count == 1 && IndicatorLevels.LevelOf(pending[0].Text) is { } level)
            {
                if (level == 1)
                {
                    SetLevel1(IndicatorLevels.Clean(pending[0].Text));
                    level2 = null;
                }
                else
                {
                    level2 = IndicatorLevels.Clean(pending[0].Text);
                }

                pending = [];
            }

            return;
        }

        var alone = rest.Count == 1 && tokens.Count == 1;
        foreach (var token in rest)
        {
            pending.Add(new Piece(token.Text, token.Line, alone));
        }
    }

    private bool IsDirectionColumnWord(string text) =>
        (columns.Contains(IndicatorColumn.Direction) || columns.Contains(IndicatorColumn.Nature)) && ValueText.IsDirectionWord(text);

    private int ConsumeLevels(List<(string Text, int Line)> tokens)
    {
        var position = 0;
        var first = tokens[0].Text;
        var secondIsLevel2 = tokens.Count > 1 && IndicatorLevels.IsLevel2(tokens[1].Text);
        if (IndicatorLevels.IsLevel1(first) && (IndicatorLevels.LevelOf(first) == 1 || secondIsLevel2))
        {
            FinishRow();
            SetLevel1(IndicatorLevels.Clean(first));
            level2 = null;
            position = 1;
            while (position < tokens.Count && IndicatorLevels.IsGroupLabel(tokens[position].Text))
            {
                position++;
            }

            // "约束性指标 资金管理": a 一级 heading and the line's only other word is its 二级 heading
            if (position < tokens.Count && (IndicatorLevels.IsLevel2(tokens[position].Text)
                || (tokens.Count - position == 1 && ValueText.Classify(tokens[position].Text) == ValueKind.Text && columns.Contains(IndicatorColumn.Level2))))
            {
                level2 = IndicatorLevels.Clean(tokens[position].Text);
                position++;
            }

            return position;
        }

        if (IndicatorLevels.IsLevel2(first))
        {
            FinishRow();
            level2 = IndicatorLevels.Clean(first);
            position = 1;
        }

        return position;
    }

    /// <summary>A flat row is complete once it has a value, or name, target and actual as separate cells.</summary>
    private bool IsComplete()
    {
        if (pending.Any(piece => !piece.IsRun && ValueText.IsNumberLike(piece.Text)))
        {
            return true;
        }

        return pending.Count >= 3;
    }

    private void FinishRow()
    {
        if (pending.Count > 0)
        {
            AddRow(pending);
        }

        pending = [];
    }

    private void AddGlued(GluedRow.Result glued)
    {
        warnings.AddRange(glued.Warnings);
        if (glued.Level1 is { } newLevel1)
        {
            SetLevel1(newLevel1);
            level2 = glued.Level2;
        }
        else if (glued.Level2 is { } newLevel2)
        {
            level2 = newLevel2;
        }

        rows.Add(glued.Row with { Level1 = level1, Level2 = level2 });
        numbers.Add(null);
    }

    private void AddRow(List<Piece> pieces)
    {
        // "… | 10 | 10 | 指标2": the unfilled slot of the next template row, printed as close as a cell of this one
        while (pieces.Count > 1 && StrayText.IsNumberedSlot(pieces[^1].Text) && pieces.Take(pieces.Count - 1).Any(piece => ValueText.IsNumberLike(piece.Text)))
        {
            warnings.Add($"line {pieces[^1].Line}: \"{pieces[^1].Text}\" is an unfilled template slot after a row; not a cell of it");
            pieces.RemoveAt(pieces.Count - 1);
        }

        // "数量指标参保人数": a heading cell run into the name is two cells
        if (layout != TableLayout.Flat && hasLevels)
        {
            GluedCells.SplitHeadings(pieces, columns, warnings);
        }

        // a blank template row with its instructions left in: nothing real, no row (its headings still count)
        if (pieces.Any(piece => StrayText.IsInstruction(piece.Text)))
        {
            var real = pieces.Where(piece => !StrayText.IsInstruction(piece.Text) && IndicatorLevels.LevelOf(piece.Text) is null && !IndicatorLevels.IsGroupLabel(piece.Text)).ToList();
            if (real.Count == 0)
            {
                warnings.Add($"line {pieces[0].Line}: template row with instructions only (\"{pieces.First(piece => StrayText.IsInstruction(piece.Text)).Text}\"); no indicator");
                UpdateLevelsFromLeading([.. pieces.Where(piece => !StrayText.IsInstruction(piece.Text))]);
                return;
            }
        }

        // "本指标不适用" anywhere, or "无" where the name stands, is a row left empty; "无" in a 偏差原因 cell is not
        if (pieces.Any(piece => TextTools.RemoveWhiteSpace(piece.Text) is "本指标不适用" or "不适用")
            || pieces.FirstOrDefault(piece => IndicatorLevels.LevelOf(piece.Text) is null && !IndicatorLevels.IsGroupLabel(piece.Text)) is { } name
                && TextTools.RemoveWhiteSpace(name.Text) == "无")
        {
            UpdateLevelsFromLeading(pieces);
            return;
        }

        // a row holding only headings (a merged 一级 cell on a line of its own)
        if (pieces.All(piece => IndicatorLevels.LevelOf(piece.Text) is not null || IndicatorLevels.IsGroupLabel(piece.Text)) && hasLevels)
        {
            UpdateLevelsFromLeading(pieces);
            return;
        }

        // flat text: a lone line after a complete row that gets no value of its own is the end of that row's wrapped name;
        // not one that starts with a heading ("时效指标养护…") or its own number ("指标4.不合格产品处置率", a row left
        // unfilled), which starts a row of its own
        if (layout == TableLayout.Flat && rows.Count > 0 && pieces.Count == 1 && pieces[0].IsRun && pieces[0].Fragments.Count == 1
            && IndicatorLevels.LeadingHeading(pieces[0].Text) is null && !IndicatorAssembler.IsIndicatorNumbered(pieces[0].Text))
        {
            var previous = rows[^1];
            warnings.Add($"line {pieces[0].Line}: \"{pieces[0].Text}\" joined to the name above it (a wrapped cell printed after its row)");
            rows[^1] = previous with { Name = TextTools.JoinCellText([previous.Name, pieces[0].Text]) };
            return;
        }

        var assembled = IndicatorAssembler.Assemble(pieces, columns, layout == TableLayout.Flat);
        warnings.AddRange(assembled.Warnings);
        if (assembled.Row is not { } row || row.Name.Length == 0)
        {
            return;
        }

        if (StrayText.IsInstruction(row.Name))
        {
            warnings.Add($"line {row.Line}: indicator name is a template instruction (\"{row.Name}\"); row dropped");
            return;
        }

        row = WithoutInstructions(row);

        if (assembled.Level1 is { } newLevel1)
        {
            SetLevel1(newLevel1);
            level2 = assembled.Level2;
        }
        else if (assembled.Level2 is { } newLevel2)
        {
            level2 = newLevel2;
        }

        rows.Add(row with { Level1 = level1, Level2 = level2 });
        numbers.Add(assembled.Number);
    }

    /// <summary>"（按实际填写）" in the 实际完成值 cell is no actual: null, with a warning.</summary>
    private IndicatorRow WithoutInstructions(IndicatorRow row)
    {
        string? Clear(string? text, string what)
        {
            if (!StrayText.IsInstruction(text))
            {
                return text;
            }

            warnings.Add($"line {row.Line}: {what} of {row.Name} is a template instruction (\"{text}\"); left null");
            return null;
        }

        return row with
        {
            TargetText = Clear(row.TargetText, "target"),
            ActualText = Clear(row.ActualText, "actual"),
            Note = Clear(row.Note, "note"),
            UnitText = Clear(row.UnitText, "unit"),
            DirectionText = Clear(row.DirectionText, "direction"),
        };
    }

    private void UpdateLevelsFromLeading(List<Piece> pieces)
    {
        foreach (var piece in pieces)
        {
            if (IndicatorLevels.IsGroupLabel(piece.Text))
            {
                continue;
            }

            var level = IndicatorLevels.LevelOf(piece.Text);
            if (level == 1 || IndicatorLevels.HasPoints(piece.Text))
            {
                SetLevel1(IndicatorLevels.Clean(piece.Text));
                level2 = null;
            }
            else if (level == 2)
            {
                level2 = IndicatorLevels.Clean(piece.Text);
            }
            else
            {
                break;
            }
        }
    }

    private void SetLevel1(string value)
    {
        // a merged 一级 cell is printed at its vertical middle: rows above it without a 一级 heading belong to it,
        // unless their 二级 category stands under another 一级 (数量指标 is never under 满意度指标)
        for (var i = level1Start; i < rows.Count; i++)
        {
            if (rows[i].Level1 is null && (IndicatorLevels.ParentOf(rows[i].Level2) is not { } parent || parent == value))
            {
                rows[i] = rows[i] with { Level1 = value };
            }
        }

        level1 = value;
        level1Start = rows.Count;
    }
}
