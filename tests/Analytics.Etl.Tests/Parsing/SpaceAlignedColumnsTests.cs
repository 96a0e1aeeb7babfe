using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public sealed class SpaceAlignedColumnsTests
{
    private static List<SourceLine> Lines(params string[] texts) => [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    [Fact]
    public void ToTabRows_CutsAtSpaceRuns_KeepingSingleSpacesInsideCells()
    {
        var lines = Lines(
            "一级指标    二级指标  三级指标                 年度指标值  实际完成值  分值  得分",
            "产出指标    数量指标  指标 1: 前台业务受理     ≥14000      15000       10    10",
            "            时效指标  指标 1: 任务完成时效     及时 支付   2022 年 12 月支付 完成  10  10",
            "总分                                                                  100   96");

        var rows = SpaceAlignedColumns.ToTabRows(lines);

        Assert.Equal("\t时效指标\t指标 1: 任务完成时效\t及时 支付\t2022 年 12 月支付 完成\t10\t10".TrimStart('\t'), rows[2].Text);
        Assert.Equal(["产出指标", "数量指标", "指标 1: 前台业务受理", "≥14000", "15000", "10", "10"], rows[1].Text.Split('\t'));
        Assert.Equal([1, 2, 3, 4], rows.Select(line => line.Number));
    }

    [Fact]
    public void ToTabRows_LeavesFlatText_WhoseLinesDoNotSplitAtSpaceRuns()
    {
        var lines = Lines("产出指标 数量指标 救助人次 ≥1000人次 1200人次 20 20", "质量指标 救助政策落实率 100% 100% 20 20", "总分  100  97", "说明：无");

        Assert.Same(lines, SpaceAlignedColumns.ToTabRows(lines));
    }

    [Fact]
    public void ToTabRows_LeavesTabRows()
    {
        var lines = Lines("一级指标\t二级指标\t三级指标", "产出指标\t数量指标\t救助人次  ≥1000人次", "a  b\tc", "d  e  f");

        Assert.Same(lines, SpaceAlignedColumns.ToTabRows(lines));
    }

    [Fact]
    public void ToTabRows_JoinsACellWrappedOntoTheNextLine_AtItsColumn_UnderARowOfValues()
    {
        var lines = Lines(
            "一级指标  二级指标    三级指标               年度指标值   实际完成值   分值   得分",
            "产出指标  质量指标    营养餐食品安全事故发生     0起          0起          15     15",
            "                      次数",
            "效益指标  社会效益    学生营养状况改善           明显改善     明显改善     30     28",
            "          指标",
            "总分                                                                     100    98");

        var rows = SpaceAlignedColumns.ToTabRows(lines);

        Assert.Equal(["产出指标", "质量指标", "营养餐食品安全事故发生次数", "0起", "0起", "15", "15"], rows[1].Text.Split('\t'));
        Assert.Equal(["效益指标", "社会效益指标", "学生营养状况改善", "明显改善", "明显改善", "30", "28"], rows[2].Text.Split('\t'));
        Assert.Equal([1, 2, 4, 6], rows.Select(line => line.Number));
    }
}
