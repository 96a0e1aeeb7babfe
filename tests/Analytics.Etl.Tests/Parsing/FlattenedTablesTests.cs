using Analytics.Etl.Normalizing;
using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public class FlattenedTablesTests
{
    private const string OneLineTable =
        "2023年度城乡医疗救助项目支出绩效自评表 项目名称 城乡医疗救助 主管部门 桐梓县医疗保障局 实施单位 桐梓县医疗保障局 "
        + "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 800 880 860 10 97.73% 9.77 "
        + "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 救助人次 ≥1000人次 1200人次 20 20 "
        + "质量指标 救助政策落实率 100% 100% 20 20 总分 100 97.77";

    [Fact]
    public void Rows_PutsOneLineTableBackIntoRows_ByTheTypesOfItsCells()
    {
        var rows = FlattenedTables.Rows(OneLineTable);

        Assert.NotNull(rows);
        Assert.Equal(
            [
                "2023年度城乡医疗救助项目支出绩效自评表",
                "项目名称|城乡医疗救助",
                "主管部门|桐梓县医疗保障局",
                "实施单位|桐梓县医疗保障局",
                "项目资金（万元）|年初预算数|全年预算数|全年执行数|分值|执行率|得分",
                "年度资金总额|800|880|860|10|97.73%|9.77",
                "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
                "产出指标|数量指标|救助人次|≥1000人次|1200人次|20|20",
                "质量指标|救助政策落实率|100%|100%|20|20",
                "总分|100|97.77",
            ],
            rows.Select(row => string.Join('|', row)));
    }

    [Fact]
    public void Rows_SplitsPipeRowsPrintedBackToBack_AtTheBarePipes_KeepingSpacesAndEmptyCellsInside()
    {
        var rows = FlattenedTables.Rows("| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 || 决策 | 项目立项 | 立项依据 充分性 | 3.00 | 3.00 ||  |  | 立项程序规范性 | 3.00 | 3.00 || 合 计 |  |  | 100.00 | 99.62 |");

        Assert.NotNull(rows);
        Assert.Equal(
            ["一级指标|二级指标|三级指标|分值|得分", "决策|项目立项|立项依据 充分性|3.00|3.00", "||立项程序规范性|3.00|3.00", "合 计|||100.00|99.62"],
            rows.Select(row => string.Join('|', row)));
    }

    [Fact]
    public void Rows_SplitsPipeRowsBackToBack_WhenEmptyCellsAreBlank_EvenWhereSomeCellsLackPadding()
    {
        var rows = FlattenedTables.Rows("|序号|单位名称 |项目名称| 预算数 | 自评决算数|执行率|自评得分 ||合计 |  |  | 980.5|901.2|  |  ||1|某县医疗保障局|参保补助|620|598.4|96.52%|95||2|某县医疗保障局|医疗救助资金 2022 年第二批|300.5|250.8|83.46%|86|");

        Assert.NotNull(rows);
        Assert.Equal(["序号", "合计", "1", "2"], rows.Select(row => row[0]));
        Assert.Equal("医疗救助资金 2022 年第二批", rows[3][2]);
    }

    [Fact]
    public void Rows_LeavesAPipeLine_WhoseCellsAreNotPadded_ToTheTypesOfItsCells()
    {
        // "|a||b|": here "||" is an empty cell as Markdown writes it, not a row boundary; split there, the header and
        // the 产出指标 row would stay one row
        var rows = FlattenedTables.Rows("|项目名称|城乡医疗救助||主管部门|某县医疗保障局||一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|产出指标|数量指标|救助人次|≥1000人次|1200人次|20|20|");

        Assert.NotNull(rows);
        Assert.Contains(rows, row => row.SequenceEqual(["产出指标", "数量指标", "救助人次", "≥1000人次", "1200人次", "20", "20"]));
    }

    [Theory]
    [InlineData("| 产出指标 | 数量指标 | 指标 1: 前台业务受理 | 年度指标值 ≥14000 | 15000 | 10 | 10 |", "| 时效指标 | 指标 1: 任务完成时效 | 及时 支付 | 实际完成 2022 年 12 月支付 完成 | 10 | 10 | |||")]
    [InlineData("产出指标  数量指标  指标 1: 前台业务受理  年度指标值 ≥14000  15000  10  10", "时效指标  指标 1: 任务完成时效  及时 支付  实际完成 2022 年 12 月支付 完成  10  10")]
    public void Reflow_LeavesARowOfAMarkedTable_WhoseCellsHoldSpaces(string above, string row)
    {
        var lines = new[] { new SourceLine(1, above), new SourceLine(2, row) };

        Assert.Same(lines, FlattenedTables.Reflow(lines));
    }

    [Fact]
    public void Reflow_KeepsTheLineNumber_OnEveryRowOfTheFlattenedTable()
    {
        var lines = new[] { new SourceLine(1, "附件"), new SourceLine(2, OneLineTable), new SourceLine(3, "填报日期：2024年3月1日") };

        var reflowed = FlattenedTables.Reflow(lines);

        Assert.Equal(12, reflowed.Count);
        Assert.All(reflowed.Skip(1).Take(10), line => Assert.Equal(2, line.Number));
        Assert.Equal("填报日期：2024年3月1日", reflowed[^1].Text);
    }

    [Theory]
    [InlineData("本年度预算数为 85.6 万元，执行数为 80.2 万元，执行率 93.69%，绩效目标全部完成，三级指标完成值均达到年度指标值。")]
    [InlineData("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t产出指标\t数量指标\t救助人次\t≥1000人次\t1200人次\t20\t20")]
    [InlineData("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分")]
    public void Rows_LeavesLineAlone_WhenItIsProseATabRowOrOneHeader(string line)
    {
        Assert.Null(FlattenedTables.Rows(line));
    }
}
