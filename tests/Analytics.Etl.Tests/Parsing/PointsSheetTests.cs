using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;
using Analytics.Etl.Tests.Extraction;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>
/// A scoring sheet whose indicators carry their points in their labels and whose rows leave out their groups' merged
/// cells (set K's k05; the twin set_k_points_sheet_cells_on_lines): groups and indicators told apart by points alone.
/// </summary>
public sealed class PointsSheetTests
{
    private static readonly string[][] Sheet =
    [
        ["一级指标", "二级指标", "三级指标", "自评分", "评价标准"],
        ["项目决策 (10分)", "项目目标 (4分)", "目标内容 (4分)", "3", "设有目标(2分) 目标明确(2分)"],
        ["决策过程 (6分)", "决策依据 (3分)", "3", "符合法律法规(3分)"],
        ["决策程序 (3分)", "2", "程序规范(3分)"],
        ["项目管理 (8分)", "资金到位 (8分)", "到位率 (5分)", "5", "到位率100%得满分"],
        ["到位时效 (3分)", "1.5", "及时到位(3分)"],
    ];

    private static readonly string[] Expected =
    [
        "项目决策|项目目标|目标内容|4|3",
        "项目决策|决策过程|决策依据|3|3",
        "项目决策|决策过程|决策程序|3|2",
        "项目管理|资金到位|到位率|5|5",
        "项目管理|资金到位|到位时效|3|1.5",
    ];

    private static List<SourceLine> Lines(IEnumerable<string> texts) => [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    private static IEnumerable<string> Shown(IEnumerable<Records.IndicatorRow>? rows) =>
        (rows ?? []).Select(row => $"{row.Level1}|{row.Level2}|{row.Name}|{row.Weight}|{row.ScoreReported}");

    /// <summary>Each cell on lines of its own between pipes, a row closed by a pipe alone on its line.</summary>
    private static IEnumerable<string> PipeCellsOnLines(IEnumerable<string[]> rows) =>
        rows.SelectMany(row => new[] { "| " }.Concat(row.SelectMany(cell => new[] { $"       {cell}  | ", "      " }).SkipLast(1)).Append("    |"));

    [Fact]
    public void PipeRowsWithCellsOnLinesOfTheirOwn_ReadByPoints() =>
        Assert.Equal(Expected, Shown(PointsSheet.Read(Lines(PipeCellsOnLines(Sheet)))));

    [Fact]
    public void TabRows_ReadTheSame() =>
        Assert.Equal(Expected, Shown(PointsSheet.Read(Lines(Sheet.Select(row => string.Join('\t', row))))));

    [Fact]
    public void RowCutBeforeItsScore_IsNoIndicator()
    {
        string[][] cut = [.. Sheet, ["项目绩效 (60分)", "项目产出 (30分)", "产出数量 (10分)"]];

        Assert.Equal(Expected, Shown(PointsSheet.Read(Lines(cut.Select(row => string.Join('\t', row))))));
    }

    [Fact]
    public void RowWhoseCellsBeforeTheScoreAreNotAllLabelsWithPoints_IsNotRead()
    {
        string[][] mixed = [.. Sheet, ["项目管理 (8分)", "资金到位", "到位率 (5分)", "5", "…"]];

        Assert.Equal(Expected, Shown(PointsSheet.Read(Lines(mixed.Select(row => string.Join('\t', row))))));
    }

    [Fact]
    public void FewerThanThreeIndicators_IsNoSheet() =>
        Assert.Null(PointsSheet.Read(Lines(Sheet.Take(3).Select(row => string.Join('\t', row)))));

    [Fact]
    public void SheetUnderItsTitle_IsARecordWithItsIndicators()
    {
        var record = Assert.Single(TextReport.Records("sheet.txt", ["青石县民政局2022年项目支出绩效自评指标计分表", .. PipeCellsOnLines(Sheet)]));

        Assert.Equal(Expected, Shown(record.Indicators));
        Assert.Equal(("青石县民政局", 2022), (record.Unit.Name, record.Year));
    }
}
