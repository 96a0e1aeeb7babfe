using System.Text.RegularExpressions;

namespace Analytics.Generator.Metamorphic;

/// <summary>
/// The year moved between a title's front and its end: <c>2023年度XX项目支出绩效自评表</c> ↔
/// <c>XX项目支出绩效自评表（2023年度）</c>; a year on the line below a title is taken into it.
/// </summary>
public sealed partial class TitleYearMoved : LineTransformation
{
    public override string Name => "title-year-moved";

    public override string Keeps => "the title's unit, project, kind and year; only where the year stands";

    protected override IReadOnlyList<string>? Rewrite(IReadOnlyList<string> lines, Random rng)
    {
        var result = lines.ToList();
        var changed = false;
        for (var i = result.Count - 1; i >= 0; i--)
        {
            if (!Titles.IsTitle(result[i]))
            {
                continue;
            }

            if (YearInFront().Match(result[i]) is { Success: true } front)
            {
                result[i] = result[i][..front.Index] + front.Groups["rest"].Value + $"（{front.Groups["year"].Value}{front.Groups["word"].Value}）" + result[i][(front.Index + front.Length)..];
                changed = true;
            }
            else if (YearAtEnd().Match(result[i]) is { Success: true } end)
            {
                result[i] = result[i][..end.Index] + end.Groups["year"].Value + end.Groups["word"].Value + end.Groups["body"].Value + result[i][(end.Index + end.Length)..];
                changed = true;
            }
            else if (YearLineBelow(result, i) is { } below)
            {
                var year = YearLine().Match(result[below]);
                var title = result[i].TrimStart();
                result[i] = result[i][..(result[i].Length - title.Length)] + year.Groups["year"].Value + year.Groups["word"].Value + title;
                result.RemoveAt(below);
                changed = true;
            }
        }

        return changed ? result : null;
    }

    private static int? YearLineBelow(List<string> lines, int title)
    {
        for (var i = title + 1; i < lines.Count && i <= title + 2; i++)
        {
            if (YearLine().IsMatch(lines[i]))
            {
                return i;
            }

            if (!ReportText.IsBlank(lines[i]))
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<year>(19|20)[0-9]{2})\s*(?<word>年度|年)\s*(?<rest>\S[^\t|]*自[评評]表)")]
    private static partial Regex YearInFront();

    [GeneratedRegex(@"(?<body>\S[^\t|]*自[评評]表)\s*[（(]\s*(?<year>(19|20)[0-9]{2})\s*(?<word>年度|年)\s*[)）]")]
    private static partial Regex YearAtEnd();

    [GeneratedRegex(@"^\s*[（(]\s*(?<year>(19|20)[0-9]{2})\s*(?<word>年度|年)\s*[)）]\s*$")]
    private static partial Regex YearLine();
}

/// <summary>
/// The title of a document's only project table removed, where the table still names its project and unit and the year
/// stays stated on another line (<c>（2022年度）</c>).
/// </summary>
public sealed partial class TitleRemoved : LineTransformation
{
    public override string Name => "title-removed";

    public override string Keeps => "project, unit and year, each still stated in the table or on its own line";

    protected override IReadOnlyList<string>? Rewrite(IReadOnlyList<string> lines, Random rng)
    {
        var titles = Enumerable.Range(0, lines.Count).Where(i => Titles.IsTitle(lines[i])).ToList();
        if (titles.Count != 1)
        {
            return null;
        }

        var title = titles[0];
        var others = lines.Where((_, i) => i != title).Select(line => Cells.Fold(Squeeze(line))).ToList();
        var titleText = Cells.Fold(Squeeze(lines[title]));
        var yearInTitle = Year().Match(titleText);
        var yearStated = yearInTitle.Success
            ? others.Any(line => line.Contains(yearInTitle.Value, StringComparison.Ordinal))
            : others.Any(line => Year().IsMatch(line) && line.Length <= 12);
        var tableNamesItself = others.Any(line => line.Contains("项目名称", StringComparison.Ordinal))
            && others.Any(line => line.Contains("主管部门", StringComparison.Ordinal) || line.Contains("单位名称", StringComparison.Ordinal));
        if (!titleText.Contains("项目", StringComparison.Ordinal) || !yearStated || !tableNamesItself)
        {
            return null;
        }

        return [.. lines.Where((_, i) => i != title)];
    }

    private static string Squeeze(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"(19|20)[0-9]{2}年度")]
    private static partial Regex Year();
}

/// <summary>
/// The money unit moved onto its own line <c>单位：万元</c> above the table's title: out of a line under the title
/// (<c>金额单位：万元</c>) or out of the budget header (<c>项目资金（万元）</c>).
/// </summary>
public sealed partial class UnitAboveTitle : LineTransformation
{
    private const int Reach = 6;

    public override string Name => "unit-above-title";

    public override string Keeps => "the amounts' unit (万元), stated once for the table";

    protected override IReadOnlyList<string>? Rewrite(IReadOnlyList<string> lines, Random rng)
    {
        var result = lines.ToList();
        var changed = false;
        for (var title = result.Count - 1; title >= 0; title--)
        {
            if (!Titles.IsTitle(result[title]) || !TakeUnit(result, title))
            {
                continue;
            }

            result.Insert(title, "单位：万元");
            changed = true;
        }

        return changed ? result : null;
    }

    /// <summary>Removes the table's 万元 statement below <paramref name="title"/>; false when there is none to move.</summary>
    private static bool TakeUnit(List<string> lines, int title)
    {
        for (var i = title + 1; i < lines.Count && i <= title + Reach; i++)
        {
            if (UnitStatement().Match(lines[i]) is { Success: true } statement)
            {
                var rest = lines[i].Remove(statement.Index, statement.Length);
                if (ReportText.IsBlank(rest))
                {
                    lines.RemoveAt(i);
                }
                else
                {
                    lines[i] = rest.TrimEnd();
                }

                return true;
            }

            if (i > title + 1 && Titles.IsTitle(lines[i]))
            {
                return false;
            }

            if (GridTables.Cells(lines[i]) is { } cells && Cells.IsBudgetHeader(cells) && cells.Any(cell => UnitInHeader().IsMatch(cell)))
            {
                lines[i] = UnitInHeader().Replace(lines[i], string.Empty, 1);
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\s*(金额)?[单單]位[：:]\s*[万萬]元")]
    private static partial Regex UnitStatement();

    [GeneratedRegex(@"\s*[（(]\s*[万萬]元\s*[)）]")]
    private static partial Regex UnitInHeader();
}
