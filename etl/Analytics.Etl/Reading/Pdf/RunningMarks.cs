using System.Text.RegularExpressions;

namespace Analytics.Etl.Reading.Pdf;

/// <summary>
/// Finds running headers and footers: a page-number line ("— 12 —", "- 3 -", "第 3 页", "第3页 共9页", "3/9", a bare
/// number) as the first or last line of a page, and a line repeated at the same place at the top or bottom of most pages.
/// </summary>
/// <remarks>
/// Content coincides with marks often enough to be careful: a table's last 序号 cell ("1") sits just above the footer,
/// and the unit's name heads both the report and the table on the next page. So only the outermost line of each end
/// can be a page number, and a line one in from the edge counts as running only when it repeats on three pages or more.
/// </remarks>
internal static partial class RunningMarks
{
    /// <summary>How many lines at each end of a page may be running marks.</summary>
    private const int EdgeLines = 2;

    /// <summary>Heights (points) within which a repeated line counts as "the same place".</summary>
    private const double SamePlace = 4;

    public static bool IsPageNumber(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
        return compact.Length > 0 && PageNumber().IsMatch(compact);
    }

    /// <summary>Removes the running marks from each page's lines (in place).</summary>
    public static void Remove(List<List<PageLine>> pages)
    {
        var repeated = Repeated(pages);
        foreach (var page in pages)
        {
            // judged on the page as printed: removing the footer does not make the line above it the outermost
            var count = page.Count;
            var edge = Edges(count);
            for (var index = count - 1; index >= 0; index--)
            {
                var line = page[index];
                if (!edge(index) || line.IsTableRow)
                {
                    continue;
                }

                var outermost = index == 0 || index == count - 1;
                if ((outermost && IsPageNumber(line.Text)) || repeated.Contains((Key(line.Text), Place(line), outermost)))
                {
                    page.RemoveAt(index);
                }
            }
        }
    }

    /// <summary>
    /// Lines (digits masked, at a rounded height, outermost or one in) at an edge of at least half the pages, and of two
    /// or more (three or more for a line one in from the edge).
    /// </summary>
    private static HashSet<(string Key, int Place, bool Outermost)> Repeated(List<List<PageLine>> pages)
    {
        var counts = new Dictionary<(string Key, int Place, bool Outermost), int>();
        foreach (var page in pages)
        {
            var edge = Edges(page.Count);
            var seen = new HashSet<(string, int, bool)>();
            for (var index = 0; index < page.Count; index++)
            {
                if (edge(index) && !page[index].IsTableRow)
                {
                    var key = (Key(page[index].Text), Place(page[index]), index == 0 || index == page.Count - 1);
                    if (seen.Add(key))
                    {
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var half = (pages.Count + 1) / 2;
        return [.. counts.Where(pair => pair.Value >= Math.Max(pair.Key.Outermost ? 2 : 3, half)).Select(pair => pair.Key)];
    }

    private static Func<int, bool> Edges(int count) => index => index < EdgeLines || index >= count - EdgeLines;

    private static string Key(string text) => Digits().Replace(text.Trim(), "#");

    private static int Place(PageLine line) => (int)Math.Round(line.Top / SamePlace);

    [GeneratedRegex(@"^(?:[-—–_~·•]*\d{1,4}[-—–_~·•]*|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|共\d{1,4}页[,，/]?第\d{1,4}页|\d{1,4}/\d{1,4}|(?i:page)\d{1,4}(?:(?i:of)\d{1,4})?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
