using System.Text;
using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public class NormalizeUnicodeTests
{
    private readonly NormalizeUnicode step = new();

    [Fact]
    public void Normalize_MapsKangxiRadicalToCharacter_WhenPdfFontUsedRadical()
    {
        Assert.Equal("金寨县医疗保障局", step.Normalize("\u2FA6寨县医疗保障局"));
    }

    [Theory]
    [InlineData("⺠政局", "民政局")]
    [InlineData("⻓效机制", "长效机制")]
    [InlineData("部⻔整体支出", "部门整体支出")]
    [InlineData("⻢鞍山", "马鞍山")]
    [InlineData("⻋辆购置", "车辆购置")]
    [InlineData("⻉壳", "贝壳")]
    [InlineData("⻅效", "见效")]
    [InlineData("⻄部", "西部")]
    [InlineData("⻩山", "黄山")]
    [InlineData("⻬全", "齐全")]
    [InlineData("⻝品安全", "食品安全")]
    [InlineData("⻜速", "飞速")]
    [InlineData("⻛险", "风险")]
    public void Normalize_MapsRadicalsSupplement_WhenNfkcLeavesThem(string input, string expected)
    {
        Assert.Equal(expected, step.Normalize(input));
    }

    [Fact]
    public void Normalize_LeavesComponentRadical_WhenNotAWholeCharacter()
    {
        Assert.Equal("⺅", step.Normalize("⺅"));
    }

    [Fact]
    public void Normalize_FoldsFullWidthDigits_WhenNumberIsFullWidth()
    {
        Assert.Equal("123.5", step.Normalize("１２３．５"));
    }

    [Fact]
    public void Normalize_FoldsFullWidthPunctuation_WhenNfkcMapsIt()
    {
        Assert.Equal("执行率(%)\t98%", step.Normalize("执行率（％）\t９８％"));
    }

    [Fact]
    public void Normalize_ReplacesLoneSurrogate_WhenLineIsBrokenUtf16()
    {
        Assert.Equal("\uFFFD１".Normalize(NormalizationForm.FormKC), step.Normalize("\uD800１"));
        Assert.Equal("𠀀1", step.Normalize("𠀀１"));
    }

    [Fact]
    public void Normalize_ReturnsSameInstance_WhenLineIsPlainChinese()
    {
        const string line = "项目名称\t医疗保障专项经费";

        Assert.Same(line, step.Normalize(line));
    }

    [Fact]
    public void IsKnownStable_OnlyAcceptsNfkcStableCharacters_WhenCheckedOneByOne()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (!char.IsSurrogate(c) && NormalizeUnicode.IsKnownStable(c.ToString()))
            {
                Assert.True(c.ToString().IsNormalized(NormalizationForm.FormKC), $"U+{(int)c:X4}");
                Assert.False(c is >= '\u2E80' and <= '\u2EFF', $"U+{(int)c:X4}");
            }
        }
    }
}
