using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Parsing;

/// <summary>
/// A unit's report on all of its projects ("…2021年度项目支出绩效单位自评报告") that lists them in its overview, each a
/// numbered item that opens with the project's name: "项目1:云南省农村贫困妇女两癌检查救助项目根据…", "(一)义务教育生均
/// 公用经费:为落实…", "1.脱贫人口小额信贷贴息项目1127.35万元。". Each listed project is a record of its own; an amount
/// run into the item's name is that project's budget. The numbers must run 1, 2, 3 …; a list repeated in a later section
/// names the same projects again.
/// </summary>
internal static partial class ProjectOverview
{
    private const int MinItems = 2;

    private const string Name = @"(?<name>[^，,。；;:：《》“”]{4,50}?(项目|经费|资金|补助|计划))";

    // "项目1:…项目根据《…", "项目2:…项目。"
    [GeneratedRegex(@"项目\s*(?<n>\d{1,2})\s*[:：]\s*" + Name + @"(?=根据|按照|依据|为|是|系|用于|[:：，,。]|$)")]
    private static partial Regex LabelledItem();

    // "(一)义务教育生均公用经费:为落实…"
    [GeneratedRegex(@"[(（](?<n>[一二三四五六七八九十]{1,3})[)）]\s*(?<name>[^，,。；;:：《》“”()（）]{4,40}?(项目|经费|资金|补助|计划))\s*[:：]")]
    private static partial Regex ParenthesizedItem();

    // "1.脱贫人口小额信贷贴息项目1127.353372万元。"
    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\s*[、.．]\s*" + Name + @"\s*(?<amount>\d+(?:\.\d+)?)\s*万元")]
    private static partial Regex ItemWithAmount();

    public sealed record Item(string Project, int Line, decimal? Budget);

    public static List<Item>? Read(IReadOnlyList<SourceLine> lines)
    {
        foreach (var pattern in new[] { LabelledItem(), ParenthesizedItem(), ItemWithAmount() })
        {
            var items = new List<Item>();
            foreach (var line in lines)
            {
                foreach (Match match in pattern.Matches(line.Text))
                {
                    var name = match.Groups["name"].Value.Trim();
                    if (items.Any(item => item.Project == name))
                    {
                        continue;
                    }

                    if (Number(match.Groups["n"].Value) != items.Count + 1)
                    {
                        continue;
                    }

                    var amount = match.Groups["amount"].Success ? decimal.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture) : (decimal?)null;
                    items.Add(new Item(name, line.Number, amount));
                }
            }

            if (items.Count >= MinItems)
            {
                return items;
            }
        }

        return null;
    }

    private static int Number(string numeral) =>
        int.TryParse(numeral, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : ChineseNumber(numeral);

    private static int ChineseNumber(string numeral)
    {
        const string Digits = "一二三四五六七八九";
        return numeral switch
        {
            "十" => 10,
            [var one] => Digits.IndexOf(one, StringComparison.Ordinal) + 1,
            ['十', var unit] => 10 + Digits.IndexOf(unit, StringComparison.Ordinal) + 1,
            _ => 0,
        };
    }
}
