using System.Text.RegularExpressions;

namespace Analytics.Generator.Metamorphic;

/// <summary>
/// The budget amounts (the cells under 年初预算数 / 全年预算数 / 执行数) written in 元, ×10000, with the table's unit
/// statement changed to 元 (<c>项目资金（元）</c>, <c>单位：元</c>, or a <c>单位：元</c> line put above the table).
/// </summary>
public sealed partial class AmountsInYuan : TableTransformation
{
    public override string Name => "amounts-in-yuan";

    public override string Keeps => "every amount: ×10000 in 元 is the same money, and the table says 元";

    protected override LineEdit? Edit(GridTable table, IReadOnlyList<string> lines, Random rng)
    {
        if (RewriteTable(table, lines, rng) is not { } rows)
        {
            return null;
        }

        var title = Titles.Above(lines, table.Start);
        var top = title >= 0 ? title + 1 : table.Start;
        var above = lines.Skip(top).Take(table.Start - top).Select(line => UnitLine().Replace(line, "${prefix}单位：元")).ToList();
        var stated = !above.SequenceEqual(lines.Skip(top).Take(table.Start - top))
            || MoneyCells.SaysUnit(table) is not MoneyUnit.Unstated;
        return new LineEdit(top, table.End, [.. above, .. stated ? [] : new[] { "单位：元" }, .. rows]);
    }

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng)
    {
        if (MoneyCells.Find(table) is not { Count: > 0 } cells || MoneyCells.InYuan(table, lines))
        {
            return null;
        }

        var output = MoneyCells.Rewrite(table, cells, amount =>
        {
            var value = Cells.ParseAmount(amount.Groups["number"].Value) * 10000m;
            var written = Cells.FormatAmount(value, amount.Groups["number"].Value.Contains(',', StringComparison.Ordinal));
            return amount.Groups["unit"].Success ? written + "元" : written;
        });
        return [.. output.Select(line => HeaderUnit().Replace(line, "（元）"))];
    }

    [GeneratedRegex(@"(?<prefix>金额)?[单單]位[：:]\s*[万萬]元")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"[（(]\s*[万萬]元\s*[)）]")]
    private static partial Regex HeaderUnit();
}

/// <summary>Budget amounts written with their unit in the cell: <c>120.5</c> → <c>120.5万元</c>.</summary>
public sealed class AmountsWithWan : TableTransformation
{
    public override string Name => "amounts-with-wan";

    public override string Keeps => "every amount and its unit: 万元 in the cell says what the header says";

    protected override IReadOnlyList<string>? RewriteTable(GridTable table, IReadOnlyList<string> lines, Random rng)
    {
        if (MoneyCells.Find(table) is not { } cells || MoneyCells.InYuan(table, lines))
        {
            return null;
        }

        var bare = cells.Where(cell => !cell.Amount.Groups["unit"].Success).ToList();
        return bare.Count == 0 ? null : MoneyCells.Rewrite(table, bare, amount => amount.Value + (rng.Next(2) == 0 ? "万元" : " 万元"));
    }
}

internal enum MoneyUnit
{
    Unstated,
    Wan,
    Yuan,
}

/// <summary>Where a table's budget amounts are: under its budget header's money columns, down to the first row that is no row of amounts.</summary>
internal static partial class MoneyCells
{
    public static List<(int Line, int Column, Match Amount)>? Find(GridTable table)
    {
        var header = table.RowIndexOf(Cells.IsBudgetHeader);
        if (header < 0)
        {
            return null;
        }

        var columns = table.Lines[header].Cells!.Select((cell, index) => (cell, index)).Where(pair => Cells.IsMoneyHeader(pair.cell)).Select(pair => pair.index).ToList();
        var found = new List<(int Line, int Column, Match Amount)>();
        for (var line = header + 1; line < table.Lines.Count; line++)
        {
            if (!table.Lines[line].IsRow)
            {
                continue;
            }

            var cells = table.Lines[line].Cells!;
            var row = columns.Select(column => (column, cell: column < cells.Count ? cells[column] : string.Empty)).ToList();
            if (!row.All(pair => pair.cell.Length == 0 || IsDash(pair.cell) || Cells.Amount().IsMatch(pair.cell)) || Cells.IsIndicatorHeader(cells))
            {
                break;
            }

            found.AddRange(row.Where(pair => Cells.Amount().IsMatch(pair.cell)).Select(pair => (line, pair.column, Cells.Amount().Match(pair.cell))));
        }

        return found;
    }

    /// <summary>The table's lines with each listed cell rewritten; rows keep their separator.</summary>
    public static List<string> Rewrite(GridTable table, IEnumerable<(int Line, int Column, Match Amount)> cells, Func<Match, string> write)
    {
        var output = table.Lines.Select(line => line.Text).ToList();
        foreach (var group in cells.GroupBy(cell => cell.Line))
        {
            var row = table.Lines[group.Key].Cells!.ToArray();
            foreach (var (_, column, amount) in group)
            {
                row[column] = write(amount);
            }

            output[group.Key] = table.IsPipe ? GridTables.PipeRow(row) : GridTables.TabRow(row);
        }

        return output;
    }

    /// <summary>The table already states 元 (header, cells, or a 单位：元 line above it): nothing to convert.</summary>
    public static bool InYuan(GridTable table, IReadOnlyList<string> lines) =>
        SaysUnit(table) is MoneyUnit.Yuan
        || lines.Skip(Math.Max(0, table.Start - 4)).Take(Math.Min(4, table.Start)).Any(line => YuanLine().IsMatch(line));

    public static MoneyUnit SaysUnit(GridTable table)
    {
        var header = table.RowIndexOf(Cells.IsBudgetHeader);
        var head = string.Concat(table.Lines.Take(header + 1).Where(line => line.IsRow).SelectMany(line => line.Cells!));
        var amounts = Find(table) ?? [];
        if (YuanHeader().IsMatch(head) || amounts.Any(cell => cell.Amount.Groups["unit"].Value == "元"))
        {
            return MoneyUnit.Yuan;
        }

        return WanHeader().IsMatch(head) || amounts.Any(cell => cell.Amount.Groups["unit"].Value == "万元") ? MoneyUnit.Wan : MoneyUnit.Unstated;
    }

    private static bool IsDash(string cell) => cell is "—" or "-" or "/" or "－" or "——";

    [GeneratedRegex(@"[（(]\s*元\s*[)）]|[单單]位[：:]\s*元")]
    private static partial Regex YuanHeader();

    [GeneratedRegex(@"[（(]\s*[万萬]元\s*[)）]|[单單]位[：:]\s*[万萬]元")]
    private static partial Regex WanHeader();

    [GeneratedRegex(@"[单單]位[：:]\s*元")]
    private static partial Regex YuanLine();
}
