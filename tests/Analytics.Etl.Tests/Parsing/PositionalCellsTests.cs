using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>One cell per line, each closed by a pipe and empty cells kept: rows read by position, only when every row fits.</summary>
public class PositionalCellsTests
{
    private static readonly string[] Header =
        ["绩效指标(90分) |", "一级指标 |", "二级指标 |", "三级指标 |", "指标性质 |", "指标值 |", "度量单位 |", "完成值 |", "权重 |", "得分 |", "未完成原因分析 |"];

    private static List<SourceLine> Lines(params string[] body) =>
        [.. Header.Concat(body).Append("合计 |").Append("100 |").Select((text, index) => new SourceLine(index + 1, text))];

    private static IReadOnlyList<IndicatorColumn> HeaderColumns => Analytics.Etl.Parsing.Columns.ReadIndicators(string.Concat(Header));

    [Fact]
    public void Read_TakesEachCellFromItsPlace_WhenEveryRowFits()
    {
        var rows = PositionalCells.Read(
            Lines(
                "产出指标 |", "数量指标 |", "困难群众救助人数 |", "≥ |", "320 |", "人 |", "335 |", "50 |", "50 |", "|",
                "|", "质量指标 |", "救助资金发放准确率 |", "= |", "100 |", "% |", "|", "40 |", "|", "未抽查 |"),
            HeaderColumns);

        Assert.NotNull(rows);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("产出指标", "数量指标", "困难群众救助人数", "320", "335"), (rows[0].Level1, rows[0].Level2, rows[0].Name, rows[0].TargetText, rows[0].ActualText));
        Assert.Equal(("人", "≥", 50m, 50m), (rows[0].UnitText, rows[0].DirectionText, rows[0].Weight, rows[0].ScoreReported));
        Assert.Equal(("产出指标", "质量指标", "救助资金发放准确率"), (rows[1].Level1, rows[1].Level2, rows[1].Name));
        Assert.Null(rows[1].ActualText);
        Assert.Null(rows[1].ScoreReported);
        Assert.Equal("未抽查", rows[1].Note);
    }

    [Fact]
    public void Read_GivesNothing_WhenOneRowLostACell()
    {
        // the second row's empty 一级 cell is missing: every later cell would stand one place off
        var rows = PositionalCells.Read(
            Lines(
                "产出指标 |", "数量指标 |", "困难群众救助人数 |", "≥ |", "320 |", "人 |", "335 |", "50 |", "50 |", "|",
                "质量指标 |", "救助资金发放准确率 |", "= |", "100 |", "% |", "100 |", "40 |", "40 |", "|"),
            HeaderColumns);

        Assert.Null(rows);
    }
}
