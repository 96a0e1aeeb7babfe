using System.Text;
using Analytics.Etl.Extraction;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>A 绩效评价信息汇总表 whose rows a web page printed as pipe rows reads like its tab-separated twin.</summary>
public class SummaryPipeRowsTests
{
    private static IReadOnlyList<Records.EvaluationRecord> Extract(string separator, string border) =>
        Extractor.CreateDefault().Extract("summary.txt", Encoding.UTF8.GetBytes(string.Join('\n',
            "2023年绩效评价信息汇总表",
            "单位：万元",
            Row(separator, border, "序号", "单位名称", "项目名称", "预算数（含调整数）", "自评决算数", "执行率", "自评得分"),
            Row(separator, border, "1", "柞水县民政局", "困难群众救助补助资金", "410", "396.2", "96.63%", "94"),
            Row(separator, border, "2", "柞水县民政局", "孤儿基本生活保障资金", "52.8", "52.8", "100%", "98")))).Records;

    private static string Row(string separator, string border, params string[] cells) => border + string.Join(separator, cells) + border;

    [Fact]
    public void PipeRows_GiveTheSameRecordsAsTabRows()
    {
        var tabs = Extract("\t", string.Empty);
        var pipes = Extract(" | ", "| ");

        Assert.Equal(2, tabs.Count);
        Assert.Equal(
            tabs.Select(record => (record.Project, record.Budget, record.Execution, record.TotalScoreReported)),
            pipes.Select(record => (record.Project, record.Budget, record.Execution, record.TotalScoreReported)));
    }
}
