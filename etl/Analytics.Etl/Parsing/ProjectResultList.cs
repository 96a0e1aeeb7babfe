using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Parsing;

/// <summary>
/// A report that tells the results of several projects as a numbered list: "1、（项目名称），（建设内容）。2021年下达…资金
/// 197万元，…实际已支付186.98万元，支付完成率为94.91%。…总得分为91.8分" / "2、（项目名称），…". Each item is one project's
/// result, read as prose on its own; a list is only a list when its numbers run 1, 2, 3 … and at least two items state
/// money or a score.
/// </summary>
internal static partial class ProjectResultList
{
    private const int MinItems = 2;

    // the item opens with its project's name, up to the first comma or colon
    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\s*[、.．]\s*(?<name>[^。;；:：\s]{4,60}?(项目|工程|资金|经费))\s*[,，:：]")]
    private static partial Regex Item();

    public sealed record Result(string Project, int FirstLine, int LastLine, NarrativeReading Reading);

    public static List<Result>? Read(IReadOnlyList<SourceLine> lines)
    {
        var starts = new List<(int Index, string Project)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Item().Match(lines[i].Text) is { Success: true } item && int.Parse(item.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == starts.Count + 1)
            {
                starts.Add((i, item.Groups["name"].Value));
            }
        }

        if (starts.Count < MinItems)
        {
            return null;
        }

        var results = new List<Result>();
        for (var k = 0; k < starts.Count; k++)
        {
            // the item is its paragraph: up to a blank line or the next item (what follows may be the report's next section)
            var end = k + 1 < starts.Count ? starts[k + 1].Index : lines.Count;
            var itemLines = lines.Skip(starts[k].Index).Take(end - starts[k].Index).TakeWhile(line => !line.IsBlank).ToList();
            results.Add(new Result(starts[k].Project, itemLines[0].Number, itemLines[^1].Number, NarrativeParser.Read(itemLines, starts[k].Project)));
        }

        // an item cut short (an excerpt, a page) still names its project, once the list has shown what it is
        if (results.Count(result => States(result.Reading)) < MinItems)
        {
            return null;
        }

        // "下达…113万元，其中养老机构…48万元、社会工作…15万元、…50万元" above "1.养老机构运营补贴项目:…48万元…": items
        // whose budgets add up to an amount the rest of the report states are the parts of one project's money
        var inItems = results.SelectMany(result => Enumerable.Range(result.FirstLine, result.LastLine - result.FirstLine + 1)).ToHashSet();
        var budgets = results.Select(result => result.Reading.Budget.Adjusted).ToList();
        if (budgets.All(budget => budget is not null) && budgets.Sum() is { } sum
            && lines.Where(line => !inItems.Contains(line.Number)).SelectMany(line => NarrativeParser.AmountsInWan(line.Text)).Any(amount => Math.Abs(amount - sum) < 0.005m))
        {
            return null;
        }

        return results;
    }

    private static bool States(NarrativeReading reading) =>
        reading.Budget != new Records.Budget(null, null, null) || reading.Rate is not null || reading.TotalScore is not null;
}
