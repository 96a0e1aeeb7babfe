using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public sealed class UndoubleBoldRunsTests
{
    private static List<SourceLine> Lines(params string[] texts) => [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    [Fact]
    public void DocumentWithDoubledListMarks_ReadsEachDoubledAmountOnce_YearsLeftAlone()
    {
        var lines = Lines(
            "1 1、存在问题(1)(1) 宣传范围不够广。(2)(2) 宣传氛围不够浓厚。",
            "本项目申报金额 7070 万元,当年实际到位 106.5106.5 万元,支出 36.9436.94 万元。",
            "2020年度绩效目标,2222年");

        var undoubled = new UndoubleBoldRuns().Normalize(lines);

        Assert.Equal("本项目申报金额 70 万元,当年实际到位 106.5 万元,支出 36.94 万元。", undoubled[1].Text);
        Assert.Equal(lines[2].Text, undoubled[2].Text);
    }

    [Fact]
    public void DocumentWithoutDoubledMarks_KeepsItsNumbers()
    {
        var lines = Lines("(1) 宣传范围不够广。", "本项目申报金额 7070 万元,实际支出 1010 万元。");

        Assert.Same(lines, new UndoubleBoldRuns().Normalize(lines));
    }
}
