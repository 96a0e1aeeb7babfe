using Analytics.Etl.Parsing;
using Analytics.Etl.Tests.Extraction;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>
/// A scoring table flattened into a report's prose with nothing between its cells (set I's i06; the twin
/// set_i_points_table_glued): weights and scores run together are split by the form's constraints alone.
/// </summary>
public sealed class GluedPointsTableTests
{
    private const string Prose = "二、评价结论本项目绩效评价得分为88分,具体情况详见下表:";
    private const string Header = "一级指标二级指标三级指标分值得分";

    private static List<string>? Rows(string table) =>
        GluedPointsTable.Rows(Prose + Header + table)?.Select(row => string.Join('|', row)).ToList();

    [Fact]
    public void DigitsRunTogether_AreSplitSoThatEachGroupsWeightsMakeItsPoints()
    {
        var rows = Rows("项目决策(10分)项目目标(10分)目标内容64目标匹配44项目绩效(20分)项目产出(20分)产出数量108产出质量1010");

        Assert.Equal(
            [
                Prose,
                "一级指标|二级指标|三级指标|分值|得分",
                "项目决策(10分)|项目目标(10分)|目标内容|6|4",
                "项目决策(10分)|项目目标(10分)|目标匹配|4|4",
                "项目绩效(20分)|项目产出(20分)|产出数量|10|8",
                "项目绩效(20分)|项目产出(20分)|产出质量|10|10",
            ],
            rows);
    }

    [Fact]
    public void GroupWhoseWeightsDoNotMakeItsPoints_KeepsItsNamesWithoutNumbers()
    {
        // 6 + 3 is not the group's 10: some digits belong elsewhere, and no split is trusted
        var rows = Rows("项目决策(10分)项目目标(10分)目标内容64目标匹配33项目绩效(20分)项目产出(20分)产出数量108产出质量1010");

        Assert.NotNull(rows);
        Assert.Contains("项目决策(10分)|项目目标(10分)|目标内容||", rows);
        Assert.Contains("项目决策(10分)|项目目标(10分)|目标匹配||", rows);
        Assert.Contains("项目绩效(20分)|项目产出(20分)|产出数量|10|8", rows);
    }

    [Fact]
    public void GroupNameGluedToTheLeafBeforeItsPoints_OpensTheGroupWithThatLeaf()
    {
        var rows = Rows("项目管理(10分)资金到位(4分)到位率22到位时效22资金管理使用合规22(6分)支付依据22开支标准22");

        Assert.NotNull(rows);
        Assert.Contains("项目管理(10分)|资金管理(6分)|使用合规|2|2", rows);
        Assert.Contains("项目管理(10分)|资金管理(6分)|开支标准|2|2", rows);
    }

    [Fact]
    public void LeafWithoutNumbersBeforeTheNextHeading_IsALeafOfItsOwn()
    {
        var rows = Rows("项目决策(5分)资金分配(5分)审核把关55资金均衡项目管理(4分)资金到位(4分)到位率22到位时效22");

        Assert.NotNull(rows);
        Assert.Contains("项目决策(5分)|资金分配(5分)|资金均衡||", rows);
        Assert.Contains("项目管理(4分)|资金到位(4分)|到位率|2|2", rows);
    }

    [Fact]
    public void LastGroupShortOfItsPointsAtTheEndOfTheText_LosesItsLastLeaf_WhichMayBeCut()
    {
        var rows = Rows("项目决策(4分)项目目标(4分)目标内容22目标匹配22项目绩效(30分)项目效益(30分)经济效益108社会效益107");

        Assert.NotNull(rows);
        Assert.Contains("项目绩效(30分)|项目效益(30分)|经济效益|10|8", rows);
        Assert.DoesNotContain(rows, row => row.Contains("社会效益", StringComparison.Ordinal));
    }

    [Fact]
    public void SentenceAfterTheTable_StaysText_ItsYearNoLeaf()
    {
        var rows = Rows("项目决策(6分)项目目标(6分)目标内容22目标匹配22进度计划22。综上2017年项目总体完成较好。");

        Assert.NotNull(rows);
        Assert.Equal("。综上2017年项目总体完成较好。", rows[^1]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void ProseWithoutTheScoringHeader_IsNoTable() =>
        Assert.Null(GluedPointsTable.Rows("本项目分值设置合理,目标内容22项,项目决策(25分)已完成。"));

    [Fact]
    public void GluedTable_ReadsAsTheSameTableWithItsCellsSeparated()
    {
        const string Title = "青川县2018年林下经济补助项目支出绩效评价报告";
        var glued = TextReport.Records("glued.txt", Title, Prose + Header + "项目决策(10分)项目目标(10分)目标内容64目标匹配44项目绩效(20分)项目产出(20分)产出数量108产出质量1010");
        var separated = TextReport.Records("separated.txt", Title, Prose,
            "一级指标\t二级指标\t三级指标\t分值\t得分",
            "项目决策\t项目目标\t目标内容\t6\t4",
            "项目决策\t项目目标\t目标匹配\t4\t4",
            "项目绩效\t项目产出\t产出数量\t10\t8",
            "项目绩效\t项目产出\t产出质量\t10\t10");

        static IEnumerable<string> Indicators(IReadOnlyList<Records.EvaluationRecord> records) =>
            Assert.Single(records).Indicators.Select(row => $"{row.Level1}|{row.Level2}|{row.Name}|{row.Weight}|{row.ScoreReported}");

        Assert.Equal(4, Indicators(glued).Count());
        Assert.Equal(Indicators(separated), Indicators(glued));
    }
}
