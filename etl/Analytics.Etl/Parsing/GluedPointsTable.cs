using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>
/// A scoring table (一级 / 二级 / 三级 with 分值 and 得分, no target columns) that a web page flattened into the prose
/// with nothing between its cells: "…详见下表:一级指标二级指标三级指标分值得分项目决策(25分)绩效目标(6分)目标内容22进度计划22…".
/// Groups carry their points in parentheses; a leaf is a name with its weight and score run together ("108" is 10 and
/// 8). Which digits are the weight is read from the form's own constraints, never guessed: a score is at most its
/// weight, a weight at most its group's points, and a group's weights add up to its points. A leaf whose split is not
/// the only one that fits keeps its name and no numbers. The table becomes tab-separated rows under its header, so the
/// indicator reader reads it like any other.
/// </summary>
internal static partial class GluedPointsTable
{
    [GeneratedRegex(@"一级指标\s*二级指标\s*(?:三级指标\s*)?(?:指标)?分值\s*(?:自评)?(?:得分|评分)")]
    private static partial Regex Header();

    // a name (maybe none), then a group's points "(6分)" or a leaf's digits run together
    [GeneratedRegex(@"\G(?<name>[\p{IsCJKUnifiedIdeographs}、]*)(?:[(（](?<points>\d+(?:\.\d+)?)分[)）]|(?<digits>\d+(?:\.\d+)*)(?![\d.年月日万元%％个人次亩户]))")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:0|[1-9]\d*)(?:\.\d+)?$")]
    private static partial Regex Number();

    /// <summary>Combinations of splits tried for one group: real groups have a handful of leaves.</summary>
    private const int MaxCombinations = 4096;

    private sealed class Group(string? name, decimal points, Group? parent)
    {
        public string? Name { get; set; } = name;

        public decimal Points { get; } = points;

        public Group? Parent { get; } = parent;

        public decimal Assigned { get; set; }

        public List<Leaf> Leaves { get; } = [];
    }

    private sealed class Leaf(string name, string? digits)
    {
        public string Name { get; set; } = name;

        public string? Digits { get; } = digits;

        public Group? Group { get; set; }

        public (decimal Weight, decimal Score)? Value { get; set; }
    }

    /// <summary>The prose before the table, the header, the table's rows and the text after it; null when the line holds none.</summary>
    public static List<List<string>>? Rows(string line)
    {
        if (!line.Contains("分值", StringComparison.Ordinal) || Header().Match(line) is not { Success: true } header)
        {
            return null;
        }

        var (leaves, end) = Read(line, header.Index + header.Length);
        if (leaves.Count < 3 || leaves.Count(leaf => leaf.Value is not null) < 2)
        {
            return null;
        }

        var rows = new List<List<string>>();
        if (line[..header.Index].Trim() is { Length: > 0 } before)
        {
            rows.Add([before]);
        }

        rows.Add(["一级指标", "二级指标", "三级指标", "分值", "得分"]);
        foreach (var leaf in leaves)
        {
            var (level1, level2) = leaf.Group is { Parent: { } parent } group ? (parent, group) : (leaf.Group, null);
            rows.Add([Heading(level1), Heading(level2), leaf.Name, Shown(leaf.Value?.Weight), Shown(leaf.Value?.Score)]);
        }

        if (line[end..].Trim() is { Length: > 0 } after)
        {
            rows.Add([after]);
        }

        return rows;
    }

    private static string Heading(Group? group) =>
        group?.Name is { } name ? $"{name}({group.Points.ToString(CultureInfo.InvariantCulture)}分)" : string.Empty;

    private static string Shown(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static (List<Leaf> Leaves, int End) Read(string line, int start)
    {
        var leaves = new List<Leaf>();
        Group? level1 = null;
        Group? current = null;
        var afterGroup = false;
        var at = start;
        for (var match = Token().Match(line, at); match.Success && match.Length > 0; match = Token().Match(line, at))
        {
            var name = match.Groups["name"].Value;
            if (name is "合计" or "总分" or "总计")
            {
                break;
            }

            at = match.Index + match.Length;
            if (match.Groups["digits"].Success)
            {
                if (name.Length == 0)
                {
                    break;
                }

                var leaf = new Leaf(name, match.Groups["digits"].Value);
                // a leaf after its group's weights are all given belongs to a group whose name was glued into it
                leaf.Group = current is not null && current.Leaves.Count > 0 && IsFull(current) ? null : current;
                leaf.Group?.Leaves.Add(leaf);
                leaves.Add(leaf);
                afterGroup = false;
                continue;
            }

            var points = decimal.Parse(match.Groups["points"].Value, CultureInfo.InvariantCulture);
            if (name.Length == 0)
            {
                // "资金管理使用范围11(3分)": the group's name ran into the leaf before its points; that leaf and the ones
                // before it with no group open the new group
                current = Nest(level1, points, null, ref level1);
                if (current.Parent is { } owner)
                {
                    owner.Assigned += points;
                }

                var orphans = leaves.AsEnumerable().Reverse().TakeWhile(leaf => leaf.Group is null).Reverse().ToList();
                if (orphans.Count > 0 && LeadingHeading(orphans[0].Name) is { } heading)
                {
                    current.Name = heading;
                    orphans[0].Name = orphans[0].Name[heading.Length..];
                }

                foreach (var orphan in orphans)
                {
                    orphan.Group = current;
                    current.Leaves.Add(orphan);
                }

                afterGroup = false;
                continue;
            }

            // "资金均衡项目管理(15分)": a leaf with no numbers, then the next group's heading
            if (TrailingHeading(name) is { } trailing)
            {
                var empty = new Leaf(name[..^trailing.Length], null) { Group = current };
                current?.Leaves.Add(empty);
                leaves.Add(empty);
                name = trailing;
                afterGroup = false;
            }

            current = afterGroup && current is not null && current.Parent is null
                ? new Group(name, points, current)
                : Nest(level1, points, name, ref level1);
            if (current.Parent is { } parent)
            {
                parent.Assigned += points;
            }

            afterGroup = true;
        }

        Solve(leaves, at >= line.TrimEnd().Length);
        return (leaves, at);
    }

    /// <summary>A group's heading after a leaf: a 二级 of the open 一级 while its points leave room, else a new 一级.</summary>
    private static Group Nest(Group? level1, decimal points, string? name, ref Group? newLevel1)
    {
        if (level1 is not null && level1.Assigned + points <= level1.Points)
        {
            return new Group(name, points, level1);
        }

        newLevel1 = new Group(name, points, null);
        return newLevel1;
    }

    private static bool IsFull(Group group) =>
        group.Leaves.Sum(leaf => Candidates(leaf, group.Points).Select(split => split.Weight).DefaultIfEmpty(0).Min()) >= group.Points;

    /// <summary>A heading word of four characters or more that a longer name starts with ("资金管理" of "资金管理使用范围").</summary>
    private static string? LeadingHeading(string name)
    {
        for (var length = Math.Min(6, name.Length - 2); length >= 4; length--)
        {
            if (IndicatorLevels.LevelOf(name[..length]) is not null)
            {
                return name[..length];
            }
        }

        return null;
    }

    /// <summary>A heading word of four characters or more that a longer name, itself no heading, ends with.</summary>
    private static string? TrailingHeading(string name)
    {
        if (IndicatorLevels.LevelOf(name) is not null)
        {
            return null;
        }

        for (var length = Math.Min(6, name.Length - 2); length >= 4; length--)
        {
            if (IndicatorLevels.LevelOf(name[^length..]) is not null)
            {
                return name[^length..];
            }
        }

        return null;
    }

    /// <summary>The readings of a leaf's digits as a weight then a score: both plain numbers, score ≤ weight ≤ the group's points.</summary>
    private static List<(decimal Weight, decimal Score)> Candidates(Leaf leaf, decimal points)
    {
        var splits = new List<(decimal, decimal)>();
        if (leaf.Digits is not { } digits)
        {
            return splits;
        }

        for (var cut = 1; cut < digits.Length; cut++)
        {
            var (left, right) = (digits[..cut], digits[cut..]);
            if (Number().IsMatch(left) && Number().IsMatch(right))
            {
                var weight = decimal.Parse(left, CultureInfo.InvariantCulture);
                var score = decimal.Parse(right, CultureInfo.InvariantCulture);
                if (score <= weight && weight <= points && weight > 0)
                {
                    splits.Add((weight, score));
                }
            }
        }

        return splits;
    }

    /// <summary>
    /// Each group's splits are the ones whose weights add up to its points; a leaf gets its numbers where every such
    /// combination agrees. The last group of a table the text cuts off (its weights short of its points) loses its last
    /// leaf, which may be cut mid-number, and keeps the splits that are the only one for their leaf.
    /// </summary>
    private static void Solve(List<Leaf> leaves, bool reachesLineEnd)
    {
        var groups = leaves.Where(leaf => leaf.Group is not null).Select(leaf => leaf.Group!).Distinct().ToList();
        foreach (var group in groups)
        {
            var members = group.Leaves;
            var options = members.Select(leaf => Candidates(leaf, group.Points)).ToList();
            var combinations = options.Aggregate(1L, (product, splits) => product * Math.Max(1, splits.Count));
            var cutOff = reachesLineEnd && ReferenceEquals(group, groups[^1]) && members.Count > 0;
            if (cutOff && !Agrees(options, group.Points))
            {
                leaves.Remove(members[^1]);
                members.RemoveAt(members.Count - 1);
                options.RemoveAt(options.Count - 1);
                for (var i = 0; i < members.Count; i++)
                {
                    members[i].Value = options[i].Count == 1 ? options[i][0] : null;
                }

                continue;
            }

            if (combinations > MaxCombinations)
            {
                continue;
            }

            var agreed = new (decimal, decimal)?[members.Count];
            var consistent = new bool[members.Count];
            Array.Fill(consistent, true);
            var found = false;
            foreach (var combination in Combinations(options))
            {
                if (combination.Sum(split => split?.Weight ?? 0) != group.Points)
                {
                    continue;
                }

                for (var i = 0; i < members.Count; i++)
                {
                    if (found && agreed[i] != combination[i])
                    {
                        consistent[i] = false;
                    }

                    agreed[i] ??= combination[i];
                }

                found = true;
            }

            for (var i = 0; i < members.Count; i++)
            {
                members[i].Value = found && consistent[i] ? agreed[i] : null;
            }
        }
    }

    private static bool Agrees(List<List<(decimal Weight, decimal Score)>> options, decimal points) =>
        Combinations(options).Take(MaxCombinations).Any(combination => combination.Sum(split => split?.Weight ?? 0) == points);

    private static IEnumerable<(decimal Weight, decimal Score)?[]> Combinations(List<List<(decimal Weight, decimal Score)>> options)
    {
        var picks = new int[options.Count];
        while (true)
        {
            yield return [.. options.Select((splits, i) => splits.Count == 0 ? ((decimal, decimal)?)null : splits[picks[i]])];
            var position = 0;
            while (position < options.Count && (options[position].Count <= 1 || ++picks[position] == options[position].Count))
            {
                picks[position] = 0;
                position++;
            }

            if (position == options.Count)
            {
                yield break;
            }
        }
    }
}
