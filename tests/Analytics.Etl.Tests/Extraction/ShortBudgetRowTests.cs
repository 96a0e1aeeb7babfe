using System.Text;
using Analytics.Etl.Extraction;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>A budget row whose blank cells were dropped: its values are placed by what fits, never read from one side.</summary>
public class ShortBudgetRowTests
{
    private static string Table(string moneyRow) => string.Join('\n',
        "2022年度残疾人两项补贴项目支出绩效自评表",
        "项目名称\t残疾人两项补贴",
        "主管部门\t桐梓县民政局",
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        moneyRow,
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t补贴发放人数\t≥3000人\t3120人\t90\t88",
        "总分\t\t\t\t\t100\t97");

    private static Records.EvaluationRecord Extract(string moneyRow)
    {
        var result = Extractor.CreateDefault().Extract("short.txt", Encoding.UTF8.GetBytes(Table(moneyRow)));
        return Assert.Single(result.Records);
    }

    [Fact]
    public void ShortRow_PlacesValuesByWhatFits_WhenOnlyOnePlacementAgreesWithTheRate()
    {
        // the rate cell is blank: 880 cannot be a weight, 10 % would disagree with 880 / 880
        var record = Extract("年度资金总额：\t880\t880\t880\t10\t10");

        Assert.Equal(880, record.Budget.Initial);
        Assert.Equal(880, record.Budget.Adjusted);
        Assert.Equal(880, record.Budget.Executed);
        Assert.Equal(10, record.Execution.Weight);
        Assert.Equal(10, record.Execution.ScoreReported);
        Assert.Null(record.Execution.RateReported);
    }

    [Fact]
    public void ShortRow_LeavesFieldsNull_WhenPlacementsDisagree()
    {
        // three amounts for six columns: which of them is the initial budget cannot be told
        var record = Extract("年度资金总额：\t600\t590\t100%");

        Assert.Null(record.Budget.Initial);
        Assert.Null(record.Execution.Weight);
        Assert.Contains(record.Warnings, warning => warning.Contains("left null", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Warnings, warning => warning.Contains("read from the right", StringComparison.Ordinal));
    }

    [Fact]
    public void FullRow_IsReadColumnByColumn()
    {
        var record = Extract("年度资金总额：\t600\t600\t590\t10\t98.33%\t9.83");

        Assert.Equal(600, record.Budget.Initial);
        Assert.Equal(590, record.Budget.Executed);
        Assert.Equal(0.9833m, record.Execution.RateReported);
        Assert.Equal(9.83m, record.Execution.ScoreReported);
    }

    [Fact]
    public void GluedRows_AreReadFromTheFirstRunOfAmounts()
    {
        // the 其中 row glued onto the total row: its score (8) is not the total's (9)
        var record = Extract("年度资金总额：\t200\t200\t179.43\t10\t89.7%\t9\t其中：当年财政拨款\t200\t200\t179.43\t10\t89.7%\t8");

        Assert.Equal(179.43m, record.Budget.Executed);
        Assert.Equal(9, record.Execution.ScoreReported);
        Assert.Contains(record.Warnings, warning => warning.Contains("belong to another row", StringComparison.Ordinal));
    }

    [Fact]
    public void MoreAmountsThanColumns_AreLeftNull()
    {
        var record = Extract("年度资金总额：\t65.66\t65.07\t10\t99%\t9\t65.66\t65.07\t99%");

        Assert.Equal(new Records.Budget(null, null, null), record.Budget);
        Assert.Null(record.Execution.ScoreReported);
        Assert.Contains(record.Warnings, warning => warning.Contains("8 values for 6 columns", StringComparison.Ordinal));
    }

    [Fact]
    public void GroupHeading_OverItsColumns_IsNoColumnOfItsOwn()
    {
        var text = string.Join('\n',
            "部门预算项目支出绩效自评表（2023年度）",
            "项目名称\t全县安防设备补助资金项目",
            "主管部门\t通江县司法局",
            "预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因",
            "总额\t0.00\t4.20\t4.20\t100.00%\t10\t10\t1.预算执行率=预算执行数/调整后预算数",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t设备采购台数\t≥15台\t15台\t90\t90",
            "总分\t\t\t\t\t100\t100");

        var record = Assert.Single(Extractor.CreateDefault().Extract("group.txt", Encoding.UTF8.GetBytes(text)).Records);

        Assert.Equal(new Records.Budget(0, 4.20m, 4.20m), record.Budget);
        Assert.Equal(new Records.Execution(1m, 10, 10), record.Execution);
    }

    [Fact]
    public void HeaderAndAmountsInOneRow_AreReadAsHeaderThenRow()
    {
        // cells copied one per line, the row ends lost: the header words run straight into the total row's amounts
        var text = string.Join("\n\n",
            "项目支出绩效自评表", "项目名称", "群众文化活动经费", "主管部门", "霍邱县文化和旅游局", "项目资金", "年初预算数", "全年预算数", "全年执行数",
            "分值", "执行率", "得分", "(万元)", "年度资金总额", "150", "150", "141.6", "10", "94.4%", "9", "其中：当年财政拨款", "150", "150", "141.6", "10", "94.4%", "8");

        var record = Assert.Single(Extractor.CreateDefault().Extract("cells.txt", Encoding.UTF8.GetBytes(text)).Records);

        Assert.Equal(new Records.Budget(150, 150, 141.6m), record.Budget);
        Assert.Equal(new Records.Execution(0.944m, 10, 9), record.Execution);
    }
}
