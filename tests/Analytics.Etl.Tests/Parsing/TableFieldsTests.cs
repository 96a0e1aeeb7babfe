using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

/// <summary>The labelled cells above a table's money rows, as transfer-payment forms and real exports print them.</summary>
public class TableFieldsTests
{
    private static Dictionary<string, string> Read(params string[][] rows) =>
        TableFields.Read([.. rows.Select((cells, index) => new Row([.. cells.Select(text => new Cell(text, index + 1))], index + 1, index + 1))]);

    [Fact]
    public void Read_TakesTransferPaymentLabels_ForProjectUnitAndImplementingUnit()
    {
        var fields = Read(
            ["转移(项目)名称", "基本药物制度补助资金"],
            ["中央主管部门", string.Empty, "地方主管部门", "平武县卫生健康局", "资金使用单位", "平武县疾病预防控制中心"]);

        Assert.Equal("基本药物制度补助资金", fields[TableFields.Project]);
        Assert.Equal("平武县卫生健康局", fields[TableFields.Unit]);
        Assert.Equal("平武县疾病预防控制中心", fields[TableFields.ImplementingUnit]);
    }

    [Theory]
    [InlineData("[155]灵璧县民政局", "灵璧县民政局")]
    [InlineData("【208】灵璧县民政局", "灵璧县民政局")]
    [InlineData("054-灵璧县民政局", "灵璧县民政局")]
    [InlineData("灵璧县供销合作社联合社填报日期:2023年4月15日", "灵璧县供销合作社联合社")]
    [InlineData("灵璧县民政局 联系人：张三", "灵璧县民政局")]
    [InlineData("灵璧县民政局", "灵璧县民政局")]
    public void StripBudgetCode_LeavesTheUnitOnly(string cell, string unit) =>
        Assert.Equal(unit, TableFields.StripBudgetCode(cell));
}
