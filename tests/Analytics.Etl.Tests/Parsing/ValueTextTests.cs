using System.Globalization;
using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public class ValueTextTests
{
    private static decimal? Decimal(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(null, "Empty")]
    [InlineData("", "Empty")]
    [InlineData("   ", "Empty")]
    [InlineData("10", "PlainNumber")]
    [InlineData(" 9.8 ", "PlainNumber")]
    [InlineData("100.00", "PlainNumber")]
    [InlineData("1,234.5", "PlainNumber")]
    [InlineData("-3", "PlainNumber")]
    [InlineData("≥28%", "Quantity")]
    [InlineData("≥ 28%", "Quantity")]
    [InlineData("12 次", "Quantity")]
    [InlineData("3113 万元", "Quantity")]
    [InlineData("不低于95%", "Quantity")]
    [InlineData("96.5%", "Quantity")]
    [InlineData("60 元/人", "Quantity")]
    [InlineData("人", "UnitWord")]
    [InlineData("万元", "UnitWord")]
    [InlineData("%", "UnitWord")]
    [InlineData("稳步提升", "Text")]
    [InlineData("按时完成", "Text")]
    [InlineData("2022年度完成", "Text")]
    [InlineData("1,23", "Text")]
    public void Classify_GivesKind_WhenCellHoldsValue(string? cell, string expected) =>
        Assert.Equal(expected, ValueText.Classify(cell).ToString());

    [Theory]
    [InlineData("≥", true)]
    [InlineData(" ≦ ", true)]
    [InlineData("=", true)]
    [InlineData("＞", true)]
    [InlineData("≥95%", false)]
    [InlineData("不低于", false)]
    public void IsOperator_TellsBareSign_WhenGivenToken(string token, bool expected) => Assert.Equal(expected, ValueText.IsOperator(token));

    [Theory]
    [InlineData("10", true)]
    [InlineData("≥95%", true)]
    [InlineData("12 次", true)]
    [InlineData("次", false)]
    [InlineData("良好", false)]
    [InlineData(null, false)]
    public void IsNumberLike_IsTrueForNumbersAndQuantities_WhenGivenCell(string? cell, bool expected) =>
        Assert.Equal(expected, ValueText.IsNumberLike(cell));

    [Theory]
    [InlineData("1,234.5", "1234.5")]
    [InlineData(" 10.00 ", "10.00")]
    [InlineData("-2", "-2")]
    [InlineData("≥10", null)]
    [InlineData("10分", "10")]
    [InlineData("9.87 分", "9.87")]
    [InlineData("10次", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ParseNumber_ReadsBareNumberOrPoints_WhenGivenCell(string? cell, string? expected) =>
        Assert.Equal(Decimal(expected), ValueText.ParseNumber(cell));

    [Theory]
    [InlineData("105.68%", false, "1.0568")]
    [InlineData("105.68 %", false, "1.0568")]
    [InlineData("100", true, "1")]
    [InlineData("98.5", true, "0.985")]
    [InlineData("0.98", false, "0.98")]
    [InlineData("1", false, "1")]
    [InlineData("98", false, "0.98")]
    [InlineData("100%", true, "1")]
    [InlineData("未执行", false, null)]
    [InlineData("", false, null)]
    [InlineData(null, true, null)]
    public void ParseRate_GivesFraction_WhenGivenRateCell(string? cell, bool headerSaysPercent, string? expected) =>
        Assert.Equal(Decimal(expected), ValueText.ParseRate(cell, headerSaysPercent));

    [Theory]
    [InlineData("645万", false, "645")]
    [InlineData("3113 万元", false, "3113")]
    [InlineData("645", false, "645")]
    [InlineData("50000 元", false, "5")]
    [InlineData("50000元", false, "5")]
    [InlineData("50000", true, "5")]
    [InlineData("645万", true, "645")]
    [InlineData("1,234.56", false, "1234.56")]
    [InlineData("1 234.56", false, "1234.56")]
    [InlineData("约645万", false, null)]
    [InlineData("六百万", false, null)]
    [InlineData(null, false, null)]
    public void ParseAmount_GivesTenThousandYuan_WhenGivenAmountCell(string? cell, bool tableInYuan, string? expected) =>
        Assert.Equal(Decimal(expected), ValueText.ParseAmount(cell, tableInYuan));
}
