using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public class LineTokenizerTests
{
    [Fact]
    public void Split_KeepsUnitWithItsNumber_WhenUnitIsPrintedApart()
    {
        Assert.Equal(["城乡居民参保人数", "≥355789 人", "355789 人"], LineTokenizer.Split("城乡居民参保人数 ≥355789 人 355789 人"));
    }

    [Fact]
    public void Split_JoinsOperatorWithNumber_WhenSignIsPrintedApart()
    {
        Assert.Equal(["群众满意度", "≥ 95%", "96%"], LineTokenizer.Split("群众满意度  ≥  95%  96%"));
    }

    [Fact]
    public void Split_JoinsPercentSign_WhenPrintedApart()
    {
        Assert.Equal(["资金到位率", "100 %"], LineTokenizer.Split("资金到位率 100 %"));
    }

    [Fact]
    public void Split_GivesOneCell_WhenCharactersAreJustified()
    {
        Assert.Equal(["医疗保"], LineTokenizer.Split("医 疗 保"));
    }

    [Fact]
    public void Split_RejoinsParenthesis_WhenSplitOpen()
    {
        Assert.Equal(["（40 分）"], LineTokenizer.Split("（40 分）"));
        Assert.Equal(["产出指标", "(50 分)", "数量指标"], LineTokenizer.Split("产出指标 (50 分) 数量指标"));
    }

    [Fact]
    public void Split_SplitsOnTabs_WhenLineHasTabs()
    {
        Assert.Equal(["年度资金总额:", "176.77", "186.816", "10"], LineTokenizer.Split("年度资金总额:\t176.77\t186.816\t10"));
    }

    [Fact]
    public void Split_SplitsOnPipesOnly_WhenLineHasPipes()
    {
        Assert.Equal(["项目名称", "城乡 医疗救助"], LineTokenizer.Split("| 项目名称 | 城乡 医疗救助 |"));
    }

    [Fact]
    public void Split_GivesNoCell_WhenLineIsBlank()
    {
        Assert.Empty(LineTokenizer.Split("   \t "));
    }

    [Fact]
    public void Split_KeepsCellsApart_WhenSingleCharacterIsAUnitWord()
    {
        // "人" after a text is not a justified character: it stays its own cell
        Assert.Equal(["参保", "人"], LineTokenizer.Split("参保 人"));
    }

    [Theory]
    [InlineData("40居民医保住院待遇享受人次", "40", "居民医保住院待遇享受人次")]
    [InlineData("9.5群众满意度", "9.5", "群众满意度")]
    [InlineData("100“两定”机构覆盖率", "100", "“两定”机构覆盖率")]
    public void SplitGluedScore_SplitsScoreFromName_WhenScoreIsGluedToNextName(string token, string number, string name)
    {
        Assert.Equal((number, name), LineTokenizer.SplitGluedScore(token));
    }

    [Fact]
    public void SplitGluedScore_GivesNull_WhenValueStartsWithMultiCharacterUnitWord()
    {
        Assert.Null(LineTokenizer.SplitGluedScore("24小时内办结"));
        Assert.Null(LineTokenizer.SplitGluedScore("3亿元以上投入"));
        Assert.Null(LineTokenizer.SplitGluedScore("5平方米以上"));
    }

    [Theory]
    [InlineData("2022年度完成")]
    [InlineData("12次")]
    [InlineData("12次以上完成")]
    [InlineData("5年内完成率")]
    [InlineData("3月底前完成")]
    [InlineData("100%覆盖")]
    [InlineData("101居民医保住院")]
    [InlineData("居民医保住院")]
    [InlineData("40居民")]
    public void SplitGluedScore_GivesNull_WhenTokenIsAValue(string token)
    {
        Assert.Null(LineTokenizer.SplitGluedScore(token));
    }
}
