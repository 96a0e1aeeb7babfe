using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public class NormalizeComparisonSignsTests
{
    private readonly NormalizeComparisonSigns step = new();

    [Fact]
    public void Normalize_UsesGreaterOrEqual_WhenTargetUsesGeqq()
    {
        Assert.Equal("城乡居民参保人数 ≥355789 人 355789 人", step.Normalize("城乡居民参保人数 ≧355789 人 355789 人"));
    }

    [Theory]
    [InlineData("报销及时率≦70%", "报销及时率≤70%")]
    [InlineData("成本 <=176.77 万元", "成本 ≤176.77 万元")]
    [InlineData("满意度 >=95%", "满意度 ≥95%")]
    [InlineData("满意度⩾95%", "满意度≥95%")]
    [InlineData("成本⩽30", "成本≤30")]
    public void Normalize_UsesOneSign_WhenVariantSpelling(string input, string expected)
    {
        Assert.Equal(expected, step.Normalize(input));
    }

    [Fact]
    public void Normalize_UsesGreaterOrEqual_WhenFullWidthAfterNfkc()
    {
        var line = new NormalizeUnicode().Normalize("满意度＞＝95%");

        Assert.Equal("满意度≥95%", step.Normalize(line));
    }

    [Theory]
    [InlineData("参保率大于等于 70%")]
    [InlineData("成本 <176.77 万元")]
    [InlineData("满意度 > 90%")]
    public void Normalize_LeavesLineAlone_WhenWordsOrStrictSigns(string line)
    {
        Assert.Equal(line, step.Normalize(line));
    }
}
