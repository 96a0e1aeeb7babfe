using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public sealed class DropCutLastCellTests
{
    private static List<SourceLine> Lines(params string[] texts) => [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    private static readonly string[] FencedRows =
    [
        "动物防疫等补助经费绩效目标自评表 | |||||||",
        "转移支付(项目)名称 | 2023年动物防疫等补助经费 | ||||||",
        "中央主管部门 | 农业农村部 | ||||||",
    ];

    [Fact]
    public void TextStoppingInsideAFencedTablesCell_LosesThatCell_KeepsTheCellsBeforeIt()
    {
        var lines = Lines([.. FencedRows, "地方主管部门 | 泾县农业农村局 | 资金使用单位 | 泾县畜牧兽医", ""]);

        var cut = new DropCutLastCell().Normalize(lines);

        Assert.Equal("地方主管部门 | 泾县农业农村局 | 资金使用单位 |", cut[3].Text);
        Assert.Equal(lines.Take(3).Select(line => line.Text), cut.Take(3).Select(line => line.Text));
        Assert.Equal(lines.Count, cut.Count);
    }

    [Fact]
    public void LastRowClosedWithItsPipe_IsWhole()
    {
        var lines = Lines([.. FencedRows, "地方主管部门 | 泾县农业农村局 | 资金使用单位 | 泾县畜牧兽医中心 |"]);

        Assert.Same(lines, new DropCutLastCell().Normalize(lines));
    }

    [Fact]
    public void TableWhoseRowsAreNotFenced_IsLeftAlone()
    {
        var lines = Lines("项目名称 | 某项目", "主管部门 | 某局", "实施单位 | 某中心", "资金使用单位 | 泾县畜牧兽医中心");

        Assert.Same(lines, new DropCutLastCell().Normalize(lines));
    }

    [Fact]
    public void ProseAfterTheTable_IsLeftAlone()
    {
        var lines = Lines([.. FencedRows, "说明:本表金额单位为万元。"]);

        Assert.Same(lines, new DropCutLastCell().Normalize(lines));
    }
}
