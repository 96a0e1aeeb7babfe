using Analytics.Etl.Extraction;

namespace Analytics.Etl.Tests.Parsing;

public sealed class GluedCellsTests
{
    private static IReadOnlyList<Records.IndicatorRow> Indicators(string table) =>
        Extractor.CreateDefault().Extract("glued.txt", System.Text.Encoding.UTF8.GetBytes(table)).Records.Single().Indicators;

    private const string Head = "2023年度某县医疗保障局项目支出绩效自评表\n项目名称\t城乡医疗救助资金\n主管部门\t某县医疗保障局\n"
        + "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t100\t100\t95\t10\t95%\t9.5\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n";

    [Fact]
    public void HeadingRunIntoTheName_IsTheRowsOwnHeading_NotTheOneAbove()
    {
        var rows = Indicators(Head + "产出指标\t数量指标\t救助人次\t≥1000人次\t1200人次\t20\t20\n\t质量指标救助资金支付准确率\t100%\t100%\t20\t20\n总分\t\t\t\t\t40\t40\n");

        Assert.Equal(("质量指标", "救助资金支付准确率", "100%"), (rows[1].Level2, rows[1].Name, rows[1].TargetText));
    }

    [Fact]
    public void NameRunIntoTheTarget_IsSplit_WhenTheRowIsACellShort()
    {
        var rows = Indicators(Head + "产出指标\t数量指标救助人次≥1000人次\t1200人次\t20\t20\n总分\t\t\t\t\t20\t20\n");

        Assert.Equal(("数量指标", "救助人次", "≥1000人次", "1200人次"), (rows[0].Level2, rows[0].Name, rows[0].TargetText, rows[0].ActualText));
    }

    [Theory]
    [InlineData(false, "参保率≥95%")]
    [InlineData(true, "收入≥5万元农户占比")]
    public void NameWithASignedText_StaysWhole_UnlessTheTargetCellIsMissingAndTheTailIsAQuantity(bool targetMissing, string name)
    {
        List<Analytics.Etl.Parsing.Piece> pieces = [new(name, 1, aloneOnLine: false), new("96%", 1, aloneOnLine: false)];

        var split = Analytics.Etl.Parsing.GluedCells.SplitNameAndTarget(pieces, 0, [Analytics.Etl.Parsing.IndicatorColumn.Target, Analytics.Etl.Parsing.IndicatorColumn.Actual], targetMissing, []);

        Assert.False(split);
        Assert.Equal([name, "96%"], pieces.Select(piece => piece.Text));
    }

    [Fact]
    public void NumberedNameRunIntoTheTarget_IsSplit_AndTheActualKeepsItsColumn()
    {
        var rows = Indicators(Head + "产出指标\t数量指标\t指标1：救助人次≥1000人次\t1200人次\t20\t20\n总分\t\t\t\t\t20\t20\n");

        Assert.Equal(("救助人次", "≥1000人次", "1200人次"), (rows[0].Name, rows[0].TargetText, rows[0].ActualText));
    }
}
