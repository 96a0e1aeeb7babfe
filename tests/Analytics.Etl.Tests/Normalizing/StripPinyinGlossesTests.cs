using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public sealed class StripPinyinGlossesTests
{
    private static readonly StripPinyinGlosses Step = new();

    [Theory]
    [InlineData("項(xiàng)目支出績(jī)效自評(píng)報(bào)告", "項目支出績效自評報告")]
    [InlineData("學(xué)校公用經(jīng)費（fèi）", "學校公用經費")]
    public void RemovesToneMarkedPinyin_AfterAHanCharacter(string line, string expected) =>
        Assert.Equal(expected, Step.Normalize(line));

    [Theory]
    [InlineData("年初预算数(A)\t全年执行数(B)\t执行率(B/A)")]
    [InlineData("饲料(kg)")]
    [InlineData("(bào) at the start of a line, after no Han character")]
    [InlineData("项目(二期)")]
    public void KeepsWhatIsNoGloss(string line) => Assert.Equal(line, Step.Normalize(line));
}
