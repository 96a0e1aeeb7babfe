using System.Text.RegularExpressions;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>
/// An indicator row whose cells were printed without any separator ("产出指标数量指标参保人数≥21万人21.36万人2020"):
/// the header says which columns follow the name, and the text is split by what each column can hold — a target or
/// actual is a number with its sign and unit (or a word), a weight or score a number of points ≤ 100 without leading
/// zeros. Of the splits that fit, the ones with score ≤ weight and matching units are preferred; a field on which the
/// remaining splits disagree is left null, with a warning. Nothing is guessed.
/// </summary>
internal static partial class GluedRow
{
    private const int MaxSplits = 400;

    internal sealed record Result(IndicatorRow Row, string? Level1, string? Level2, IReadOnlyList<string> Warnings);

    private enum Slot
    {
        Value,
        Points,
        Note,
    }

    private sealed record Candidate(int NameEnd, string?[] Values);

    /// <summary>
    /// A row run together is a name, a few values and perhaps a note: far below this. A longer cell is no row, and
    /// the search over its splits grows faster than its length.
    /// </summary>
    private const int MaxGluedChars = 400;

    /// <summary>Steps of the split search for one cell; past them the cell is left as it is (no split is guessed).</summary>
    private const int MaxSteps = 50_000;

    private sealed class StepBudget
    {
        public int Left { get; set; } = MaxSteps;
    }

    [GeneratedRegex(@"^[≥≤<>=]?\d+(\.\d+)?")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();

    /// <summary>The row read from a glued cell; null when the text is not a whole row run together.</summary>
    public static Result? Split(string cell, IReadOnlyList<IndicatorColumn> columns, int line)
    {
        var text = cell.Trim();
        if (text.Length < 6 || text.Length > MaxGluedChars || text.Any(char.IsWhiteSpace) || !char.IsDigit(text[^1]) && !TextTools.IsCjk(text[^1]) && text[^1] != '%' || !Cjk().IsMatch(text))
        {
            return null;
        }

        var tail = columns.SkipWhile(column => column != IndicatorColumn.Name).Skip(1).ToList();
        if (!tail.Any(column => column is IndicatorColumn.Weight or IndicatorColumn.Score))
        {
            return TargetAndActual(text, columns, tail, line);
        }

        if (tail.Count < 3 || tail.Any(column => column is IndicatorColumn.UnitText or IndicatorColumn.Direction or IndicatorColumn.Nature or IndicatorColumn.CoreFlag)
            || !tail.Any(column => column is IndicatorColumn.Target or IndicatorColumn.AdjustedTarget or IndicatorColumn.Actual))
        {
            return null;
        }

        var slots = tail.Select(column => column switch
        {
            IndicatorColumn.Weight or IndicatorColumn.Score or IndicatorColumn.Coefficient => Slot.Points,
            IndicatorColumn.Note => Slot.Note,
            _ => Slot.Value,
        }).ToList();
        if (slots.Take(slots.Count - 1).Contains(Slot.Note))
        {
            return null;
        }

        var (level1, level2, start) = LeadingHeadings(text, columns);
        var rest = text[start..];
        var warnings = new List<string>();
        // a word target printed twice ("及时及时") is read first: its points would otherwise pass for bare numbers
        var splits = Doubled(rest, slots);
        if (splits.Count == 0)
        {
            splits = Splits(rest, slots);
            if (splits is null || splits.Count == 0)
            {
                return null;
            }
        }

        // the name ends where the first value can start
        var nameEnd = splits.Min(split => split.NameEnd);
        splits = [.. splits.Where(split => split.NameEnd == nameEnd)];
        var preferred = splits.Where(split => Consistent(split, tail)).ToList();
        if (preferred.Count > 0 && preferred.Count < splits.Count)
        {
            warnings.Add($"line {line}: cells run together (\"{text}\"); of {splits.Count} ways to split them, the one{(preferred.Count > 1 ? "s" : string.Empty)} with score ≤ weight and matching units kept");
            splits = preferred;
        }

        var values = new string?[tail.Count];
        var unsure = new List<string>();
        for (var i = 0; i < tail.Count; i++)
        {
            var first = splits[0].Values[i];
            if (splits.All(split => split.Values[i] == first))
            {
                values[i] = first;
            }
            else
            {
                unsure.Add(tail[i].ToString().ToLowerInvariant());
            }
        }

        if (unsure.Count > 0)
        {
            warnings.Add($"line {line}: cells run together (\"{text}\") split {splits.Count} ways; {string.Join(", ", unsure)} left null");
        }
        else
        {
            warnings.Add($"line {line}: cells run together (\"{text}\"); split by the header's columns");
        }

        string? Of(IndicatorColumn column) => tail.IndexOf(column) is var index and >= 0 ? values[index] : null;
        var row = new IndicatorRow
        {
            Name = rest[..nameEnd],
            TargetText = Of(IndicatorColumn.Target) ?? Of(IndicatorColumn.AdjustedTarget),
            ActualText = Of(IndicatorColumn.Actual),
            Weight = ValueText.ParseNumber(Of(IndicatorColumn.Weight)),
            ScoreReported = ValueText.ParseNumber(Of(IndicatorColumn.Score)),
            Note = Of(IndicatorColumn.Note),
            Line = line,
        };
        return new Result(row, level1 is null ? null : IndicatorLevels.Clean(level1), level2 is null ? null : IndicatorLevels.Clean(level2), warnings);
    }

    /// <summary>The 一级/二级 headings a row starts with (merged cells print them on the first row of their group).</summary>
    private static (string? Level1, string? Level2, int NameStart) LeadingHeadings(string text, IReadOnlyList<IndicatorColumn> columns)
    {
        var hasLevels = columns.Contains(IndicatorColumn.Level1) || columns.Contains(IndicatorColumn.Level2);
        string? level1 = null, level2 = null;
        var start = 0;
        while (hasLevels && level2 is null && IndicatorLevels.LeadingHeading(text[start..]) is { } heading)
        {
            if (heading.Level == 1 && level1 is null)
            {
                level1 = heading.Heading;
            }
            else
            {
                level2 = heading.Heading;
            }

            start += heading.Length;
        }

        return (level1, level2, start);
    }

    // a name of words, then a target and an actual that each end in their unit or percent sign, nothing else
    [GeneratedRegex(@"^(?<name>[^\d≥≤≧≦<>=＜＞]{3,}?)(?<target>[≥≤≧≦<>=]?\d+(\.\d+)?(%|[\u4e00-\u9fff]{1,3}))(?<actual>[≥≤≧≦<>=]?\d+(\.\d+)?(%|[\u4e00-\u9fff]{1,3}))$")]
    private static partial Regex NameTargetActual();

    /// <summary>
    /// "数量指标农村公路养护里程856公里856公里", "养护路段优良路率≥75%78%": a form with no points column prints a target and an
    /// actual after the name; they split in one way only when each ends in its unit or percent sign (a bare number
    /// after the name, "32.1公里2020", could be points or a value: no split).
    /// </summary>
    private static Result? TargetAndActual(string text, IReadOnlyList<IndicatorColumn> columns, List<IndicatorColumn> tail, int line)
    {
        var values = tail.Where(column => column is not IndicatorColumn.Note).ToList();
        if (values is not [IndicatorColumn.Target or IndicatorColumn.AdjustedTarget, IndicatorColumn.Actual])
        {
            return null;
        }

        var (level1, level2, start) = LeadingHeadings(text, columns);
        if (NameTargetActual().Match(text[start..]) is not { Success: true } match)
        {
            return null;
        }

        var row = new IndicatorRow
        {
            Name = match.Groups["name"].Value,
            TargetText = match.Groups["target"].Value,
            ActualText = match.Groups["actual"].Value,
            Line = line,
        };
        return new Result(row, level1 is null ? null : IndicatorLevels.Clean(level1), level2 is null ? null : IndicatorLevels.Clean(level2),
            [$"line {line}: cells run together (\"{text}\"); the target and the actual each end in their unit"]);
    }

    /// <summary>Every split of name + numeric values; null when there are too many to judge.</summary>
    private static List<Candidate>? Splits(string text, List<Slot> slots)
    {
        var found = new List<Candidate>();
        var budget = new StepBudget();
        for (var end = 1; end < text.Length; end++)
        {
            var c = text[end];
            if (!(char.IsDigit(c) || c is '≥' or '≤' or '<' or '>' or '=') || char.IsDigit(text[end - 1]) || text[end - 1] == '.')
            {
                continue;
            }

            var values = new string?[slots.Count];
            if (!Fill(text, end, slots, 0, values, end, found, budget))
            {
                return null;
            }
        }

        return found;
    }

    private static bool Fill(string text, int at, List<Slot> slots, int slot, string?[] values, int nameEnd, List<Candidate> found, StepBudget budget)
    {
        budget.Left--;
        if (found.Count > MaxSplits || budget.Left < 0)
        {
            return false;
        }

        if (slot == slots.Count)
        {
            if (at == text.Length)
            {
                found.Add(new Candidate(nameEnd, (string?[])values.Clone()));
            }

            return true;
        }

        if (slots[slot] == Slot.Note)
        {
            values[slot] = at < text.Length ? text[at..] : null;
            var ok = at == text.Length || Cjk().IsMatch(text[at..]) && !char.IsDigit(text[at]);
            if (ok)
            {
                found.Add(new Candidate(nameEnd, (string?[])values.Clone()));
            }

            return true;
        }

        foreach (var length in Candidates(text, at, slots[slot]))
        {
            values[slot] = text.Substring(at, length);
            if (!Fill(text, at + length, slots, slot + 1, values, nameEnd, found, budget))
            {
                return false;
            }
        }

        values[slot] = null;
        return true;
    }

    /// <summary>The lengths a value of the slot can have at <paramref name="at"/>.</summary>
    private static IEnumerable<int> Candidates(string text, int at, Slot slot)
    {
        if (at >= text.Length)
        {
            yield break;
        }

        if (slot == Slot.Value && !char.IsDigit(text[at]) && text[at] is not ('≥' or '≤' or '<' or '>' or '='))
        {
            // a word (qualitative actual after a numeric target): up to the next digit or sign
            var end = at;
            while (end < text.Length && !char.IsDigit(text[end]) && text[end] is not ('≥' or '≤' or '<' or '>' or '='))
            {
                end++;
            }

            if (end - at >= 2 && text[at..end].All(TextTools.IsCjk))
            {
                yield return end - at;
            }

            yield break;
        }

        var match = LeadingNumber().Match(text[at..]);
        if (!match.Success)
        {
            yield break;
        }

        var sign = text[at] is '≥' or '≤' or '<' or '>' or '=' ? 1 : 0;
        if (slot == Slot.Points && sign == 1)
        {
            yield break;
        }

        // every prefix of the digits that is a well-formed number
        for (var length = sign + 1; length <= match.Length; length++)
        {
            var number = text.Substring(at + sign, length - sign);
            if (number.EndsWith('.') || (number.Length > 1 && number[0] == '0' && number[1] != '.'))
            {
                continue;
            }

            // a number stops where the next token can start: not inside "21.36"
            if (at + length < text.Length && text[at + length] == '.')
            {
                continue;
            }

            if (slot == Slot.Points)
            {
                var dot = number.IndexOf('.', StringComparison.Ordinal);
                if ((dot < 0 || number.Length - dot - 1 <= 2) && ValueText.ParseNumber(number) is <= 100m)
                {
                    yield return length;
                }

                continue;
            }

            var next = at + length;
            if (next < text.Length && text[next] is '%' or '‰')
            {
                yield return length + 1;
                continue;
            }

            foreach (var unit in ValueText.UnitWordLengthsAt(text, next))
            {
                yield return length + unit;
            }

            yield return length;
        }
    }

    /// <summary>"资金拨付及时性及时及时1010": a word target and actual printed alike, then the points.</summary>
    private static List<Candidate> Doubled(string text, List<Slot> slots)
    {
        if (slots.Count < 3 || slots[0] != Slot.Value || slots[1] != Slot.Value || slots.Skip(2).Any(slot => slot != Slot.Points))
        {
            return [];
        }

        var digits = text.Length;
        while (digits > 0 && (char.IsDigit(text[digits - 1]) || text[digits - 1] == '.'))
        {
            digits--;
        }

        var head = text[..digits];
        var words = Enumerable.Range(1, 6)
            .Where(length => head.Length > 2 * length && head[^length..] == head[^(2 * length)..^length] && head[^length..].All(TextTools.IsCjk))
            .ToList();
        if (words.Count != 1)
        {
            return [];
        }

        var word = head[^words[0]..];
        var found = new List<Candidate>();
        var values = new string?[slots.Count];
        values[0] = word;
        values[1] = word;
        var tail = text[digits..];
        var pointSlots = slots.Skip(2).ToList();
        var pointFound = new List<Candidate>();
        Fill(tail, 0, pointSlots, 0, new string?[pointSlots.Count], 0, pointFound, new StepBudget());
        foreach (var split in pointFound)
        {
            found.Add(new Candidate(head.Length - (2 * word.Length), [word, word, .. split.Values]));
        }

        return found;
    }

    /// <summary>Score ≤ weight; target and actual in the same unit when both are numbers.</summary>
    private static bool Consistent(Candidate split, List<IndicatorColumn> tail)
    {
        string? Of(IndicatorColumn column) => tail.IndexOf(column) is var index and >= 0 ? split.Values[index] : null;
        if (ValueText.ParseNumber(Of(IndicatorColumn.Weight)) is { } weight && ValueText.ParseNumber(Of(IndicatorColumn.Score)) is { } score && score > weight)
        {
            return false;
        }

        var target = Of(IndicatorColumn.Target) ?? Of(IndicatorColumn.AdjustedTarget);
        var actual = Of(IndicatorColumn.Actual);
        if (target is not null && actual is not null && char.IsDigit(actual[0]))
        {
            return UnitOf(target) == UnitOf(actual);
        }

        return true;
    }

    private static string UnitOf(string value)
    {
        var end = value.Length;
        while (end > 0 && !char.IsDigit(value[end - 1]))
        {
            end--;
        }

        return value[end..];
    }
}
