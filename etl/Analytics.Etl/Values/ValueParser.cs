using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Values;

/// <summary>
/// Reads the target (年度指标值) and actual (实际完成值) texts of indicator rows: "≥28%", "≤176.77 万元", "11.09 万人次",
/// "支付 24.32 万元", "及时", "有所提升", "不低于上年", "2022 年 12 月支付完成".
/// </summary>
/// <remarks>
/// The first number that is not part of a date ("2022 年 12 月"), an ordinal ("第3") or a document number ("201号")
/// is the value, converted to its canonical unit; the operator is the last one stated before it (a sign or a word such as
/// 不低于) or a suffix after its unit (以上, 以内). Text without such a number is qualitative; its level comes from its
/// words. Runs for millions of rows: generated regexes over spans, shared results for qualitative text, and no allocation
/// beyond the result except for NFKC when the text needs it and for rate units ("元/人.年").
/// </remarks>
public static partial class ValueParser
{
    private const string GreaterOrEqualWords =
        "大于或等于|大于等于|不低于|不少于|不小于|不得低于|不得少于|不得小于|不应低于|不应少于|至少|达到|超过|高于|大于|多于|≥|≧|⩾|>=|>";

    private const string LessOrEqualWords =
        "小于或等于|小于等于|不高于|不超过|不大于|不多于|不得超过|不得高于|不得大于|不得多于|不应超过|不应高于|控制在|至多|最多|低于|小于|少于|≤|≦|⩽|<=|<";

    private const string EqualWords = "等于|=";

    private const string GreaterOrEqual = ">=";
    private const string LessOrEqual = "<=";
    private const string Equal = "=";

    /// <summary>Numbers above this are not indicator values; keeping below it means a unit factor can never overflow.</summary>
    private const decimal LargestValue = 1e20m;

    private static readonly string[] CountWords =
    [
        "次", "个", "家", "户", "条", "套", "件", "项", "份", "所", "辆", "台", "张", "批", "场", "期", "篇", "名", "位",
        "册", "座", "间", "处", "笔", "宗", "例", "床", "本", "首", "部", "支", "只", "块", "株", "棵", "头", "类", "种", "轮", "组",
    ];

    /// <summary>Characters without which <see cref="DatePattern"/> cannot match, besides the dots of "2022.12.31".</summary>
    private static readonly SearchValues<char> DateHints = SearchValues.Create("年月季-/[〔【(");

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OperatorOfWord = BuildOperatorLookup();

    private static readonly FrozenDictionary<char, UnitEntry[]> UnitsByFirstChar = BuildUnits();

    /// <summary>Qualitative results are shared: index = operator (none, &gt;=, &lt;=, =) * 4 + level (none, achieved, partial, not achieved).</summary>
    private static readonly MeasuredValue[] QualitativeResults = BuildQualitativeResults();

    private readonly record struct UnitEntry(string Text, string? Unit, decimal Factor);

    [GeneratedRegex(GreaterOrEqualWords + "|" + LessOrEqualWords + "|" + EqualWords)]
    private static partial Regex OperatorPattern();

    [GeneratedRegex("^(?:" + GreaterOrEqualWords + "|" + LessOrEqualWords + "|" + EqualWords + ")")]
    private static partial Regex LeadingOperatorPattern();

    [GeneratedRegex(@"^\s*(?:及以上|以上|及以下|以下|以内|之内|内(?![容部涵]))")]
    private static partial Regex OperatorSuffixPattern();

    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])")]
    private static partial Regex NumberPattern();

    /// <summary>"2022 年 12 月", "2022年度", "12月31日", "2022-12-31", "2022.12.31", "[2020]", "3季度": numbers that are dates.</summary>
    [GeneratedRegex(
        @"(?<![0-9])(?:" +
        @"(?:19|20)[0-9]{2}\s*年(?:\s*(?:1[0-2]|0?[1-9])\s*月(?:\s*(?:3[01]|[12][0-9]|0?[1-9])\s*[日号])?)?" +
        @"|(?:19|20)[0-9]{2}\s*[-/]\s*(?:1[0-2]|0?[1-9])(?:\s*[-/]\s*(?:3[01]|[12][0-9]|0?[1-9]))?(?![0-9])" +
        @"|(?:19|20)[0-9]{2}\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])" +
        @"|(?:1[0-2]|0?[1-9])\s*月(?:\s*(?:3[01]|[12][0-9]|0?[1-9])\s*[日号])?" +
        @"|[1-4]\s*季度" +
        @")|[\[〔【(]\s*(?:19|20)[0-9]{2}\s*[\]〕】)]")]
    private static partial Regex DatePattern();

    /// <summary>"元/人.年", "次/年", "万元/人": a rate unit, kept as written.</summary>
    [GeneratedRegex(@"^[\p{L}%‰]{1,4}\s*/\s*[\p{L}.·・]{1,6}?(?=及以上|以上|及以下|以下|以内|[^\p{L}.·・]|$)")]
    private static partial Regex RateUnitPattern();

    [GeneratedRegex(
        "未完成|未达到|未达标|未实现|未按时|未按期|未及时|未落实|未到位|未支付|未拨付|未执行|未开展|未启动|尚未|无法|无效|" +
        "不及时|不达标|不到位|不合规|不规范|不足|不满意|不合格|待支付|待拨付|待完成|待落实|待执行|待实施|待验收|" +
        "滞后|延迟|延期|逾期|缓慢|较差|^否$|^差$")]
    private static partial Regex NotAchievedPattern();

    /// <summary>"未发生重大事故", "没有出现违规": a negated bad outcome is an achievement, so it is read before the bare "未".</summary>
    [GeneratedRegex("未发生|未出现|未造成|未受到|未收到|未被|没有发生|没有出现|^是$")]
    private static partial Regex NegatedFailurePattern();

    [GeneratedRegex("未|没有")]
    private static partial Regex NegationPattern();

    [GeneratedRegex(
        "基本(?:完成|达到|实现|覆盖|达标|满意|按时|及时|落实|到位|合规|规范|稳定|持续)|部分(?:完成|达到|实现|落实|到位|达标)|" +
        "有所|较好|一般|有待|略有|初步|初见|尚可")]
    private static partial Regex PartialPattern();

    [GeneratedRegex(
        "及时|按时|按期|即时|准时|完成|覆盖|提升|提高|缓解|改善|增强|加强|扩大|拓展|推进|增加|减轻|降低|下降|显著|明显|有效|稳步|" +
        "达标|达到|合规|合理|规范|正常|平稳|稳定|无|足额|落实|执行|实现|符合|满意|良好|优|到位|保障|顺利|高效|便捷|畅通|健全|标准化")]
    private static partial Regex AchievedPattern();

    /// <summary>Reads a target or actual text; null for null or blank text. Never throws.</summary>
    public static MeasuredValue? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = NormalizeCompatibility(text);

        // "1.62萬人次", "達到": traditional characters read as their simplified forms
        if (Units.ChineseScript.HasTraditional(normalized))
        {
            normalized = Units.ChineseScript.ToSimplified(normalized);
        }

        var span = normalized.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return null;
        }

        var hasDigit = span.IndexOfAnyInRange('0', '9') >= 0;
        return (hasDigit ? ReadNumber(span) : null) ?? ReadWholePercent(span) ?? ReadQualitative(span);
    }

    private static string NormalizeCompatibility(string text)
    {
        if (IsPlainlyNormalized(text))
        {
            return text;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // an unpaired surrogate: read the text as it is
            return text;
        }
    }

    /// <summary>ASCII, CJK unified ideographs and a few signs are NFKC already; asking ICU costs more than reading the text.</summary>
    private static bool IsPlainlyNormalized(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0080' && c is not (>= '\u4e00' and <= '\u9fff' or '≥' or '≤' or '≧' or '≦' or '‰' or '·' or '、' or '。'))
            {
                return false;
            }
        }

        return true;
    }

    private static MeasuredValue? ReadNumber(ReadOnlySpan<char> span)
    {
        // most texts ("≥28%", "186.816 万元") cannot hold a date: skip the scan for one
        var dates = span.ContainsAny(DateHints) || span.Count('.') >= 2
            ? DatePattern().EnumerateMatches(span)
            : DatePattern().EnumerateMatches(ReadOnlySpan<char>.Empty);
        var hasDate = dates.MoveNext();
        foreach (var number in NumberPattern().EnumerateMatches(span))
        {
            while (hasDate && dates.Current.Index + dates.Current.Length <= number.Index)
            {
                hasDate = dates.MoveNext();
            }

            if (hasDate && dates.Current.Index <= number.Index)
            {
                continue;
            }

            var before = span[..number.Index];
            var beforeTrimmed = before.TrimEnd();
            var after = span[(number.Index + number.Length)..].TrimStart();
            if (beforeTrimmed.EndsWith('第') || after.StartsWith('号'))
            {
                continue;
            }

            if (!TryReadDecimal(span.Slice(number.Index, number.Length), out var value) || value > LargestValue)
            {
                continue;
            }

            if (before.Length > 0 && before[^1] is '-' or '−' && (before.Length == 1 || IsSignContext(before[^2])))
            {
                value = -value;
                before = before[..^1];
            }

            var (unit, unitText, factor, unitLength) = ReadUnit(after);
            if (unitLength == 0 && beforeTrimmed.EndsWith("百分之"))
            {
                (unit, unitText, factor) = (CanonicalUnits.Ratio, "百分之", 0.01m);
            }

            var @operator = LastOperator(before) ?? SuffixOperator(after[unitLength..]);
            value *= factor;
            return new MeasuredValue(@operator, Trim(value), unit, unitText, null, false);
        }

        return null;
    }

    /// <summary>A minus sign belongs to the number after start, space or punctuation ("-5%", "≥ -3"), not after a word or digit.</summary>
    private static bool IsSignContext(char c) => !char.IsLetterOrDigit(c);

    private static (string? Unit, string? UnitText, decimal Factor, int Length) ReadUnit(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty)
        {
            return (null, null, 1m, 0);
        }

        if (after.Contains('/'))
        {
            foreach (var rate in RateUnitPattern().EnumerateMatches(after))
            {
                var written = after[..rate.Length].ToString();
                return (written, written, 1m, rate.Length);
            }
        }

        if (UnitsByFirstChar.TryGetValue(after[0], out var entries))
        {
            foreach (var entry in entries)
            {
                if (after.StartsWith(entry.Text, StringComparison.Ordinal))
                {
                    return (entry.Unit, entry.Text, entry.Factor, entry.Text.Length);
                }
            }
        }

        return (null, null, 1m, 0);
    }

    /// <summary>"百分之百" has no digits but is a number.</summary>
    private static MeasuredValue? ReadWholePercent(ReadOnlySpan<char> span) =>
        span.Contains("百分之百", StringComparison.Ordinal)
            ? new MeasuredValue(LastOperator(span[..span.IndexOf("百分之百", StringComparison.Ordinal)]), 1m, CanonicalUnits.Ratio, "百分之百", null, false)
            : null;

    private static MeasuredValue ReadQualitative(ReadOnlySpan<char> span)
    {
        var @operator = LeadingOperator(span);
        var operatorIndex = @operator switch
        {
            GreaterOrEqual => 1,
            LessOrEqual => 2,
            Equal => 3,
            _ => 0,
        };
        var levelIndex = LevelOf(span) switch
        {
            QualitativeLevel.Achieved => 1,
            QualitativeLevel.Partial => 2,
            QualitativeLevel.NotAchieved => 3,
            _ => 0,
        };
        return QualitativeResults[(operatorIndex * 4) + levelIndex];
    }

    private static QualitativeLevel? LevelOf(ReadOnlySpan<char> span)
    {
        if (NotAchievedPattern().IsMatch(span))
        {
            return QualitativeLevel.NotAchieved;
        }

        if (span.Contains('未') || span.Contains('没') || span.Contains('是'))
        {
            if (NegatedFailurePattern().IsMatch(span))
            {
                return QualitativeLevel.Achieved;
            }

            if (NegationPattern().IsMatch(span))
            {
                return QualitativeLevel.NotAchieved;
            }
        }

        if (PartialPattern().IsMatch(span))
        {
            return QualitativeLevel.Partial;
        }

        return AchievedPattern().IsMatch(span) ? QualitativeLevel.Achieved : null;
    }

    /// <summary>The operator nearest before the number: "不设权重……不得超过70分" is "&lt;=" 70.</summary>
    private static string? LastOperator(ReadOnlySpan<char> before)
    {
        string? found = null;
        foreach (var match in OperatorPattern().EnumerateMatches(before))
        {
            found = OperatorOfWord.TryGetValue(before.Slice(match.Index, match.Length), out var @operator) ? @operator : found;
        }

        return found;
    }

    /// <summary>Text without a number has an operator only when it opens with one ("不低于上年"); "未达到预期" has none.</summary>
    private static string? LeadingOperator(ReadOnlySpan<char> span)
    {
        foreach (var match in LeadingOperatorPattern().EnumerateMatches(span))
        {
            return OperatorOfWord.TryGetValue(span[..match.Length], out var @operator) ? @operator : null;
        }

        return null;
    }

    private static string? SuffixOperator(ReadOnlySpan<char> rest)
    {
        foreach (var match in OperatorSuffixPattern().EnumerateMatches(rest))
        {
            return rest.Slice(match.Index, match.Length).Contains('上') ? GreaterOrEqual : LessOrEqual;
        }

        return null;
    }

    /// <summary>Reads what <see cref="NumberPattern"/> matched ("1,050,000", "186.816") without the cost of culture-aware parsing.</summary>
    private static bool TryReadDecimal(ReadOnlySpan<char> digits, out decimal value)
    {
        ulong mantissa = 0;
        var count = 0;
        var scale = -1;
        foreach (var c in digits)
        {
            if (c == ',')
            {
                continue;
            }

            if (c == '.')
            {
                scale = 0;
                continue;
            }

            if (count == 19)
            {
                // more digits than a ulong holds: rare enough for the general parser
                return decimal.TryParse(
                    digits,
                    NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
                    CultureInfo.InvariantCulture,
                    out value);
            }

            mantissa = (mantissa * 10) + (ulong)(c - '0');
            count++;
            scale += scale >= 0 ? 1 : 0;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Drops trailing zeros of the scale: 11.09 万 is 110900, not 110900.00; 99.80% is 0.998.</summary>
    private static decimal Trim(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (scale == 0 || (uint)bits[0] % 10 != 0 && bits[1] == 0 && bits[2] == 0)
        {
            return value;
        }

        return value / 1.000000000000000000000000000000000m;
    }

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildOperatorLookup()
    {
        var operators = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (words, @operator) in new[] { (GreaterOrEqualWords, GreaterOrEqual), (LessOrEqualWords, LessOrEqual), (EqualWords, Equal) })
        {
            foreach (var word in words.Split('|'))
            {
                operators[word] = @operator;
            }
        }

        return operators.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenDictionary<char, UnitEntry[]> BuildUnits()
    {
        var entries = new List<UnitEntry>
        {
            new("%", CanonicalUnits.Ratio, 0.01m),
            new("‰", CanonicalUnits.Ratio, 0.001m),
            new("个百分点", CanonicalUnits.Ratio, 0.01m),
            new("百分点", CanonicalUnits.Ratio, 0.01m),
            new("亿元", CanonicalUnits.Yuan10k, 10000m),
            new("万元", CanonicalUnits.Yuan10k, 1m),
            new("千元", CanonicalUnits.Yuan10k, 0.1m),
            new("元", CanonicalUnits.Yuan10k, 0.0001m),
            new("亿人次", CanonicalUnits.PersonTime, 100000000m),
            new("万人次", CanonicalUnits.PersonTime, 10000m),
            new("人次", CanonicalUnits.PersonTime, 1m),
            new("亿人", CanonicalUnits.Person, 100000000m),
            new("万人", CanonicalUnits.Person, 10000m),
            new("人", CanonicalUnits.Person, 1m),
            new("个工作日", CanonicalUnits.Day, 1m),
            new("工作日", CanonicalUnits.Day, 1m),
            new("天", CanonicalUnits.Day, 1m),
            new("日", CanonicalUnits.Day, 1m),
            new("个小时", CanonicalUnits.Hour, 1m),
            new("小时", CanonicalUnits.Hour, 1m),
            new("分钟", CanonicalUnits.Minute, 1m),
            new("个星期", CanonicalUnits.Week, 1m),
            new("星期", CanonicalUnits.Week, 1m),
            new("周", CanonicalUnits.Week, 1m),
            new("个月", CanonicalUnits.Month, 1m),
            new("年", CanonicalUnits.Year, 1m),
            new("万平方米", CanonicalUnits.SquareMeter, 10000m),
            new("平方米", CanonicalUnits.SquareMeter, 1m),
            new("平米", CanonicalUnits.SquareMeter, 1m),
            new("m2", CanonicalUnits.SquareMeter, 1m),
            new("亿", null, 100000000m),
            new("万", null, 10000m),
        };
        foreach (var word in CountWords)
        {
            entries.Add(new(word, CanonicalUnits.Count, 1m));
            entries.Add(new("万" + word, CanonicalUnits.Count, 10000m));
        }

        // longest first, so that 万人次 wins over 万人 and 万, 个月 over 个
        return entries
            .GroupBy(entry => entry.Text[0])
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(entry => entry.Text.Length).ThenBy(entry => entry.Text, StringComparer.Ordinal).ToArray());
    }

    private static MeasuredValue[] BuildQualitativeResults()
    {
        string?[] operators = [null, GreaterOrEqual, LessOrEqual, Equal];
        QualitativeLevel?[] levels = [null, QualitativeLevel.Achieved, QualitativeLevel.Partial, QualitativeLevel.NotAchieved];
        var results = new MeasuredValue[operators.Length * levels.Length];
        for (var o = 0; o < operators.Length; o++)
        {
            for (var l = 0; l < levels.Length; l++)
            {
                results[(o * levels.Length) + l] = new MeasuredValue(operators[o], null, null, null, levels[l], true);
            }
        }

        return results;
    }
}
