using System.Text.RegularExpressions;

namespace Analytics.Etl.Reading.Pdf;

/// <summary>
/// Finds running headers and footers: page-number lines ("— 12 —", "- 3 -", "第 3 页", "第3页 共9页", "3/9", a bare
/// number) at the top or bottom of a page, and a line repeated at the same place at the top or bottom of most pages.
/// </summary>
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
            var edge = Edges(page.Count);
            for (var index = page.Count - 1; index >= 0; index--)
            {
                var line = page[index];
                if (!edge(index) || line.IsTableRow)
                {
                    continue;
                }

                if (IsPageNumber(line.Text) || repeated.Contains((Key(line.Text), Place(line))))
                {
                    page.RemoveAt(index);
                }
            }
        }
    }

    /// <summary>Lines (digits masked, at a rounded height) at an edge of at least half the pages, and of two or more.</summary>
    private static HashSet<(string Key, int Place)> Repeated(List<List<PageLine>> pages)
    {
        var counts = new Dictionary<(string Key, int Place), int>();
        foreach (var page in pages)
        {
            var edge = Edges(page.Count);
            var seen = new HashSet<(string, int)>();
            for (var index = 0; index < page.Count; index++)
            {
                if (edge(index) && !page[index].IsTableRow)
                {
                    var key = (Key(page[index].Text), Place(page[index]));
                    if (seen.Add(key))
                    {
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var needed = Math.Max(2, (pages.Count + 1) / 2);
        return [.. counts.Where(pair => pair.Value >= needed).Select(pair => pair.Key)];
    }

    private static Func<int, bool> Edges(int count) => index => index < EdgeLines || index >= count - EdgeLines;

    private static string Key(string text) => Digits().Replace(text.Trim(), "#");

    private static int Place(PageLine line) => (int)Math.Round(line.Top / SamePlace);

    [GeneratedRegex(@"^(?:[-—–_~·•]*\d{1,4}[-—–_~·•]*|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|共\d{1,4}页[,，/]?第\d{1,4}页|\d{1,4}/\d{1,4}|(?i:page)\d{1,4}(?:(?i:of)\d{1,4})?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
