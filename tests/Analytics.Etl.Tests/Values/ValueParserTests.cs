using System.Globalization;
using System.Text;
using System.Text.Json;
using Analytics.Etl.Tests.Golden;
using Analytics.Etl.Values;

namespace Analytics.Etl.Tests.Values;

public class ValueParserTests
{
    /// <summary>Every distinct target_text and actual_text of the indicator rows in the gold files.</summary>
    public static TheoryData<string> GoldValueTexts()
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Gold, "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var record = JsonDocument.Parse(line);
                if (!record.RootElement.TryGetProperty("indicators", out var indicators) || indicators.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var indicator in indicators.EnumerateArray())
                {
                    foreach (var field in new[] { "target_text", "actual_text" })
                    {
                        if (indicator.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                        {
                            texts.Add(value.GetString()!);
                        }
                    }
                }
            }
        }

        var data = new TheoryData<string>();
        foreach (var text in texts)
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldValueTexts))]
    public void Parse_GivesNumberOrQualitativeReading_WhenGivenGoldText(string text)
    {
        var value = ValueParser.Parse(text);

        Assert.NotNull(value);
        Assert.True(value.Value is not null ^ value.IsQualitative, $"{text}: {value}");
    }

    [Fact]
    public void GoldValueTexts_HoldManyTexts_WhenGoldIsRead() => Assert.True(GoldValueTexts().Count >= 100);

    [Theory]
    [InlineData("≧355789 人", ">=", "355789", "person", "人")]
    [InlineData("≧26641 人", ">=", "26641", "person", "人")]
    [InlineData("≧110389", ">=", "110389", null, null)]
    [InlineData("≥28%", ">=", "0.28", "ratio", "%")]
    [InlineData("17%", null, "0.17", "ratio", "%")]
    [InlineData("98%", null, "0.98", "ratio", "%")]
    [InlineData("99.80%", null, "0.998", "ratio", "%")]
    [InlineData("≥40%", ">=", "0.4", "ratio", "%")]
    [InlineData("≤176.77 万元", "<=", "176.77", "yuan_10k", "万元")]
    [InlineData("186.816 万元", null, "186.816", "yuan_10k", "万元")]
    [InlineData("≤ 30 万元", "<=", "30", "yuan_10k", "万元")]
    [InlineData("41万元", null, "41", "yuan_10k", "万元")]
    [InlineData("50000 元", null, "5", "yuan_10k", "元")]
    [InlineData("1.5 亿元", null, "15000", "yuan_10k", "亿元")]
    [InlineData("支付 24.32 万元", null, "24.32", "yuan_10k", "万元")]
    [InlineData("≥ 1050000 条", ">=", "1050000", "count", "条")]
    [InlineData("1,050,000 条", null, "1050000", "count", "条")]
    [InlineData("11.09 万人次", null, "110900", "person_time", "万人次")]
    [InlineData("11.09万人次", null, "110900", "person_time", "万人次")]
    [InlineData("≥1.5萬人次", ">=", "15000", "person_time", "万人次")]
    [InlineData("≥5.26 万人次", ">=", "52600", "person_time", "万人次")]
    [InlineData("≥ 5.26 万人次", ">=", "52600", "person_time", "万人次")]
    [InlineData("≥36000人次", ">=", "36000", "person_time", "人次")]
    [InlineData("≥34 万人", ">=", "340000", "person", "万人")]
    [InlineData("4629人", null, "4629", "person", "人")]
    [InlineData("≥ 9977 人", ">=", "9977", "person", "人")]
    [InlineData("180元/人.年", null, "180", "元/人.年", "元/人.年")]
    [InlineData("90元/人.年", null, "90", "元/人.年", "元/人.年")]
    [InlineData("100", null, "100", null, null)]
    [InlineData("9.954", null, "9.954", null, null)]
    [InlineData("乡镇100%覆盖", null, "1", "ratio", "%")]
    [InlineData("1 套", null, "1", "count", "套")]
    [InlineData("12 次", null, "12", "count", "次")]
    [InlineData("≥8 次", ">=", "8", "count", "次")]
    [InlineData("2 家县级医院", null, "2", "count", "家")]
    [InlineData("473.25 平方米", null, "473.25", "sqm", "平方米")]
    [InlineData("不低于95%", ">=", "0.95", "ratio", "%")]
    [InlineData("95%以上", ">=", "0.95", "ratio", "%")]
    [InlineData("控制在5%以内", "<=", "0.05", "ratio", "%")]
    [InlineData("不超过 20 万元", "<=", "20", "yuan_10k", "万元")]
    [InlineData("＞＝９０％", ">=", "0.9", "ratio", "%")]
    [InlineData("≦20 万元", "<=", "20", "yuan_10k", "万元")]
    [InlineData("= 100%", "=", "1", "ratio", "%")]
    [InlineData("等于100%", "=", "1", "ratio", "%")]
    [InlineData("3‰", null, "0.003", "ratio", "‰")]
    [InlineData("30个工作日内", "<=", "30", "day", "个工作日")]
    [InlineData("3个月", null, "3", "month", "个月")]
    [InlineData("-5%", null, "-0.05", "ratio", "%")]
    [InlineData("百分之百", null, "1", "ratio", "百分之百")]
    [InlineData("2022年支付24.32万元", null, "24.32", "yuan_10k", "万元")]
    [InlineData("冀财社[2020]201号拨付 11 万元", null, "11", "yuan_10k", "万元")]
    [InlineData("不设权重，酌情扣分，评价总得分不得超过70分。", "<=", "70", null, null)]
    public void Parse_GivesValueInCanonicalUnit_WhenTextHoldsNumber(string text, string? @operator, string value, string? unit, string? unitText)
    {
        var parsed = ValueParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.False(parsed.IsQualitative);
        Assert.Equal(@operator, parsed.Operator);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(unit, parsed.Unit);
        Assert.Equal(unitText, parsed.UnitText);
        Assert.Null(parsed.Level);
    }

    [Theory]
    [InlineData("11.09 万人次", "110900")]
    [InlineData("99.80%", "0.998")]
    [InlineData("50000 元", "5")]
    public void Parse_WritesValueWithoutTrailingZeros_WhenUnitIsConverted(string text, string expected) =>
        Assert.Equal(expected, ValueParser.Parse(text)!.Value!.Value.ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("及时", null, QualitativeLevel.Achieved)]
    [InlineData("及时支付", null, QualitativeLevel.Achieved)]
    [InlineData("按时足额拨付", null, QualitativeLevel.Achieved)]
    [InlineData("完成", null, QualitativeLevel.Achieved)]
    [InlineData("显著提升", null, QualitativeLevel.Achieved)]
    [InlineData("有效缓解", null, QualitativeLevel.Achieved)]
    [InlineData("全覆盖", null, QualitativeLevel.Achieved)]
    [InlineData("成效显著", null, QualitativeLevel.Achieved)]
    [InlineData("稳步提升", null, QualitativeLevel.Achieved)]
    [InlineData("支出合理合规", null, QualitativeLevel.Achieved)]
    [InlineData("网络无间断运行维护", null, QualitativeLevel.Achieved)]
    [InlineData("符合救助条件的对象按规定纳入救助范围", null, QualitativeLevel.Achieved)]
    [InlineData("2022 年 12 月支付完成", null, QualitativeLevel.Achieved)]
    [InlineData("2022 年度完成", null, QualitativeLevel.Achieved)]
    [InlineData("2022-12-31前完成", null, QualitativeLevel.Achieved)]
    [InlineData("未发生重大安全事故", null, QualitativeLevel.Achieved)]
    [InlineData("有所提升", null, QualitativeLevel.Partial)]
    [InlineData("有所提高", null, QualitativeLevel.Partial)]
    [InlineData("基本完成", null, QualitativeLevel.Partial)]
    [InlineData("较好", null, QualitativeLevel.Partial)]
    [InlineData("待支付", null, QualitativeLevel.NotAchieved)]
    [InlineData("未完成", null, QualitativeLevel.NotAchieved)]
    [InlineData("不及时", null, QualitativeLevel.NotAchieved)]
    [InlineData("进度滞后", null, QualitativeLevel.NotAchieved)]
    [InlineData("不低于上年", ">=", null)]
    [InlineData("≥上年", ">=", null)]
    [InlineData("根据相关文件要求适当调整", null, null)]
    public void Parse_GivesLevel_WhenTextIsQualitative(string text, string? @operator, QualitativeLevel? level)
    {
        var parsed = ValueParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.True(parsed.IsQualitative);
        Assert.Null(parsed.Value);
        Assert.Null(parsed.Unit);
        Assert.Equal(@operator, parsed.Operator);
        Assert.Equal(level, parsed.Level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\t")]
    public void Parse_ReturnsNull_WhenTextIsBlank(string? text) => Assert.Null(ValueParser.Parse(text));

    [Fact]
    public void Parse_NeverThrows_WhenGivenRandomText()
    {
        const string pool = "0123456789０１２３４５６７８９.,，-−%％‰≥≤≧≦<>=＞＝ \u3000\t年月日号季度第万亿元人次条个家平方米/·以上内下不低于高超过达到未完成基本有所及时待支付[]〔〕⾦";
        var random = new Random(20240607);
        var builder = new StringBuilder();
        for (var i = 0; i < 20000; i++)
        {
            builder.Clear();
            var length = random.Next(0, 48);
            for (var j = 0; j < length; j++)
            {
                builder.Append(random.Next(8) == 0 ? (char)random.Next(0, 0x10000) : pool[random.Next(pool.Length)]);
            }

            var text = builder.ToString();
            var parsed = ValueParser.Parse(text);

            if (parsed is not null)
            {
                Assert.True(parsed.Value is not null ^ parsed.IsQualitative, $"{text}: {parsed}");
                Assert.True(parsed.Level is null || parsed.IsQualitative, $"{text}: {parsed}");
            }
        }
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999999 万元")]
    [InlineData("1.00000000000000000000000000000000000001 亿元")]
    [InlineData("\ud800≥5%")]
    [InlineData("≥")]
    public void Parse_DoesNotThrow_WhenTextIsExtreme(string text) => Assert.NotNull(ValueParser.Parse(text));
}
