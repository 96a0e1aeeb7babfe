using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public class IndicatorLevelsTests
{
    [Theory]
    [InlineData("产出指标 (50 分)", "产出指标")]
    [InlineData("产出指标（50分）：", "产出指标")]
    [InlineData("效益指标（30.5 分）", "效益指标")]
    [InlineData("数 量 指 标", "数量指标")]
    [InlineData(" 满意度指标 ", "满意度指标")]
    [InlineData("产出指标(50分)说明", "产出指标(50分)说明")]
    public void Clean_DropsPointsAndSpaces_WhenLevelCellHasThem(string text, string expected) =>
        Assert.Equal(expected, IndicatorLevels.Clean(text));

    [Theory]
    [InlineData("产出指标 (50 分)", true)]
    [InlineData("产出指标（50分）：", true)]
    [InlineData("产出指标", false)]
    [InlineData("≥50分", false)]
    public void HasPoints_IsTrue_WhenTextEndsWithPoints(string text, bool expected) =>
        Assert.Equal(expected, IndicatorLevels.HasPoints(text));

    [Theory]
    [InlineData("（40 分）", true)]
    [InlineData("(40分)", true)]
    [InlineData("目标 1(40 分）：", true)]
    [InlineData("目标2：", true)]
    [InlineData("产出指标（40 分）", false)]
    [InlineData("40 分", false)]
    [InlineData("目标值", false)]
    public void IsGroupLabel_IsTrue_WhenTextIsOnlyPointsOrGoalNumber(string text, bool expected) =>
        Assert.Equal(expected, IndicatorLevels.IsGroupLabel(text));

    [Theory]
    [InlineData("产出指标", 1)]
    [InlineData("效益指标（30 分）", 1)]
    [InlineData("满意度指标", 1)]
    [InlineData("决策", 1)]
    [InlineData("数量指标", 2)]
    [InlineData("质 量 指 标", 2)]
    [InlineData("社会效益", 2)]
    [InlineData("时效性指标", 2)]
    [InlineData("经济效益类指标", 2)]
    [InlineData("信息化建设指标", 2)]
    [InlineData("参保人数", null)]
    [InlineData("指标1", null)]
    [InlineData("指标", null)]
    [InlineData("城乡居民基本医疗保险参保率指标", null)]
    public void LevelOf_GivesLevel_WhenTextIsALevelWord(string text, int? expected) =>
        Assert.Equal(expected, IndicatorLevels.LevelOf(text));

    [Fact]
    public void IsLevel1_IsTrue_WhenLevelWordCarriesPoints()
    {
        Assert.True(IndicatorLevels.IsLevel1("产出指标"));
        Assert.True(IndicatorLevels.IsLevel1("质量指标（20 分）"));
        Assert.False(IndicatorLevels.IsLevel1("质量指标"));
        Assert.False(IndicatorLevels.IsLevel1("参保人数（20 分）"));
    }

    [Fact]
    public void IsLevel2_IsTrue_WhenWordIsASecondLevelWord()
    {
        Assert.True(IndicatorLevels.IsLevel2("数量指标"));
        Assert.False(IndicatorLevels.IsLevel2("产出指标"));
        Assert.False(IndicatorLevels.IsLevel2("参保人数"));
    }
}
