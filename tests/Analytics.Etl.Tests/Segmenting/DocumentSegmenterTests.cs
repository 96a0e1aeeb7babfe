using Analytics.Etl.Normalizing;
using Analytics.Etl.Segmenting;

namespace Analytics.Etl.Tests.Segmenting;

public class DocumentSegmenterTests
{
    private static SourceLine[] Lines(params string[] texts) =>
        [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    [Theory]
    [InlineData("项目支出绩效自评表")]
    [InlineData("2021年度项目支出绩效自评表")]
    [InlineData("附件2：项目支出绩效自评表")]
    [InlineData("附件 3 项目支出绩效自评表（2021年度）")]
    [InlineData("（一）城乡医疗救助项目绩效自评表")]
    [InlineData("中央对地方转移支付区域绩效目标自评表")]
    [InlineData("项 目 支 出 绩 效 自 评 表")]
    public void Classify_GivesProjectTable_WhenTitleNamesAProjectSelfEvaluationTable(string line) =>
        Assert.Equal(SegmentKind.ProjectTable, DocumentSegmenter.Classify(line));

    [Theory]
    [InlineData("部门整体支出绩效自评表")]
    [InlineData("2021年度部门整体绩效自评表")]
    [InlineData("单位整体支出绩效自评表")]
    [InlineData("一、部门绩效自评表")]
    public void Classify_GivesDepartmentTable_WhenTitleNamesTheWholeDepartment(string line) =>
        Assert.Equal(SegmentKind.DepartmentTable, DocumentSegmenter.Classify(line));

    [Theory]
    [InlineData("项目支出绩效评价信息汇总表")]
    [InlineData("2021年度绩效评价结果汇总表")]
    [InlineData("2021年项目支出绩效自评项目清单")]
    public void Classify_GivesSummaryTable_WhenTitleNamesAnEvaluationSummary(string line) =>
        Assert.Equal(SegmentKind.SummaryTable, DocumentSegmenter.Classify(line));

    [Theory]
    [InlineData("收入支出决算总表")]
    [InlineData("部门收入支出决算总表")]
    [InlineData("一、收入支出决算总表")]
    [InlineData("收入支出决算总表（公开01表）")]
    public void Classify_GivesFinalAccountsTable_WhenTitleNamesTheTotalsTable(string line) =>
        Assert.Equal(SegmentKind.FinalAccountsTable, DocumentSegmenter.Classify(line));

    [Theory]
    [InlineData("城乡医疗救助项目绩效自评报告", SegmentKind.ProjectReport)]
    [InlineData("2020 年度绩效自评报告", SegmentKind.ProjectReport)]
    [InlineData("医疗救助资金绩效评价报告", SegmentKind.ProjectReport)]
    [InlineData("2021年度部门整体支出绩效评价报告", SegmentKind.DepartmentReport)]
    [InlineData("部门整体绩效自评报告", SegmentKind.DepartmentReport)]
    public void Classify_GivesReport_WhenTitleNamesAReport(string line, SegmentKind expected) =>
        Assert.Equal(expected, DocumentSegmenter.Classify(line));

    [Theory]
    [InlineData("项目支出绩效目标表")]
    [InlineData("2022年度项目绩效目标申报表")]
    [InlineData("转移支付区域绩效目标表")]
    public void Classify_GivesTargetsOnly_WhenTitleNamesATargetsTable(string line) =>
        Assert.Equal(SegmentKind.TargetsOnly, DocumentSegmenter.Classify(line));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("一、项目支出绩效自评表..........3")]
    [InlineData("部门整体支出绩效自评表……………12")]
    [InlineData("二、绩效评价报告·········5")]
    [InlineData("根据要求，我局对项目支出开展了绩效自评，形成项目支出绩效自评表")]
    [InlineData("我局按照区财政局关于开展项目支出绩效评价的通知精神组织有关人员认真开展了全部项目资金的绩效自评工作并编写完成了项目支出绩效自评报告")]
    [InlineData("现将项目支出绩效自评表说明如下")]
    [InlineData("具体见项目支出绩效自评表：")]
    [InlineData("预算收支汇总表")]
    [InlineData("项目名称")]
    [InlineData("2021年收支情况")]
    public void Classify_GivesNull_WhenLineIsNotATitle(string line) =>
        Assert.Null(DocumentSegmenter.Classify(line));

    [Fact]
    public void Split_GivesOneSegmentPerTitle_WhenDocumentHoldsTwoTables()
    {
        var lines = Lines("封面", "项目支出绩效自评表", "项目名称 城乡医疗救助", string.Empty, "部门整体支出绩效自评表", "部门名称 医疗保障局", "三级指标\t指标值\t完成值", string.Empty, string.Empty);

        var segments = DocumentSegmenter.Split(lines);

        Assert.Equal(
            [new Segment(SegmentKind.ProjectTable, "项目支出绩效自评表", 1, 2), new Segment(SegmentKind.DepartmentTable, "部门整体支出绩效自评表", 4, 6)],
            segments);
    }

    [Fact]
    public void Split_GivesNoTable_WhenTitleHeadsNoForm()
    {
        // "附件：…自评表" named inside prose, with no form under it
        var lines = Lines("2023年度城乡医疗救助绩效自评报告", "一、基本情况", "附件：城乡医疗救助项目支出绩效自评表", "资金全部用于救助对象。");

        var segment = Assert.Single(DocumentSegmenter.Split(lines));

        Assert.Equal(SegmentKind.ProjectReport, segment.Kind);
    }

    [Fact]
    public void Split_FindsFormByItsLabels_WhenTableHasNoTitle()
    {
        var lines = Lines(
            "说明：以下为本单位填报内容。",
            "项目名称\t城乡医疗救助",
            "主管部门\t桐梓县医疗保障局",
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率",
            "年度资金总额\t800\t880\t860\t97.73%",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分");

        var segment = Assert.Single(DocumentSegmenter.Split(lines));

        Assert.Equal(new Segment(SegmentKind.ProjectTable, string.Empty, 1, 5), segment);
    }

    [Fact]
    public void Split_FindsTargetsOnlyByItsLabels_WhenUntitledTableHasNoActuals()
    {
        var lines = Lines("项目名称\t城乡医疗救助", "一级指标\t二级指标\t三级指标\t年度指标值\t分值");

        var segment = Assert.Single(DocumentSegmenter.Split(lines));

        Assert.Equal(SegmentKind.TargetsOnly, segment.Kind);
    }

    [Fact]
    public void Split_IgnoresLabelWordsInsideProse()
    {
        var lines = Lines("全年预算数为 85.6 万元，执行数为 80.2 万元，执行率 93.69%。", "三级指标完成值均达到预期。");

        Assert.Empty(DocumentSegmenter.Split(lines));
    }

    [Theory]
    [InlineData("| 2023年度城乡医疗救助项目支出绩效自评表 | | | | |")]
    [InlineData("2023年度城乡医疗救助项目支出绩效自评表\t部门：桐梓县医疗保障局\t单位：万元")]
    [InlineData("城乡医疗救助项目支出绩效自评表（2023年度")]
    [InlineData("2023年度城乡医疗救助项目支出绩效自评表.docx")]
    [InlineData("2023年度城乡医疗救助項(xiàng)目支出绩效自评表")]
    [InlineData("2023年度城乡医疗救助项目绩效评价表")]
    public void Classify_ReadsTitleCell_WhenTitleCarriesCellsExtensionOrPinyin(string line)
    {
        Assert.Equal(SegmentKind.ProjectTable, DocumentSegmenter.Classify(line));
    }

    [Fact]
    public void Split_KeepsOneSegment_WhenSectionHeadingRepeatsTheTableTitle()
    {
        var lines = Lines("一、收入支出决算总表", string.Empty, "收入支出决算总表", "本年收入合计 582.36");

        var segment = Assert.Single(DocumentSegmenter.Split(lines));

        Assert.Equal(new Segment(SegmentKind.FinalAccountsTable, "收入支出决算总表", 2, 3), segment);
    }

    [Fact]
    public void Split_StartsReportOneLineUp_WhenTitleIsPrintedOnTwoLines()
    {
        var lines = Lines("曾都区镇办医疗保障服务中心经费", "2020 年度绩效自评报告", "一、基本情况");

        var segment = Assert.Single(DocumentSegmenter.Split(lines));

        Assert.Equal(new Segment(SegmentKind.ProjectReport, "曾都区镇办医疗保障服务中心经费2020 年度绩效自评报告", 0, 2), segment);
    }

    [Fact]
    public void Split_GivesNoSegment_WhenDocumentHasNoTitle()
    {
        Assert.Empty(DocumentSegmenter.Split(Lines("第一行", "第二行")));
    }
}
