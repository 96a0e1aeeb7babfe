using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public sealed class CommaSeparatedCellsTests
{
    private static List<SourceLine> Lines(params string[] texts) => [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    [Fact]
    public void ARunOfLinesWithOneFieldCount_BecomesTabRows_QuotedFieldsWhole()
    {
        var lines = Lines(
            "项目名称,残疾人两项补贴,,,,",
            "项目资金（万元）,,年初预算数,全年预算数,全年执行数,执行率",
            ",年度资金总额,\"1,520\",536.4,530.12,98.83%",
            "说明：本表由财务股填报。");

        var rows = new CommaSeparatedCells().Normalize(lines);

        Assert.Equal("项目名称\t残疾人两项补贴", rows[0].Text);
        Assert.Equal(["", "年度资金总额", "1,520", "536.4", "530.12", "98.83%"], rows[2].Text.Split('\t'));
        Assert.Equal(lines[3].Text, rows[3].Text);
        Assert.Equal([1, 2, 3, 4], rows.Select(line => line.Number));
    }

    [Fact]
    public void ProseWithCommas_IsLeftAsItIs()
    {
        var lines = Lines(
            "2023年,上级下达资金1200万元,县级配套300万元,共计1500万元。",
            "截至年底,实际支出1450万元,预算执行率96.67%,资金使用规范。",
            "经自评,该项目自评得分95分,等级为优,下一步将加强管理。");

        Assert.Same(lines, new CommaSeparatedCells().Normalize(lines));
    }
}
