using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>
/// One cell of an indicator row holding two columns run together, as a copy that lost a cell border prints it:
/// "数量指标参保人数" (二级 heading and name), "参保人数≥95%" (name and target). The cell is split by what its parts
/// are: a known heading word ending in 指标 always (no indicator's name starts with one); a comparison sign starting
/// a quantity only where the row shows that the target's cell is missing.
/// </summary>
internal static partial class GluedCells
{
    [GeneratedRegex(@"^(?<name>.*[\u4e00-\u9fff)）][^≥≤≧≦<>＜＞=]*?)(?<target>[≥≤≧≦<>＜＞=]\s*\d.*)$")]
    private static partial Regex NameThenTarget();

    /// <summary>"产出指标 | 数量指标参保人数 | …" → "产出指标 | 数量指标 | 参保人数 | …"; returns the index of the name's piece.</summary>
    public static int SplitHeadings(List<Piece> pieces, IReadOnlyList<IndicatorColumn> columns, List<string> warnings)
    {
        var index = 0;
        if (!columns.Contains(IndicatorColumn.Level1) && !columns.Contains(IndicatorColumn.Level2))
        {
            return index;
        }

        while (index < pieces.Count && index < 2 && !pieces[index].IsRun)
        {
            var piece = pieces[index];
            var text = piece.Text;
            if (IndicatorLevels.LevelOf(text) is not null)
            {
                index++;
                continue;
            }

            if (IndicatorLevels.LeadingWord(text) is { } word && text.Length - word.Length >= 2)
            {
                pieces[index] = new Piece(word, piece.Line, piece.AloneOnLine);
                pieces.Insert(index + 1, new Piece(text[word.Length..].Trim(), piece.Line, piece.AloneOnLine));
                warnings.Add($"line {piece.Line}: \"{text}\" split into the heading {word} and the name");
                index++;
                continue;
            }

            break;
        }

        return index;
    }

    /// <summary>
    /// "参保人数≥95%" at <paramref name="nameIndex"/> → "参保人数 | ≥95%", when the target is the column after the name
    /// and <paramref name="targetMissing"/> says the row lacks its cell. True when split.
    /// </summary>
    public static bool SplitNameAndTarget(List<Piece> pieces, int nameIndex, IReadOnlyList<IndicatorColumn> tail, bool targetMissing, List<string> warnings)
    {
        if (!targetMissing || nameIndex >= pieces.Count || pieces[nameIndex].IsRun || tail.Count == 0
            || tail[0] is not (IndicatorColumn.Target or IndicatorColumn.AdjustedTarget))
        {
            return false;
        }

        var piece = pieces[nameIndex];
        var text = piece.Text;
        if (NameThenTarget().Match(text) is not { Success: true } match || ValueText.Classify(match.Groups["target"].Value) != ValueKind.Quantity
            || match.Groups["name"].Value.Trim().Length < 2)
        {
            return false;
        }

        var target = match.Groups["target"].Value.Trim();
        pieces[nameIndex] = new Piece(match.Groups["name"].Value.Trim(), piece.Line, piece.AloneOnLine);
        pieces.Insert(nameIndex + 1, new Piece(target, piece.Line, piece.AloneOnLine));
        warnings.Add($"line {piece.Line}: \"{text}\" split into the name and the target {target}");
        return true;
    }

    /// <summary>A comparison sign at the start of a cell: a target, as a row prints it in its target column.</summary>
    public static bool StartsWithSign(string text) => text.Length > 0 && "≥≤≧≦<>＜＞".Contains(text[0], StringComparison.Ordinal);
}
