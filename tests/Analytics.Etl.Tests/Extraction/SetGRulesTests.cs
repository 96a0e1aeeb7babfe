using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Rules found on set G's first look (docs/accuracy.md), each on a text written here with invented names and numbers:
/// a report's whole money told apart from its parts, money words read by what they do, unfilled rows kept apart, and
/// names cleared of the form's and the page's words.
/// </summary>
public sealed class SetGRulesTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) => TextReport.Records("set-g.txt", lines);

    [Fact]
    public void RateStatedWithTheSpending_ConfirmsTheBudgetAmongItsParts()
    {
        var record = Assert.Single(Extract(
            "大姚县2023年草原生态修复资金绩效自评报告",
            "1.项目资金到位情况分析。",
            "2023年度上级安排草原生态修复资金3000万元,应到位3000万元,实际到位1200万元,到位率40%。分项目如下:①围栏建设应到位800万元,实际到位400万元;②补播改良应到位2200万元,实际到位800万元。",
            "2.项目资金执行情况分析。",
            "目前共支付资金1050万元,资金执行率35%。",
            "分别为①围栏建设支付300万元,资金执行率37.5%;②补播改良支付750万元,资金执行率34.09%;③鼠害防治支付0万元,资金执行率0%。"));

        // 应到位 is what should arrive (the budget); 到位 is not spent; 1050 / 3000 = 35 % confirms the whole
        Assert.Equal((3000m, 1050m, 0.35m), (record.Budget.Adjusted!.Value, record.Budget.Executed!.Value, record.Execution.RateReported!.Value));
    }

    [Fact]
    public void OneLevelsShare_IsNeitherTheInitialBudgetNorTheSpending()
    {
        var record = Assert.Single(Extract(
            "2023年残疾人两项补贴事后绩效评价报告",
            "(二)项目实施及资金使用",
            "各级财政共下达我县2023年残疾人两项补贴资金860万元,其中省级配套300万元、县级配套560万元。全年共发放812.4万元(当年资金790.1万元,上年结转资金22.3万元)。",
            "2023年年初预算县级资金560万元,随月发放519.6万元,结余40.4万元。"));

        Assert.Equal("残疾人两项补贴", record.Project);
        Assert.Null(record.Budget.Initial);
        Assert.Equal((860m, 812.4m), (record.Budget.Adjusted!.Value, record.Budget.Executed!.Value));
    }

    [Fact]
    public void NumberedItemsThatAddUpToTheReportsMoney_AreItsPartsNotProjects()
    {
        var record = Assert.Single(Extract(
            "永德县体育彩票公益金转移支付2023年度绩效自评报告",
            "为规范彩票公益金管理,我局对2023年度体育彩票公益金使用情况开展了自评,将年初设定的目标与执行结合",
            "一、绩效目标分解下达情况",
            "2023年下达体育彩票公益金90万元,其中全民健身路径项目40万元、社区球场项目30万元、赛事活动项目20万元。",
            "二、资金投入情况",
            "1.全民健身路径项目:2023年下达体育彩票公益金40万元,到位资金40万元,资金到位率100%。",
            "2.社区球场项目:2023年下达体育彩票公益金30万元,到位资金30万元,资金到位率100%。",
            "3.赛事活动项目:2023年下达体育彩票公益金20万元,到位资金20万元,资金到位率100%。",
            "2023年共支付体育彩票公益金90万元,其中支付全民健身路径40万元、社区球场30万元、赛事活动20万元。执行率达100%。"));

        Assert.Equal(RecordKinds.ProjectSelfEval, record.Kind);
        Assert.Null(record.Budget.Initial);
        Assert.Equal((90m, 90m), (record.Budget.Adjusted!.Value, record.Budget.Executed!.Value));
    }

    [Fact]
    public void AttachmentNamedWithAPlaceholderProject_IsNoReport()
    {
        var result = TextReport.Extract(
            "contents.txt",
            "目 录",
            "第一部分 沧源县勐省镇人民政府概况",
            "第三部分 2023年度部门决算情况说明",
            "附件:1.2023年度项目支出绩效自评表",
            "2.2023年度XX项目绩效评价报告",
            "第一部分 沧源县勐省镇人民政府概况",
            "一、部门职责",
            "镇政府负责全镇经济社会事务管理。");

        Assert.Empty(result.Records);
    }

    [Fact]
    public void FlatRowsLeftUnfilled_StayRowsOfTheirOwn_AndAWrappedHeadingEndsItsHeading()
    {
        var record = Assert.Single(Extract(
            "2022年中央对地方专项转移支付区域绩效目标自评表",
            "单位名称 石屏县市场监督管理局 联系人及电话 李某,13800000000",
            "一级指标 二级指标 三级指标 指标值 完成值",
            "数量指标 指标1.食品抽检批次 ≥120 136",
            "质量指标 指标1.抽检完成率 100% 100%",
            "指标2.问题产品处置率",
            "指标3.投诉办结率 ≥95% 98%",
            "成本指标 指标1.抽检单价 ≤800元/批次 760元/批次",
            "指标2.快检平均成本",
            "指标3.培训平均成本",
            "效益指标 社会效益",
            "指标",
            "指标1.群众食品安全知晓率 ≥85% 90%"));

        Assert.Null(record.Project);
        Assert.Equal(
            ["食品抽检批次", "抽检完成率", "问题产品处置率", "投诉办结率", "抽检单价", "快检平均成本", "培训平均成本", "群众食品安全知晓率"],
            record.Indicators.Select(indicator => indicator.Name));
        var unfilled = record.Indicators.Single(indicator => indicator.Name == "问题产品处置率");
        Assert.Equal((null, null), (unfilled.TargetText, unfilled.ActualText));
        Assert.Equal("≥95%", record.Indicators.Single(indicator => indicator.Name == "投诉办结率").TargetText);
        Assert.Equal("社会效益指标", record.Indicators[^1].Level2);
    }

    [Theory]
    [InlineData("人大代表之家建设项目绩效目标自评表 |", "人大代表之家建设")]
    [InlineData("食品监管补助资金区域绩效目标自评表", "食品监管补助资金")]
    public void TableTitleNames_LoseTheFormsWordsAndBorders(string title, string project)
    {
        var record = Assert.Single(Extract(
            title,
            "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 40 40 38 10 95% 9.5",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
            "产出指标 数量指标 建成服务站个数 ≥8个 8个 20 20"));

        Assert.Equal(project, record.Project);
    }

    [Theory]
    [InlineData("谢家集区2024年度转移支付财政衔接推进乡村振兴补助资金绩效评价自评报告", "财政衔接推进乡村振兴补助资金")]
    [InlineData("2023年高龄补贴事后绩效评价报告", "高龄补贴")]
    public void ReportTitleNames_LoseTheKindOfMoneyAndWhenItWasEvaluated(string title, string project)
    {
        var record = Assert.Single(Extract(
            title,
            "一、项目基本情况",
            "2023年该项目预算40万元,实际支出38万元,预算执行率95%。"));

        Assert.Equal(project, record.Project);
    }

    [Fact]
    public void ReportTitleOpeningWithCityCountyAndOffice_NamesTheUnit()
    {
        var record = Assert.Single(Extract(
            "保山市施甸县林业和草原局天然林保护专项",
            "转移支付2022年度绩效自评报告",
            "一、项目资金情况",
            "2022年度上级安排天然林保护资金500万元,目前共支付资金450万元,资金执行率90%。"));

        Assert.Equal("保山市施甸县林业和草原局", record.Unit.Name);
        Assert.Equal("施甸县", record.Unit.County);
        Assert.Equal("天然林保护专项转移支付", record.Project);
        Assert.Equal((500m, 450m), (record.Budget.Adjusted!.Value, record.Budget.Executed!.Value));
    }

    [Fact]
    public void ThePagesPublisher_IsNotTheUnit()
    {
        var records = Extract(
            "2016年度区图书馆免费开放项目支出绩效自评报告",
            "来源:梅列区财政局   2017-11-23 10:15",
            "一、项目基本情况",
            "2016年该项目预算30万元,实际支出30万元,预算执行率100%。");

        Assert.DoesNotContain(records, record => record.Unit.Name is { } unit && unit.Contains("来源", StringComparison.Ordinal));
    }

    [Fact]
    public void LetterToTheBureauWithAFundsSelfEvaluationSection_IsAReport()
    {
        var record = Assert.Single(Extract(
            "南阳市财政局、南阳市农业农村局:",
            "为加强衔接资金绩效管理,按照有关办法要求,现将自评情况报告如下:",
            "一、绩效考评工作开展情况",
            "一是加强组织领导,落实工作责任。",
            "财政衔接推进乡村振兴补助资金绩效评价自评情况",
            "我们从资金保障、项目管理、使用成效等方面逐项对照自评,自评得分96.5分。",
            "(一)资金保障",
            "1. 市县履行支出责任情况",
            "2023年邓州市共投入各级财政衔接推进乡村振兴补助资金9120万元,其中:中央资金2100万元、省级资金1500万元。"));

        // the heading "1. 市县履行支出责任情况" is no clause of the amount after it: 支出 there does not make it spent
        Assert.Equal((9120m, (decimal?)null), (record.Budget.Adjusted!.Value, record.Budget.Executed));
        Assert.Equal(96.5m, record.TotalScoreReported);
        Assert.Equal("财政衔接推进乡村振兴补助资金", record.Project);
    }

    [Fact]
    public void ProjectPerformanceReport_IsAReportThoughItSaysNoSelfEvaluation()
    {
        var record = Assert.Single(Extract(
            "桑植县档案局2016年度项目绩效报告",
            "一、项目概况",
            "(一)项目单位基本情况:桑植县档案局为县人民政府直属事业单位。",
            "二、项目资金使用及管理情况",
            "(一)项目资金安排落实情况:2016年县财政安排档案管理项目资金25万元,实际支出25万元,预算执行率100%。"));

        Assert.Equal((2016, "桑植县档案局"), (record.Year, record.Unit.Name));
        Assert.Null(record.Project);
    }

    [Fact]
    public void FormGluedAfterItsTitleAndYear_IsReadWithItsCodedUnitLabel()
    {
        var record = Assert.Single(Extract(
            "项目支出绩效自评表.doc",
            "1、项目支出绩效自评表(2017年度)           项目名称社区道路照明维护经费主管部门及代码北京市朝阳区人民政府某某街道办事处实施单位:北京市朝阳区某某街道城市管理服务中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分"));

        Assert.Equal(
            ("社区道路照明维护经费", "北京市朝阳区人民政府某某街道办事处", "北京市朝阳区某某街道城市管理服务中心"),
            (record.Project, record.Unit.Name, record.ImplementingUnit));
        Assert.Equal(2017, record.Year);
    }

    [Fact]
    public void FinalAccountsXlsFlattenedToOneLine_ReadsALabelsAmountButNeverItsRowNumber()
    {
        var record = Assert.Single(Extract(
            "鲁甸县融媒体中心2021年度部门决算公开部门决算表.xls",
            "收入支出决算表 公开01表 部门:鲁甸县融媒体中心 金额单位:元 收入 项目 支出 行次 栏次 金额 一、一般公共预算财政拨款收入 1 6,120,400.00 "
                + "二、政府性基金预算财政拨款收入 2 本年收入合计 27 6,845,210.35 使用非财政拨款结余 28 年初结转和结余 29 年末结转和结余 59 总计 30 6,845,210.35"));

        Assert.Equal(RecordKinds.FinalAccounts, record.Kind);
        Assert.Equal(684.521035m, record.FinalAccounts!.IncomeTotal);
        // "年初结转和结余 29 年末结转和结余": the 行次 alone after a label is no amount
        Assert.Null(record.FinalAccounts.CarryoverBegin);
        Assert.Null(record.FinalAccounts.CarryoverEnd);
    }
}
