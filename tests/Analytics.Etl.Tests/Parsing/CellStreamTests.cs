using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>Indicator rows printed one cell per paragraph, empty cells dropped, nothing between rows.</summary>
public sealed class CellStreamTests
{
    private static readonly IndicatorColumn[] Columns =
        [IndicatorColumn.Level1, IndicatorColumn.Level2, IndicatorColumn.Name, IndicatorColumn.Target, IndicatorColumn.Actual, IndicatorColumn.Weight, IndicatorColumn.Score, IndicatorColumn.Note];

    private static List<SourceLine> Paragraphs(params string[] cells) =>
        [.. cells.SelectMany(cell => new[] { cell, string.Empty }).Select((text, index) => new SourceLine(index + 1, text))];

    private static readonly string[] Header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    [Fact]
    public void RowsAreFoundByWhatEachCellIs_ANoteByTheCellsAfterIt()
    {
        var rows = CellStream.Read(Paragraphs([.. Header,
            "产出指标", "数量指标", "完成危房改造", "≥800户", "768户", "15", "14", "部分农户外出务工，已纳入2025年计划",
            "新建村级活动场所", "6处", "6处", "10", "10",
            "效益指标", "社会效益指标", "农村住房安全保障水平", "有效提升", "有效提升", "20", "19",
            "总分", "45", "43"]), Columns);

        Assert.NotNull(rows);
        Assert.Equal(["完成危房改造", "新建村级活动场所", "农村住房安全保障水平"], rows.Select(row => row.Name));
        Assert.Equal(("≥800户", "768户", 15m, 14m, "部分农户外出务工，已纳入2025年计划"), (rows[0].TargetText, rows[0].ActualText, rows[0].Weight, rows[0].ScoreReported, rows[0].Note));
        Assert.Equal(("产出指标", "数量指标", null), (rows[1].Level1, rows[1].Level2, rows[1].Note));
        Assert.Equal(("效益指标", "社会效益指标", "有效提升", 19m), (rows[2].Level1, rows[2].Level2, rows[2].ActualText, rows[2].ScoreReported));
    }

    [Fact]
    public void OneCellThatDoesNotFit_DiscardsTheReading()
    {
        // the second row lost its actual value: its weight stands where the actual should, its points do not line up
        var rows = CellStream.Read(Paragraphs([.. Header,
            "产出指标", "数量指标", "完成危房改造", "≥800户", "768户", "15", "14",
            "新建村级活动场所", "6处", "10", "10",
            "总分", "25", "24"]), Columns);

        Assert.Null(rows);
    }

    [Fact]
    public void LinesWithCellMarks_AreAnotherLayout()
    {
        var rows = CellStream.Read(Paragraphs([.. Header, "产出指标 | 数量指标 | 完成危房改造 | ≥800户 | 768户 | 15 | 14", "新建村级活动场所 | 6处 | 6处 | 10 | 10"]), Columns);

        Assert.Null(rows);
    }
}
