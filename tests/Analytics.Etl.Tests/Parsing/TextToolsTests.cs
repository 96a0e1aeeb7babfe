using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public class TextToolsTests
{
    [Theory]
    [InlineData('医', true)]
    [InlineData('㐀', true)]
    [InlineData('豈', true)]
    [InlineData('a', false)]
    [InlineData('1', false)]
    [InlineData('（', false)]
    [InlineData('，', false)]
    public void IsCjk_IsTrueForIdeographs_WhenGivenCharacter(char c, bool expected) => Assert.Equal(expected, TextTools.IsCjk(c));

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc 12", 6)]
    [InlineData("医保", 4)]
    [InlineData("医保ab", 6)]
    [InlineData("（40分）", 8)]
    [InlineData("≥95%", 4)]
    public void DisplayWidth_CountsFullWidthTwice_WhenMeasuringText(string text, int expected) =>
        Assert.Equal(expected, TextTools.DisplayWidth(text));

    [Fact]
    public void RemoveWhiteSpace_RemovesEveryKind_WhenTextHasSpacesTabsAndIdeographicSpace()
    {
        Assert.Equal("ab12次医保", TextTools.RemoveWhiteSpace(" a b\t12\u00a0次\u3000医\n保 "));
    }

    [Theory]
    [InlineData(new[] { "数量", "指 标" }, "数量指标")]
    [InlineData(new[] { "城乡居民", "", "  参保人数 " }, "城乡居民参保人数")]
    [InlineData(new[] { "12 次" }, "12 次")]
    [InlineData(new[] { "≥ 30", "万元" }, "≥ 30万元")]
    [InlineData(new[] { "Hospital", "visits" }, "Hospital visits")]
    [InlineData(new[] { "达到", "95%" }, "达到95%")]
    [InlineData(new[] { "（一）", "医疗" }, "（一）医疗")]
    public void JoinCellText_JoinsWrappedPieces_WhenCellSpansLines(string[] pieces, string expected) =>
        Assert.Equal(expected, TextTools.JoinCellText(pieces));

    [Theory]
    [InlineData("数量 指 标", "数量指标")]
    [InlineData("12 次", "12 次")]
    [InlineData("≥  30   万元", "≥ 30 万元")]
    [InlineData("  医 保  ", "医保")]
    [InlineData("no-spaces", "no-spaces")]
    [InlineData("医 \t保", "医保")]
    public void CollapseCjkSpaces_DropsOnlySpacesBetweenIdeographs_WhenTextHasSpaces(string text, string expected) =>
        Assert.Equal(expected, TextTools.CollapseCjkSpaces(text));

    [Fact]
    public void CollapseCjkSpaces_DropsTabOrIdeographicSpace_WhenTextHasNoAsciiSpace()
    {
        Assert.Equal("医保", TextTools.CollapseCjkSpaces("医\t保"));
        Assert.Equal("医保", TextTools.CollapseCjkSpaces("医\u3000保"));
    }

    [Fact]
    public void JoinCellText_GivesEmptyText_WhenNoPieces() => Assert.Equal(string.Empty, TextTools.JoinCellText([]));

    [Theory]
    [InlineData('。', true)]
    [InlineData('）', true)]
    [InlineData('“', true)]
    [InlineData('医', true)]
    [InlineData(')', false)]
    [InlineData('a', false)]
    public void IsCjkOrFullWidthPunctuation_IsTrue_WhenCharacterIsFullWidth(char c, bool expected) =>
        Assert.Equal(expected, TextTools.IsCjkOrFullWidthPunctuation(c));

    [Theory]
    [InlineData("1.5", true, "1.5")]
    [InlineData("-2", true, "-2")]
    [InlineData("10.00", true, "10.00")]
    [InlineData("1,5", false, "0")]
    [InlineData(" 1", false, "0")]
    [InlineData("1e3", false, "0")]
    [InlineData("", false, "0")]
    public void TryParseDecimal_ReadsPlainDecimalOnly_WhenGivenText(string text, bool ok, string expected)
    {
        Assert.Equal(ok, TextTools.TryParseDecimal(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }
}
