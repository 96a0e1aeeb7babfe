using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>What a table cell holds, judged from its text alone.</summary>
internal enum ValueKind
{
    Empty,

    /// <summary>A bare number: a weight, a score, a row number ("10", "9.8", "100.00").</summary>
    PlainNumber,

    /// <summary>A number with a sign, percent or unit: a target or an actual ("≥28%", "12 次", "3113 万元").</summary>
    Quantity,

    /// <summary>A measure word that belongs to the number before it ("人", "万元").</summary>
    UnitWord,

    Text,
}

internal static partial class ValueText
{
    /// <summary>
    /// 100 亿元 in 万元: no county unit's project or department budget comes near it; an amount above it was printed in
    /// 元 under a unit line the reader did not see, or is digits of several cells run together.
    /// </summary>
    public const decimal MaxAmount = 1_000_000m;

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "%", "‰", "人", "人次", "万人", "万人次", "万", "万元", "元", "亿元", "次", "个", "家", "户", "天", "日", "小时",
        "条", "套", "台", "件", "项", "份", "所", "辆", "平方米", "张", "批", "场", "期", "篇", "名", "位", "分", "年", "月",
        "元/人", "元/人.年", "元/人·年", "万册", "册", "座", "间", "处", "笔", "宗", "例", "床", "周", "分钟", "秒",
        "工作日", "个工作日", "个月", "万笔", "万件", "万户", "万次", "万条", "万份", "万张", "千人", "千元", "百分点", "个百分点",
        // land, length, volume, weight, heads and plants: the measures of agriculture, water and roads
        "亩", "万亩", "公顷", "平方公里", "万平方米", "公里", "千米", "米", "延米", "立方米", "万立方米", "吨", "万吨", "千克", "公斤",
        "株", "万株", "棵", "头", "万头", "只", "万只", "羽", "万羽", "口", "眼", "盏", "栋", "户次", "家次", "批次", "课时", "学时",
    };

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$")]
    private static partial Regex PlainNumberPattern();

    [GeneratedRegex(@"^(≥|≤|≧|≦|=|>|<|＞|＜|不低于|不高于|不少于|不超过|不大于|不小于|达到|大于等于|小于等于|大于|小于|约)?\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(%|‰|(?![年月])([万千亿个][\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{1,3})(/[\u4e00-\u9fff.·]{1,4})?)?$")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^[≥≤≧≦=<>＞＜]$")]
    private static partial Regex OperatorPattern();

    public static ValueKind Classify(string? cell)
    {
        var text = cell?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return ValueKind.Empty;
        }

        if (UnitWords.Contains(text))
        {
            return ValueKind.UnitWord;
        }

        // most cells hold no digit: they can be nothing but text
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return ValueKind.Text;
        }

        if (PlainNumberPattern().IsMatch(text))
        {
            return ValueKind.PlainNumber;
        }

        return QuantityPattern().IsMatch(text) ? ValueKind.Quantity : ValueKind.Text;
    }

    private static readonly int LongestUnitWord = UnitWords.Max(unit => unit.Length);

    /// <summary>The lengths of the measure words ("人", "万人", "万人次") that start at <paramref name="start"/>.</summary>
    public static IEnumerable<int> UnitWordLengthsAt(string text, int start)
    {
        for (var length = 1; length <= LongestUnitWord && start + length <= text.Length; length++)
        {
            if (UnitWords.Contains(text.Substring(start, length)))
            {
                yield return length;
            }
        }
    }

    [GeneratedRegex(@"^[0-9OoIl|]+(\.[0-9OoIl]+)?%?$")]
    private static partial Regex OcrDigitsPattern();

    /// <summary>
    /// "l0", "2O", "9.O": a number with letters OCR reads for digits (O for 0, l/I/| for 1); the number, or null when the
    /// cell is not such a number (it needs a real digit and a misread one).
    /// </summary>
    public static string? RepairOcrDigits(string? cell)
    {
        var text = cell?.Trim() ?? string.Empty;
        if (text.Length < 2 || !text.AsSpan().ContainsAnyInRange('0', '9') || text.IndexOfAny(['O', 'o', 'I', 'l', '|']) < 0 || !OcrDigitsPattern().IsMatch(text))
        {
            return null;
        }

        return text.Replace('O', '0').Replace('o', '0').Replace('I', '1').Replace('l', '1').Replace('|', '1');
    }

    public static bool IsOperator(string text) => OperatorPattern().IsMatch(text.Trim());

    /// <summary>What a 指标方向 or 指标性质 cell holds: a sign, its words, or the kind of indicator.</summary>
    public static bool IsDirectionWord(string text) => IsOperator(text) || DirectionWords.Contains(TextTools.RemoveWhiteSpace(text));

    private static readonly HashSet<string> DirectionWords = new(StringComparer.Ordinal)
    {
        "正向", "反向", "定性", "定量", "大于等于", "小于等于", "大于", "小于", "等于", "不低于", "不高于", "不少于", "不超过", "≥", "≤", "=",
    };

    public static bool IsUnitWord(string text) => UnitWords.Contains(text.Trim());

    /// <summary>"小时内办结", "亿元以上": text that opens with a measure word continues a number before it.</summary>
    public static bool StartsWithUnitWord(string text) => UnitWords.Any(unit => text.StartsWith(unit, StringComparison.Ordinal));

    public static bool IsNumberLike(string? cell) => Classify(cell) is ValueKind.PlainNumber or ValueKind.Quantity;

    /// <summary>A weight or a score: a bare number, or one written with 分 ("30分").</summary>
    public static bool IsPoints(string? cell)
    {
        var text = cell?.Trim() ?? string.Empty;
        return Classify(text) == ValueKind.PlainNumber
            || (text.EndsWith('分') && Classify(text[..^1].TrimEnd()) == ValueKind.PlainNumber);
    }

    /// <summary>Reads a bare number ("1,234.5", "10.00"); null for anything else.</summary>
    public static decimal? ParseNumber(string? cell)
    {
        // "30分": points written with their measure word
        var text = cell?.Trim().Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('分').TrimEnd() ?? string.Empty;
        return TextTools.TryParseDecimal(text, out var value) ? value : null;
    }

    [GeneratedRegex(@"^(?<n>-?\d+(\.\d+)?)\s*(?<u>%|万元|万|元)?$")]
    private static partial Regex AmountPattern();

    /// <summary>Reads an amount in 万元: "645万", "3113 万元" and "645" are 万元; "50000 元" is converted.</summary>
    public static decimal? ParseAmount(string? cell, bool tableInYuan = false)
    {
        var text = TextTools.RemoveWhiteSpace(cell ?? string.Empty).Replace(",", string.Empty, StringComparison.Ordinal);
        var match = AmountPattern().Match(text);
        if (!match.Success || !TextTools.TryParseDecimal(match.Groups["n"].Value, out var value))
        {
            return null;
        }

        var unit = match.Groups["u"].Value;
        return unit == "元" || (unit.Length == 0 && tableInYuan) ? value / 10000m : value;
    }

    [GeneratedRegex(@"单位\s*[:：]\s*元|[（(]\s*元\s*[)）]")]
    private static partial Regex YuanHeading();

    /// <summary>
    /// "单位：元" or "项目资金（元）": the table's amounts are in 元, not 万元. Only the table's head counts, up to its
    /// indicator header: an indicator's own measure ("助农增收(元)") says nothing of the money rows. Where the head
    /// states both, the statement nearest the money (the last) holds, as a 单位 line right above a header does.
    /// </summary>
    public static bool PrintedInYuan(IEnumerable<Normalizing.SourceLine> lines)
    {
        var yuan = false;
        foreach (var line in lines)
        {
            var text = line.Text;
            var indicators = IndicatorHeaderWord().Match(text);
            var head = indicators.Success ? text[..indicators.Index] : text;
            var lastYuan = YuanHeading().Matches(head) is { Count: > 0 } yuanMatches ? yuanMatches[^1].Index : -1;
            var lastWan = WanHeading().Matches(head) is { Count: > 0 } wanMatches ? wanMatches[^1].Index : -1;
            if (lastYuan >= 0 || lastWan >= 0)
            {
                yuan = lastYuan > lastWan;
            }

            if (indicators.Success)
            {
                break;
            }
        }

        return yuan;
    }

    [GeneratedRegex("一级指标|二级指标|三级指标")]
    private static partial Regex IndicatorHeaderWord();

    [GeneratedRegex(@"单位\s*[:：]\s*万元|[（(]\s*万元\s*[)）]")]
    private static partial Regex WanHeading();

    /// <summary>
    /// The unit heading nearest above line <paramref name="index"/> (within a table's head): true for 元, false for 万元,
    /// null when none is printed there.
    /// </summary>
    public static bool? InYuanAbove(IReadOnlyList<Normalizing.SourceLine> lines, int index, int reach = 12)
    {
        for (var i = index; i >= 0 && i >= index - reach; i--)
        {
            if (YuanHeading().IsMatch(lines[i].Text))
            {
                return true;
            }

            if (WanHeading().IsMatch(lines[i].Text))
            {
                return false;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<n>-?\d+(\.\d+)?)\s*(?<p>%)?$")]
    private static partial Regex RatePattern();

    /// <summary>Reads an execution rate as a fraction: "105.68%" → 1.0568; "100" under a (%) header → 1.</summary>
    public static decimal? ParseRate(string? cell, bool headerSaysPercent)
    {
        var text = TextTools.RemoveWhiteSpace(cell ?? string.Empty);
        var match = RatePattern().Match(text);
        if (!match.Success || !TextTools.TryParseDecimal(match.Groups["n"].Value, out var value))
        {
            return null;
        }

        if (match.Groups["p"].Success || headerSaysPercent || value > 2m)
        {
            return value / 100m;
        }

        return value;
    }
}
