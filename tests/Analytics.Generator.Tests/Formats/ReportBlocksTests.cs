using Analytics.Generator.Formats;

namespace Analytics.Generator.Tests.Formats;

public class ReportBlocksTests
{
    [Fact]
    public void Split_EndsTheTableAndKeepsTheBlankLine_WhenABlankLineSitsBetweenTabRows()
    {
        var blocks = ReportBlocks.Split("标题\n甲\t乙\n\n丙\t丁\n  \n\t戊\n");

        Assert.Collection(
            blocks,
            block => Assert.Equal(new ParagraphBlock("标题"), block),
            block => Assert.Equal([["甲", "乙"]], Rows(block)),
            block => Assert.Equal(new ParagraphBlock(string.Empty), block),
            block => Assert.Equal([["丙", "丁"]], Rows(block)),
            block => Assert.Equal(new ParagraphBlock("  "), block),
            block => Assert.Equal([[string.Empty, "戊"]], Rows(block)));
    }

    [Fact]
    public void Split_KeepsALoneTabAsARowOfEmptyCells_WhenOneCellPerLine()
    {
        var blocks = ReportBlocks.Split("\t\n\t名称\n\t\n\t100\n");

        var table = Assert.IsType<TableBlock>(Assert.Single(blocks));
        Assert.Equal([["", ""], ["", "名称"], ["", ""], ["", "100"]], table.Rows.Select(row => row.ToArray()).ToArray());
    }

    [Fact]
    public void Split_MakesNoBlankLineOfTheFinalNewline_WhenTextEndsWithOne()
    {
        Assert.Equal([new ParagraphBlock("a"), new ParagraphBlock(string.Empty)], ReportBlocks.Split("a\n\n"));
        Assert.Equal([new ParagraphBlock("a")], ReportBlocks.Split("a\r\n"));
    }

    private static string[][] Rows(ReportBlock block) =>
        Assert.IsType<TableBlock>(block).Rows.Select(row => row.ToArray()).ToArray();
}
