using System.Text.RegularExpressions;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>
/// Turns the candidate cells of one printed indicator row into an <see cref="IndicatorRow"/>, using the header's
/// column order and what each cell looks like: numbers at the right are scores and weights, the two texts before
/// them actual and target, the text before those the name, and anything left of the name the 一级/二级 headings.
/// </summary>
internal static partial class IndicatorAssembler
{
    // "指标1：参保人数", "1.参保人数", and "指标1参保人数" where the colon was lost
    [GeneratedRegex(@"^(指标\s*(?<n>\d+)\s*[:：.、]|指标\s*(?<n>\d{1,2})(?=[\u4e00-\u9fff])|(?<n>\d{1,2})\s*[.、．]\s*(?=\D))\s*")]
    private static partial Regex Numbering();

    /// <summary>"指标 1:参保人数" → "参保人数".</summary>
    internal static string StripNumbering(string name) => Numbering().Replace(name, string.Empty).Trim();

    /// <summary>"指标4.不合格产品处置率": a name numbered as an indicator (a bare "4." may be a list's item).</summary>
    internal static bool IsIndicatorNumbered(string text) => text.StartsWith("指标", StringComparison.Ordinal) && Numbering().Match(text) is { Success: true, Length: > 2 };

    /// <summary>Numbering starts with 指标 or a digit: other cells are passed over before the regex.</summary>
    private static bool IsNumbered(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text.StartsWith("指标", StringComparison.Ordinal)) && Numbering().IsMatch(text);

    /// <summary>The warning of a row with more cells than columns: a sign the rows do not fit the header.</summary>
    internal const string LeftOverCells = "cells left over after the row's columns";

    /// <summary>The warning of cells that were neither headings nor values joined to a name.</summary>
    internal const string JoinedToName = "to the indicator name";

    internal sealed record Assembled(IndicatorRow? Row, string? Level1, string? Level2, IReadOnlyList<string> Warnings, int? Number = null);

    public static Assembled Assemble(List<Piece> pieces, IReadOnlyList<IndicatorColumn> columns, bool flat)
    {
        var warnings = new List<string>();
        var remaining = new List<Piece>(pieces);
        var tail = columns.SkipWhile(column => column != IndicatorColumn.Name).Skip(1).ToList();
        if (!columns.Contains(IndicatorColumn.Name))
        {
            tail = columns.Where(column => column is not (IndicatorColumn.Level1 or IndicatorColumn.Level2)).ToList();
        }

        var values = new Dictionary<IndicatorColumn, Piece?>();
        var lastValue = tail.FindLastIndex(IsValueColumn);
        // a numbered name ("指标1：…") fixes where the row's values start, even when a value cell is empty
        var anchor = remaining.FindIndex(piece => !piece.IsRun && IsNumbered(piece.Text));
        if (anchor >= 0 && anchor == remaining.FindLastIndex(piece => !piece.IsRun && IsNumbered(piece.Text)))
        {
            // a numbered name with a signed quantity at its end and no signed cell after it: the target run into the name
            var next = anchor + 1 < remaining.Count ? remaining[anchor + 1].Text : string.Empty;
            GluedCells.SplitNameAndTarget(remaining, anchor, tail, !GluedCells.StartsWithSign(next), warnings);
            return AssembleAnchored(remaining, anchor, tail, lastValue, columns, flat, warnings);
        }

        // 1. typed columns right of the last value column: flags, notes, coefficients, weights, scores
        for (var i = tail.Count - 1; i > lastValue; i--)
        {
            var column = tail[i];
            if (remaining.Count > 1 && Matches(column, remaining, flat))
            {
                values[column] = remaining[^1];
                remaining.RemoveAt(remaining.Count - 1);
            }
        }

        // one number where 分值 and 得分 stand side by side: a row cut short or a blank cell; which of the two it is cannot be told
        if (values.TryGetValue(IndicatorColumn.Score, out var lonePoints) && lonePoints is not null && !values.ContainsKey(IndicatorColumn.Weight)
            && tail.IndexOf(IndicatorColumn.Weight) is var weightAt and >= 0 && weightAt + 1 == tail.IndexOf(IndicatorColumn.Score))
        {
            values.Remove(IndicatorColumn.Score);
            warnings.Add($"line {lonePoints.Line}: one number ({lonePoints.Text}) where 分值 and 得分 stand: whether it is the weight or the score cannot be told, both left null");
        }

        // 2. text cells: make sure there are enough of them, splitting a run of stacked lines if needed
        var valueColumns = tail.Take(lastValue + 1).ToList();
        var needed = 1 + valueColumns.Count(IsValueColumn);
        if (!flat)
        {
            var headings = remaining.TakeWhile(piece => !piece.IsRun && IndicatorLevels.LevelOf(piece.Text) is not null).Count();
            GluedCells.SplitNameAndTarget(remaining, headings, tail, remaining.Count - headings < needed, warnings);
        }

        if (remaining.Count < needed)
        {
            SplitRuns(remaining, needed);
        }

        for (var i = valueColumns.Count - 1; i >= 0; i--)
        {
            var column = valueColumns[i];
            if (remaining.Count <= 1)
            {
                break;
            }

            if (IsValueColumn(column))
            {
                var valueColumnsLeft = valueColumns.Take(i).Count(IsValueColumn);
                if (remaining.Count > valueColumnsLeft + 1)
                {
                    values[column] = remaining[^1];
                    remaining.RemoveAt(remaining.Count - 1);
                }
            }
            else if (Matches(column, remaining, flat))
            {
                values[column] = remaining[^1];
                remaining.RemoveAt(remaining.Count - 1);
            }
        }

        if (remaining.Count == 0)
        {
            return new Assembled(null, null, null, warnings);
        }

        var namePiece = remaining[^1];
        remaining.RemoveAt(remaining.Count - 1);
        return Build(namePiece, remaining, values, columns, flat, warnings);
    }

    private static Assembled AssembleAnchored(
        List<Piece> pieces, int anchor, List<IndicatorColumn> tail, int lastValue, IReadOnlyList<IndicatorColumn> columns, bool flat, List<string> warnings)
    {
        var values = new Dictionary<IndicatorColumn, Piece?>();
        var rest = pieces.Skip(anchor + 1).ToList();

        // a cell for every column: each is its column's, a number in the note column ("0") included
        if (rest.Count == tail.Count && tail.Select((column, i) => FitsByPosition(column, rest[i])).All(fits => fits))
        {
            for (var i = 0; i < tail.Count; i++)
            {
                values[tail[i]] = rest[i];
            }

            return Build(pieces[anchor], pieces.Take(anchor).ToList(), values, columns, flat, warnings);
        }

        for (var i = tail.Count - 1; i > lastValue; i--)
        {
            if (rest.Count > 0 && Matches(tail[i], rest, flat))
            {
                values[tail[i]] = rest[^1];
                rest.RemoveAt(rest.Count - 1);
            }
        }

        // left to right: an empty value cell leaves its column null instead of shifting the others
        foreach (var column in tail.Take(lastValue + 1))
        {
            if (rest.Count == 0)
            {
                break;
            }

            if (IsValueColumn(column))
            {
                values[column] = rest[0];
                rest.RemoveAt(0);
            }
            else if (Matches(column, [rest[0]], flat))
            {
                values[column] = rest[0];
                rest.RemoveAt(0);
            }
        }

        if (rest.Count > 0)
        {
            warnings.Add($"line {pieces[anchor].Line}: {LeftOverCells}: {string.Join(" | ", rest.Select(piece => piece.Text))}");
        }

        return Build(pieces[anchor], pieces.Take(anchor).ToList(), values, columns, flat, warnings);
    }

    private static Assembled Build(
        Piece namePiece, List<Piece> extras, Dictionary<IndicatorColumn, Piece?> values, IReadOnlyList<IndicatorColumn> columns, bool flat, List<string> warnings)
    {
        DropUnplaceableNumber(values, columns, warnings);
        var (level1, level2) = Levels(extras, columns, warnings, ref namePiece);
        var cellPerLine = namePiece.AloneOnLine && values.Values.All(piece => piece is null || piece.AloneOnLine);
        var numbering = Numbering().Match(namePiece.Text);
        var name = Numbering().Replace(namePiece.Text, string.Empty).Trim();

        decimal? Number(IndicatorColumn column)
        {
            if (values.GetValueOrDefault(column) is not { } piece)
            {
                return null;
            }

            // (in a table printed one cell per line every cell stands alone, and a lone number says nothing of a merge)
            if (flat && piece.AloneOnLine && !cellPerLine)
            {
                warnings.Add($"line {piece.Line}: {piece.Text} stands for a merged group of rows; row left without {column.ToString().ToLowerInvariant()}");
                return null;
            }

            if (ValueText.ParseNumber(piece.Text) is { } number)
            {
                return number;
            }

            if (ValueText.RepairOcrDigits(piece.Text) is { } repaired)
            {
                warnings.Add($"line {piece.Line}: {column.ToString().ToLowerInvariant()} \"{piece.Text}\" read as {repaired} (misread digits)");
                return ValueText.ParseNumber(repaired);
            }

            return null;
        }

        var row = new IndicatorRow
        {
            Name = name,
            TargetText = values.GetValueOrDefault(IndicatorColumn.Target)?.Text ?? values.GetValueOrDefault(IndicatorColumn.AdjustedTarget)?.Text,
            ActualText = values.GetValueOrDefault(IndicatorColumn.Actual)?.Text,
            Weight = Number(IndicatorColumn.Weight),
            ScoreReported = Number(IndicatorColumn.Score),
            Note = values.GetValueOrDefault(IndicatorColumn.Note)?.Text,
            UnitText = values.GetValueOrDefault(IndicatorColumn.UnitText)?.Text,
            DirectionText = values.GetValueOrDefault(IndicatorColumn.Direction)?.Text ?? values.GetValueOrDefault(IndicatorColumn.Nature)?.Text,
            Line = namePiece.Line,
        };
        return new Assembled(row, level1, level2, warnings, numbering.Success && int.TryParse(numbering.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null);
    }

    /// <summary>
    /// "★补助各类粮食作物种植面积 10 10" under 分值 / 年度指标值 / 全年实际值 / 得分: a row with cells left empty holds one
    /// bare number besides its score, taken as the target while the weight and the actual stay empty. It may as well be
    /// the weight: with nothing to tell which, it is left out with a warning.
    /// </summary>
    private static void DropUnplaceableNumber(Dictionary<IndicatorColumn, Piece?> values, IReadOnlyList<IndicatorColumn> columns, List<string> warnings)
    {
        if (!columns.Contains(IndicatorColumn.Weight) || values.GetValueOrDefault(IndicatorColumn.Weight) is not null)
        {
            return;
        }

        var target = values.GetValueOrDefault(IndicatorColumn.Target);
        var actual = values.GetValueOrDefault(IndicatorColumn.Actual);
        if ((target is null) == (actual is null) || !columns.Contains(IndicatorColumn.Target) || !columns.Contains(IndicatorColumn.Actual))
        {
            return;
        }

        var (column, piece) = target is not null ? (IndicatorColumn.Target, target) : (IndicatorColumn.Actual, actual!);
        if (ValueText.Classify(piece.Text) == ValueKind.PlainNumber)
        {
            values.Remove(column);
            warnings.Add($"line {piece.Line}: {piece.Text} in a row with empty cells may be its weight or its {column.ToString().ToLowerInvariant()}: left null");
        }
    }

    /// <summary>A cell can stand in its column by position: points where points go, any text elsewhere.</summary>
    private static bool FitsByPosition(IndicatorColumn column, Piece piece) => column switch
    {
        IndicatorColumn.Score or IndicatorColumn.Weight or IndicatorColumn.Coefficient => ValueText.IsPoints(piece.Text) && ValueText.ParseNumber(piece.Text) is >= 0 and <= 100,
        _ => !piece.IsRun,
    };

    // a criteria cell (指标内容 / 评价标准) stands where a value would: it takes its place in the row and is not kept
    private static bool IsValueColumn(IndicatorColumn column) =>
        column is IndicatorColumn.Target or IndicatorColumn.AdjustedTarget or IndicatorColumn.Actual or IndicatorColumn.Criteria;

    private static bool Matches(IndicatorColumn column, List<Piece> remaining, bool flat)
    {
        var piece = remaining[^1];
        var text = piece.Text;
        return column switch
        {
            // points and coefficients never exceed 100; a larger bare number is a count (an actual value)
            IndicatorColumn.Score or IndicatorColumn.Weight or IndicatorColumn.Coefficient =>
                (ValueText.IsPoints(text) && ValueText.ParseNumber(text) is >= 0 and <= 100)
                || (ValueText.RepairOcrDigits(text) is { } repaired && !repaired.EndsWith('%') && ValueText.ParseNumber(repaired) is >= 0 and <= 100),
            IndicatorColumn.CoreFlag => text is "是" or "否",
            IndicatorColumn.Direction or IndicatorColumn.Nature => ValueText.IsDirectionWord(text),
            // in flat text a measure word stands alone only where the table has a 计量单位 column (else it joins its number)
            IndicatorColumn.UnitText => text.Length <= 8 && (ValueText.IsUnitWord(text) || text.Contains('/', StringComparison.Ordinal)) && (!flat || piece.AloneOnLine),

            // a note is text after the row's numbers; a text at the end of a row without numbers is its actual value.
            // In a form with no points, a sentence (eight characters or more) after a value is the note too
            IndicatorColumn.Note => piece.Kind == ValueKind.Text && remaining.Count >= 2
                && (ValueText.IsPoints(remaining[^2].Text) || (TextTools.RemoveWhiteSpace(text).Length >= 8 && remaining[^2].Kind != ValueKind.Text)),
            _ => false,
        };
    }

    private static void SplitRuns(List<Piece> remaining, int needed)
    {
        var runIndex = remaining.FindIndex(piece => piece.IsRun && piece.Fragments.Count > 1);
        if (runIndex < 0)
        {
            return;
        }

        var run = remaining[runIndex];
        var groups = FragmentPartitioner.Partition(run.Fragments, needed - remaining.Count + 1);
        remaining.RemoveAt(runIndex);
        remaining.InsertRange(runIndex, groups.Select(group =>
        {
            var piece = new Piece(group[0], run.Line, aloneOnLine: false) { IsRun = true };
            piece.Fragments.AddRange(group.Skip(1));
            return piece;
        }));
    }

    private static (string? Level1, string? Level2) Levels(List<Piece> extras, IReadOnlyList<IndicatorColumn> columns, List<string> warnings, ref Piece namePiece)
    {
        var levelTexts = extras.Select(piece => piece.Text).Where(text => !IndicatorLevels.IsGroupLabel(text)).ToList();
        if (levelTexts.Count == 0)
        {
            return (null, null);
        }

        var hasLevels = columns.Contains(IndicatorColumn.Level1) || columns.Contains(IndicatorColumn.Level2);
        if (!hasLevels)
        {
            // no level columns: the extra text is part of the name, printed in a cell of its own
            warnings.Add($"line {namePiece.Line}: joined \"{string.Join(" ", levelTexts)}\" {JoinedToName}");
            var joined = new Piece(string.Join(string.Empty, levelTexts) + namePiece.Text, namePiece.Line, aloneOnLine: false);
            namePiece = joined;
            return (null, null);
        }

        if (levelTexts.Count >= 2)
        {
            return (IndicatorLevels.Clean(levelTexts[0]), IndicatorLevels.Clean(string.Concat(levelTexts.Skip(1))));
        }

        var only = levelTexts[0];
        return IndicatorLevels.IsLevel1(only) && !IndicatorLevels.IsLevel2(only) || IndicatorLevels.HasPoints(only)
            ? (IndicatorLevels.Clean(only), null)
            : (null, IndicatorLevels.Clean(only));
    }
}
