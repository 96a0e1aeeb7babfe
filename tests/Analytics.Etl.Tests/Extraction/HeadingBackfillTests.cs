using System.Text;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// A merged 一级 cell printed below its first rows is filled upwards, but never over rows whose 二级 category stands
/// under another 一级 in the national form: a guess the form contradicts is a wrong value, a null is not.
/// </summary>
public class HeadingBackfillTests
{
    private static Records.EvaluationRecord Extract(params string[] rows) =>
        Assert.Single(Analytics.Etl.Extraction.Extractor.CreateDefault().Extract("levels.txt", Encoding.UTF8.GetBytes(string.Join('\n',
        [
            "2022年度孤儿助学项目支出绩效自评表",
            "| 项目名称 | 孤儿助学项目 |",
            "| 主管部门 | 射洪市民政局 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            .. rows,
            "| 总分 | | | | | 100 | 100 |",
        ]))).Records);

    [Fact]
    public void RowsAboveAHeading_TakeIt_WhenTheirCategoryFits()
    {
        var record = Extract(
            "| | 经济效益指标 | 带动增收 | ≥5万元 | 6万元 | 30 | 30 |",
            "| 效益指标 | 社会效益指标 | 受助人数 | 20人 | 20人 | 30 | 30 |");

        Assert.All(record.Indicators, row => Assert.Equal("效益指标", row.Level1));
    }

    [Fact]
    public void RowsAboveAHeading_StayWithout一级_WhenTheirCategoryStandsUnderAnother()
    {
        var record = Extract(
            "| | 数量指标 | 助学人数 | 9人 | 9人 | 30 | 30 |",
            "| | 质量指标 | 按时发放率 | 100% | 100% | 30 | 30 |",
            "| 满意度指标 | 服务对象满意度指标 | 受助孤儿满意度 | ≥90% | 98% | 40 | 40 |");

        Assert.Equal(3, record.Indicators.Count);
        Assert.Null(record.Indicators[0].Level1);
        Assert.Null(record.Indicators[1].Level1);
        Assert.Equal("满意度指标", record.Indicators[2].Level1);
    }
}
