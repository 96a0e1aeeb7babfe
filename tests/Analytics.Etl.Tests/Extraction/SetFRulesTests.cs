using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Rules found on set F's first look (docs/accuracy.md), each on a text written here with invented names and numbers:
/// what is no report (a list of attached files, a table of contents, a template), and fields a neighbour's text filled.
/// </summary>
public sealed class SetFRulesTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) => TextReport.Records("set-f.txt", lines);

    [Fact]
    public void ListOfAttachedReportFiles_IsNoReport()
    {
        var result = TextReport.Extract(
            "notice.txt",
            "按照预算法的规定,市财政局组织第三方机构对重点项目开展了绩效评价,现将评价报告予以公开。",
            "附件:",
            "附件1:石城县2022年农村公路养护项目绩效评价报告.pdf",
            "附件2:2022年度石城县文化馆免费开放项目绩效评价报告.pdf",
            "附件3:石城县残疾人联合会部门整体支出绩效评价报告.pdf",
            "石城县财政局",
            "2023年10月9日");

        Assert.Empty(result.Records);
    }

    [Fact]
    public void OneReportUnderTheFileNameItWasCopiedFrom_IsStillAReport()
    {
        var record = Assert.Single(Extract(
            "石城县2022年农村公路养护项目绩效自评报告.docx",
            "一、项目基本情况",
            "2022年下达养护资金80万元,实际支出76万元,预算执行率95%。"));

        Assert.Equal((80m, 76m), (record.Budget.Adjusted, record.Budget.Executed));
    }

    [Fact]
    public void FinalAccountsPageWithNoAmount_IsNoRecord()
    {
        var result = TextReport.Extract(
            "toc.txt",
            "2021年度 石城县第二中学部门决算",
            "目录",
            "第一部分 石城县第二中学概况",
            "一、部门职责",
            "第二部分 2021年度部门决算表",
            "一、收入支出决算总表",
            "七、一般公共预算财政拨款“三公”经费支出决算表",
            "第三部分 2021年度部门决算情况说明",
            "学校现有教职工86人,在校学生1250人。");

        Assert.Empty(result.Records);
        Assert.Contains(result.Issues, issue => issue.Message.Contains("states no figure of the final accounts", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreePublicTotal_InYuanWithThousandsSeparators_IsReadInWan()
    {
        var record = Assert.Single(Extract(
            "石城县林业局2022年度“三公”经费决算情况说明",
            "一、一般公共预算财政拨款“三公”经费支出决算总体情况",
            "石城县林业局2022年度一般公共预算财政拨款“三公”经费支出预算为120,000.00元,支出决算为98,765.40元,完成年初预算的82%。"));

        Assert.Equal(9.87654m, record.FinalAccounts?.ThreePublicTotal);
    }

    [Theory]
    [InlineData("河北省××厅(局)")]
    [InlineData("XX省XX市民政局")]
    [InlineData("根据《XX 省财政厅关于开展绩效自评的通知》")]
    [InlineData("▁▁▁项目绩效评价报告")]
    public void NameLeftToFillIn_MarksATemplate(string placeholder)
    {
        var result = TextReport.Extract(
            "template.txt",
            "财政支出项目绩效评价报告",
            placeholder,
            "一、项目基本情况",
            "项目预算安排资金50万元,实际支出48万元,预算执行率96%。");

        Assert.Empty(result.Records);
    }

    [Fact]
    public void FormYearInParentheses_AfterANote_IsTheYearEvaluated_NotTheYearMostOftenNamed()
    {
        var record = Assert.Single(Extract(
            "详情见附件(注:以下内容为图片识别,个别文字可能不准确,请以附件为准)部门预算项目支出绩效自评表(2023年度) | | | |",
            "项目名称 | | 退耕还林检查验收经费 | |",
            "项目基本情况 | 2018年退耕还林任务于2018年下达,2018年完成验收 | |",
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "年度资金总额 | 20 | 20 | 18 | 10 | 90% | 9 |"));

        Assert.Equal(2023, record.Year);
    }

    [Fact]
    public void MeasureWordInTheActualsPlace_IsLeftNull()
    {
        var record = Assert.Single(Extract(
            "石城县2023年度退耕还林检查验收经费项目支出绩效自评表",
            "项目名称 | 退耕还林检查验收经费 |",
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "年度资金总额 | 20 | 20 | 18 | 10 | 90% | 9 |",
            "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |",
            "产出指标 | 数量指标 | 检查验收次数 | ≥ | 3 | 次 | 3",
            "产出指标 | 质量指标 | 验收合格率 | ≥ | 95 | % | 98 | 20 | 20 |"));

        Assert.DoesNotContain(record.Indicators, row => row.ActualText is "次" or "%" || row.TargetText is "次" or "%");
    }

    [Theory]
    [InlineData("石城县残联中央转移支付2023年度绩效自评报告(残疾人事业发展补助资金)", "残疾人事业发展补助资金")]
    [InlineData("关于2021年度政法纪检监察转移支付资金绩效的自评报告", "政法纪检监察转移支付资金")]
    [InlineData("石城县教育局石城县中央彩票公益金项目资金使用绩效自评报告", "中央彩票公益金项目资金")]
    public void ProjectFromReportTitle(string title, string project)
    {
        var record = Assert.Single(Extract(
            title,
            "一、项目基本情况",
            "2023年下达资金45万元,实际支出43.2万元,预算执行率96%。"));

        Assert.Equal(project, record.Project);
    }

    [Fact]
    public void SentenceNamingReports_IsNoTitle()
    {
        var records = Extract(
            "现将中央非物质文化遗产保护专项资金转移支付2021年度绩效自评报告、国家文物保护专项转移支付2021年度绩效自评报告公开如下:2021年度下达资金120万元,实际支出118万元。");

        Assert.DoesNotContain(records, record => record.Project?.StartsWith("现将", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ProjectLabelGluedToItsValue_IsRead_AndAPhoneNumberRunIntoAName_IsNot()
    {
        var glued = Assert.Single(Extract(
            "1、财政支出项目绩效评价自评报告评价类型:项目实施过程评价项目完成结果评价项目名称文化馆免费开放经费项目单位石城县文化馆主管部门石城县文化旅游局项目负责人王某联系电话0797-0000000",
            "一、项目基本情况",
            "2021年下达资金30万元,实际支出30万元,预算执行率100%。"));
        Assert.Equal("文化馆免费开放经费", glued.Project);

        var phone = Assert.Single(Extract(
            "石城县2021年度项目支出绩效自评表",
            "项目名称 | 大气污染防治资金负责人及电话王某13300000000 |",
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "年度资金总额 | 20 | 20 | 18 | 10 | 90% | 9 |"));
        Assert.Equal("大气污染防治资金", phone.Project);
    }

    private static readonly string[] GluedForm =
    [
        "中央车购税对地方补助资金绩效目标自评表 (农村公路)",
        "   车辆购置税收入补助地方资金(农村公路养护)绩效目标自评",
        "(2022年度)",
        "转移支付(项目)名称车辆购置税收入补助地方资金(农村公路养护)",
        "中央主管部门财政部",
        "地方主管部门石城县交通运输局资金使用单位石城县公路事业发展中心",
        "项目资金",
        "(万元)",
        "全年预算数(A)全年执行数(B)预算执行率(B/A)",
        "年度资金总额:1250118094.4%",
        "绩效指标一级",
        "二级指标三级指标指标值全年实际完成值未完成原因和改进措施",
        "数量指标农村公路养护里程120公里120公里",
    ];

    [Fact]
    public void FormGluedWithoutCellBorders_IsFound_ItsLabelsAndAmountsReadWhereTheyAgree()
    {
        var record = Assert.Single(Extract(GluedForm));

        Assert.Equal("车辆购置税收入补助地方资金(农村公路养护)", record.Project);
        Assert.Equal(("石城县交通运输局", "石城县公路事业发展中心"), (record.Unit.Name, record.ImplementingUnit));
        Assert.Equal((1250m, 1180m, 0.944m), (record.Budget.Adjusted, record.Budget.Executed, record.Execution.RateReported));
        Assert.Equal(2022, record.Year);
    }

    [Theory]
    [InlineData("年度资金总额:1250118094.4%", 1250, 1180)]
    [InlineData("年度资金总额:1250118095%", null, null)] // the same digits, and a rate no cutting agrees with: nothing read
    [InlineData("年度资金总额:40004000100%", 4000, 4000)]
    [InlineData("年度资金总额:1484631.00%", 148, 46)] // 46 / 148 = 31.08 %, printed 31.00 %
    public void GluedAmounts_AreCutOnlyWhereTheStatedRateAgrees(string row, int? adjusted, int? executed)
    {
        var lines = GluedForm.ToArray();
        lines[9] = row;
        var record = Assert.Single(Extract(lines));

        Assert.Equal((adjusted, executed), ((int?)record.Budget.Adjusted, (int?)record.Budget.Executed));
    }

    [Fact]
    public void GluedIndicatorRows_WithNoPointsColumn_SplitOnlyWhereTargetAndActualEndInTheirUnits()
    {
        var record = Assert.Single(Extract(
            [.. GluedForm.Take(12),
                "数量指标农村公路养护里程120公里118公里",
                "质量指标养护路段优良路率≥75%78%",
                "时效指标养护任务完成时限2022年12月底2022年12月底",
                "社会效益指标群众出行条件改善2020"]));

        Assert.Equal(
            [("数量指标", "农村公路养护里程", "120公里", "118公里"), ("质量指标", "养护路段优良路率", "≥75%", "78%")],
            record.Indicators.Select(row => (row.Level2!, row.Name, row.TargetText!, row.ActualText!)));
    }

    [Fact]
    public void NotesSentences_InTheNameColumn_AreNoIndicator_EvenBesideAValue()
    {
        string[] lines =
        [
            "石城县2021年第一批大气污染防治资金绩效目标自评表",
            "项目名称", "2021年第一批大气污染防治资金",
            "主管部门", "石城县生态环境局",
            "项目资金(万元)", "全年预算数(A)", "全年执行数(B)", "执行率(B/A)",
            "年度资金总额:", "1200.5", "0", "0",
            "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施",
            "产出指标", "数量指标", "建设空气质量自动监测子站", "6个", "建设空气质量自动监测子站", "0",
            "在准备开始建设时,发现原计划建设内容不适合现状。经咨询省生态环境厅,按程序申报调整建设内容,并于11月10日审核同意。12月底取得初步设计审批文件",
            "改进措施:加快建设进度。",
        ];
        var record = Assert.Single(Extract([.. lines.SelectMany(line => new[] { line, string.Empty })]));

        Assert.DoesNotContain(record.Indicators, row => row.Name.Contains('。', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("地方主管部门石城县交通运输局自评总分(分)97.6资金使用单位石城县公路事业发展中心", "石城县交通运输局")]
    [InlineData("地方主管部门石城县交通运输局考核得分97.6分", null)]
    public void LabelRunIntoItsValue_EndsAtTheNextLabel_AndAUnitHoldsNoDigit(string fieldLine, string? unit)
    {
        var lines = GluedForm.ToArray();
        lines[5] = fieldLine;
        var record = Assert.Single(Extract(lines));

        Assert.Equal(unit, record.Unit.Name);
    }

    [Theory]
    [InlineData("现将石城镇2020年度“三公”经费决算情况公布如下:", 41)]
    [InlineData("现将石城镇2021年度“三公”经费预算情况公布如下:", null)]
    public void ThreePublicTotal_RightAfterItsName_InAFinalAccountsText(string lead, int? total)
    {
        var records = Extract(
            lead,
            "2020年度“三公”经费41万元,其中:因公出国(境)费0万元,公务用车购置及运行维护费21万元,公务接待费20万元。",
            "“三公”经费较年初预算数减少4万元,下降2.2%。");

        Assert.Equal(total, (int?)records.SingleOrDefault()?.FinalAccounts?.ThreePublicTotal);
    }

    [Theory]
    [InlineData("填表人:______ 单位负责人:______")]
    [InlineData("联系人:王XX局长")]
    public void SignatureLines_AreNoTemplate(string signature)
    {
        var record = Assert.Single(Extract(
            "石城县2022年农村公路养护项目绩效自评报告",
            "一、项目基本情况",
            "2022年下达养护资金80万元,实际支出76万元,预算执行率95%。",
            signature));

        Assert.Equal(76m, record.Budget.Executed);
    }

    [Fact]
    public void FormGluedOntoOneLine_AfterItsTitle_GivesItsFields()
    {
        var record = Assert.Single(Extract(
            "2021年度财政项目绩效自评表单位名称:石城县人民医院填报日期:2022年3月18日项目名称住院楼改造补助主管部门石城县卫生健康委"
            + "项目实施单位石城县人民医院项目类别1、部门预算项目 2、财政专项 预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A)得分"
            + "年度财政 资金总额500480"));

        Assert.Equal(("住院楼改造补助", "石城县人民医院", "石城县人民医院", 2021),
            (record.Project, record.Unit.Name, record.ImplementingUnit, record.Year));
        Assert.Equal(new Budget(null, null, null), record.Budget);
    }
}
