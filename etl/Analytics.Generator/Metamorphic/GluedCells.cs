namespace Analytics.Generator.Metamorphic;

/// <summary>
/// Indicator cells run together where their words still tell them apart: a 二级 heading ending in 指标 with the
/// indicator's name after it (<c>数量指标参保人数</c>), and a name with a target that starts with a sign
/// (<c>参保人数≥21万人</c>).
/// </summary>
public sealed class GluedCells : TableTransformation
{
    public override string Name => "glued-cells";

    public override string Keeps => "heading, name and target: 指标 ends a heading, a sign starts a target";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng)
    {
        var header = table.RowIndexOf(Cells.IsIndicatorHeader);
        if (header < 0)
        {
            return null;
        }

        var output = table.Lines.Select(line => line.Text).ToList();
        var changed = false;
        for (var i = header + 1; i < table.Lines.Count; i++)
        {
            if (table.Lines[i].IsRow && Glue(table.Lines[i].Cells!) is { } glued)
            {
                output[i] = table.IsPipe ? GridTables.PipeRow(glued) : GridTables.TabRow(glued);
                changed = true;
            }
        }

        return changed ? output : null;
    }

    /// <summary>The row's cells with the heading glued to the name and the name to a signed target; null when neither applies.</summary>
    public static List<string>? Glue(IReadOnlyList<string> row)
    {
        var cells = row.ToList();
        var changed = false;
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            var (left, right) = (cells[i], cells[i + 1]);
            if (left.Length == 0 || right.Length == 0)
            {
                continue;
            }

            var headingAndName = Cells.Fold(left).EndsWith("指标", StringComparison.Ordinal) && !Cells.Fold(right).EndsWith("指标", StringComparison.Ordinal)
                && !Cells.LooksLikeValue(right) && !Cells.LooksLikeValue(left);
            // a target is a sign with its number ("≥420家"), not a 指标性质 cell ("≥"); a name is longer than a 计量单位
            // cell ("家", "人次"), which a copy gluing it to the target would leave no reader able to tell apart
            var nameAndTarget = !Cells.LooksLikeValue(left) && left.Length >= 4 && Cells.StartsWithSign(right) && right.Any(char.IsAsciiDigit);
            if (headingAndName || nameAndTarget)
            {
                cells[i] = left + right;
                cells.RemoveAt(i + 1);
                changed = true;

                // the glued cell may take the next one too (heading + name, then + target)
                i--;
            }
        }

        return changed ? cells : null;
    }
}
