using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public class ColumnsTests
{
    private static string[] Budget(string header) => [.. Columns.ReadBudget(header).Select(column => column.ToString())];

    private static string[] Indicators(string header) => [.. Columns.ReadIndicators(header).Select(column => column.ToString())];

    [Theory]
    [InlineData("年初预算数 全年预算数 全年执行数 分值 执行率 得分", new[] { "Initial", "Adjusted", "Executed", "Weight", "Rate", "Score" })]
    [InlineData("年初预算数 调整后预算数 全年执行数 权重 执行率 得分", new[] { "Initial", "Adjusted", "Executed", "Weight", "Rate", "Score" })]
    [InlineData("预算数(A) 执行数(B) 执行率(B/A) 分值 得分", new[] { "Adjusted", "Executed", "Rate", "Weight", "Score" })]
    [InlineData("年初预算数 全年（调整）预算数 全年执行数 分值 执行率 得分", new[] { "Initial", "Adjusted", "Executed", "Weight", "Rate", "Score" })]
    [InlineData("年初预算数 全年(调整)预算数 自评决算数", new[] { "Initial", "Adjusted", "Executed" })]
    [InlineData("年 初 预 算 数   全 年 预 算 数   全 年 执 行 数", new[] { "Initial", "Adjusted", "Executed" })]
    [InlineData("年初预算\n数 全年预\n算数 全年执\n行数", new[] { "Initial", "Adjusted", "Executed" })]
    public void ReadBudget_ReadsColumnsInOrder_WhenHeaderIsAVariant(string header, string[] expected) =>
        Assert.Equal(expected, Budget(header));

    [Fact]
    public void ReadBudget_ReadsWeightEitherWay_WhenHeaderSaysFenzhiOrQuanzhong()
    {
        Assert.Equal(Budget("全年预算数 全年执行数 分值 执行率 得分"), Budget("全年预算数 全年执行数 权重 执行率 得分"));
        Assert.Contains("Weight", Budget("全年预算数 全年执行数 权重 执行率 得分"));
    }

    [Fact]
    public void ReadBudget_ReadsRateThenScore_WhenPrintedAsTwoColumns()
    {
        Assert.Equal(["Adjusted", "Executed", "Weight", "Rate", "Score"], Budget("全年预算数 全年执行数 分值 执行率 得分"));
        Assert.Equal(["Adjusted", "Executed", "Rate", "Score"], Budget("全年预算数全年执行数执行率得分"));
    }

    [Fact]
    public void ReadBudget_ReadsOneScoreColumn_WhenExecutionScoreStandsBesideItsOwnRateColumn()
    {
        Assert.Equal(["Adjusted", "Executed", "Rate", "Score"], Budget("预算数 执行数 执行率 执行率得分"));
        Assert.Equal(["Adjusted", "Executed", "Rate", "Weight", "Score"], Budget("预算数 执行数 执行率 执行率分值 执行率得分"));
    }

    [Fact]
    public void ReadBudget_ReadsRateThenWeight_WhenRateAndFenzhiArePrintedAsTwoColumns()
    {
        // "执行率" "权重" printed as two columns is read as two; "执行率" "分值" should be too
        Assert.Equal(["Adjusted", "Executed", "Rate", "Weight", "Score"], Budget("全年预算数 全年执行数 执行率 权重 得分"));
        Assert.Equal(["Adjusted", "Executed", "Rate", "Weight", "Score"], Budget("全年预算数 全年执行数 执行率 分值 得分"));
    }

    [Theory]
    [InlineData("执行率（%）", true)]
    [InlineData("执行率(%)", true)]
    [InlineData("执 行 率 （ % ）", true)]
    [InlineData("执行率", false)]
    [InlineData("得分(%)", false)]
    public void HeaderSaysPercent_IsTrue_WhenRateHeaderCarriesPercentSign(string header, bool expected) =>
        Assert.Equal(expected, Columns.HeaderSaysPercent(header));

    [Fact]
    public void Clean_DropsParentheticalsAndSpaces_WhenHeaderHasThem()
    {
        Assert.Equal("预算数执行数执行率", Columns.Clean("预算数（A） 执行数(B) 执行率（B/A）"));
        Assert.Equal("全年调整预算数", Columns.Clean("全年（调整）预算数"));
    }

    [Fact]
    public void ReadIndicators_KeepsPrintedOrder_WhenWeightComesBeforeTarget()
    {
        Assert.Equal(
            ["Level1", "Level2", "Name", "Weight", "Target", "Actual", "Score", "Note"],
            Indicators("一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分 偏差原因分析及改进措施"));
    }

    [Fact]
    public void ReadIndicators_KeepsBothColumns_WhenNatureAndDirectionStandSideBySide()
    {
        // "正向 | 大于等于" in every row: one column each, or the second cell runs into the name
        Assert.Equal(
            ["Level1", "Level2", "Name", "Nature", "Direction", "Target", "Actual", "UnitText", "Weight", "Score", "Note"],
            Indicators("一级指标 二级指标 三级指标 指标性质 指标方向 年度指标值 实际完成值 计量单位 分值 得分 偏差原因分析及改进措施"));
    }

    [Fact]
    public void ReadIndicators_ReadsDegreeUnitAsUnitColumn()
    {
        Assert.Equal(
            ["Level1", "Level2", "Name", "Direction", "Target", "UnitText", "Actual", "Weight", "Score", "Note"],
            Indicators("一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析"));
    }

    [Fact]
    public void ReadIndicators_ReadsUnitAndDirection_WhenTableHasThoseColumns()
    {
        Assert.Equal(
            ["Level1", "Level2", "Name", "UnitText", "Direction", "Target", "Actual", "Weight", "Score"],
            Indicators("一级指标 二级指标 三级指标 计量单位 指标性质 年度指标值 实际完成值 分值 得分"));
    }

    [Theory]
    [InlineData("指标名称 年初目标值 全年完成值 指标权重 指标得分", new[] { "Name", "Target", "Actual", "Weight", "Score" })]
    [InlineData("绩效指标名称 年度目标值 全年实际值 权重 自评得分", new[] { "Name", "Target", "Actual", "Weight", "Score" })]
    [InlineData("三级指标 年初指标值 调整指标值 实际完成情况 得分系数 分值 得分", new[] { "Name", "Target", "AdjustedTarget", "Actual", "Coefficient", "Weight", "Score" })]
    [InlineData("三级指标 指标方向 预期指标值（A） 实际值（B） 未完成原因 是否核心指标", new[] { "Name", "Direction", "Target", "Actual", "Note", "CoreFlag" })]
    public void ReadIndicators_ReadsColumns_WhenHeaderIsAVariant(string header, string[] expected) =>
        Assert.Equal(expected, Indicators(header));

    [Fact]
    public void ReadIndicators_ListsEachColumnOnce_WhenHeaderIsPrintedTwice()
    {
        Assert.Equal(["Name", "Target", "Actual"], Indicators("三级指标 年度指标值 实际完成值 三级指标 年度指标值 实际完成值"));
    }

    [Fact]
    public void ReadIndicators_GivesNothing_WhenHeaderHasNoColumnWords()
    {
        Assert.Empty(Indicators("项目名称 城乡医疗救助"));
    }
}
