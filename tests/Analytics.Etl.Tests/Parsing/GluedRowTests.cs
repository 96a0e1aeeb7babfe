using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public sealed class GluedRowTests
{
    private static readonly List<IndicatorColumn> Columns =
        [IndicatorColumn.Level1, IndicatorColumn.Level2, IndicatorColumn.Name, IndicatorColumn.Target, IndicatorColumn.Actual, IndicatorColumn.Weight, IndicatorColumn.Score];

    [Theory]
    [InlineData("产出指标数量指标参保人数≥21万人21.36万人2020", "参保人数", "≥21万人", "21.36万人", "20", "20")]
    [InlineData("个人自付比例≤35%36.2%109.5", "个人自付比例", "≤35%", "36.2%", "10", "9.5")]
    [InlineData("资金拨付及时性及时及时1010", "资金拨付及时性", "及时", "及时", "10", "10")]
    [InlineData("门诊统筹待遇享受人次≥11万人次11.09万人次1515", "门诊统筹待遇享受人次", "≥11万人次", "11.09万人次", "15", "15")]
    public void Split_ReadsCells_WhenOnlyOneSplitFits(string text, string name, string target, string actual, string weight, string score)
    {
        var result = GluedRow.Split(text, Columns, 1);

        Assert.NotNull(result);
        Assert.Equal((name, target, actual), (result.Row.Name, result.Row.TargetText, result.Row.ActualText));
        Assert.Equal((decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)), (result.Row.Weight!.Value, result.Row.ScoreReported!.Value));
    }

    [Fact]
    public void Split_LeavesNulls_WhenDigitsSplitSeveralWays()
    {
        var result = GluedRow.Split("门诊慢特病待遇享受人次≥120012681010", Columns, 7);

        Assert.NotNull(result);
        Assert.Equal("门诊慢特病待遇享受人次", result.Row.Name);
        Assert.Null(result.Row.TargetText);
        Assert.Null(result.Row.Weight);
        Assert.Contains(result.Warnings, warning => warning.Contains("left null", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("医疗救助对象覆盖范围")]
    [InlineData("40居民医保住院待遇享受人次")]
    public void Split_ReturnsNull_WhenTextIsNoRow(string text) => Assert.Null(GluedRow.Split(text, Columns, 1));
}

public sealed class StrayTextTests
{
    [Theory]
    [InlineData("（填写说明：按项目实际设置三级指标）")]
    [InlineData("（按实际填写）")]
    [InlineData("请填写")]
    [InlineData("XX")]
    [InlineData("≥XX%")]
    [InlineData("...")]
    public void IsInstruction_IsTrue_ForTemplateText(string text) => Assert.True(StrayText.IsInstruction(text));

    [Theory]
    [InlineData("≥90%")]
    [InlineData("及时")]
    [InlineData("按时完成")]
    public void IsInstruction_IsFalse_ForValues(string text) => Assert.False(StrayText.IsInstruction(text));

    [Theory]
    [InlineData("（盖章）")]
    [InlineData("2021年度部门整体支出绩效自评表（续）")]
    [InlineData("~ ·' .,  ;")]
    public void IsStrayLine_IsTrue_ForLinesBetweenRows(string text) => Assert.True(StrayText.IsStrayLine(text));

    [Theory]
    [InlineData("按时提交自评报告")]
    [InlineData("≥")]
    [InlineData("—")]
    public void IsStrayLine_IsFalse_ForCells(string text) => Assert.False(StrayText.IsStrayLine(text));
}
