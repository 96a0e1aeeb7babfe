using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Rules found on set K's first look (docs/accuracy.md), each on a text written here with invented names and numbers:
/// header halves on a line of their own, a report's section scores, a budget raised later in its sentence, a share of
/// the spending, a budget's top-up, a sharing page's repeated title, titles that name a kind of form or money.
/// </summary>
public sealed class SetKRulesTests
{
    private static IReadOnlyList<EvaluationRecord> Extract(params string[] lines) => TextReport.Records("set-k.txt", lines);

    [Theory]
    [InlineData('\t')]
    [InlineData(' ')]
    public void HeaderWhoseWrappedCellsEndOnTheNextLine_ReadsEachRowInItsColumns(char separator)
    {
        string Row(params string[] cells) => string.Join(separator, cells);
        var record = Assert.Single(Extract(
            "部门整体支出绩效自评表",
            "部门(单位)名称 青石县气象局",
            Row("年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "绩效", "实际", "评分标准", "指标分值", "自评得分", "未完成原因"),
            Row("目标值", "完成值"),
            Row("产出目标", "数量目标", "发布预报次数", "365次", "360次", "本指标满分8分,少发一次扣0.5分。", "8", "6", "停电"),
            Row("组织科普活动场数", "12场", "14场", "本指标满分8分,少一场扣1分。", "8", "8", "无")));

        Assert.Equal(
            ["产出目标|数量目标|发布预报次数|365次|360次|8|6", "产出目标|数量目标|组织科普活动场数|12场|14场|8|8"],
            record.Indicators.Select(row => $"{row.Level1}|{row.Level2}|{row.Name}|{row.TargetText}|{row.ActualText}|{row.Weight}|{row.ScoreReported}"));
    }

    [Fact]
    public void ScoresOfTheReportsSections_AreNotItsTotal()
    {
        var record = Assert.Single(Extract(
            "青石县2022年度农村公路养护补助资金绩效自评报告",
            "一、资金保障方面,指标评价得分18",
            "2022年度县本级预算安排配套资金为90万元,指标评价得分9分。",
            "二、项目管理方面,指标评价得分27"));

        Assert.Null(record.TotalScoreReported);
    }

    [Fact]
    public void TwoDifferentTotalsStated_AreNone()
    {
        var record = Assert.Single(Extract(
            "青石县2022年度农村公路养护补助资金绩效自评报告",
            "2022年预算安排资金640万元,实际支出620万元。",
            "经自评,综合得分为91分。",
            "附:上年度自评得分为85分。"));

        Assert.Null(record.TotalScoreReported);
    }

    [Fact]
    public void BudgetRaisedLaterInItsSentence_IsTheInitialOne_AndTheTopUpNoBudget()
    {
        var record = Assert.Single(Extract(
            "青石县2022年度农村公路养护补助资金绩效自评报告",
            "2022年度预算安排农村公路养护补助资金640万元,年中追加预算指标120万元,全年实际支出731.5万元。其中省级资金支出402.6万元,占支出总额的55.04%。",
            "综上,绩效评价综合得分为87分。"));

        Assert.Equal(new Budget(640m, null, 731.5m), record.Budget);
        Assert.Equal(87m, record.TotalScoreReported);
    }

    [Fact]
    public void AmountStatedAsAShareOfAnother_IsNoBudget()
    {
        var record = Assert.Single(Extract(
            "青石县统计局2018年部门整体支出绩效自评报告",
            "2018年本年支出1366.2万元。2018年一般公共预算财政拨款支出668.3万元,占本年支出的48.92%。"));

        Assert.Null(record.Budget.Adjusted);
    }

    [Fact]
    public void SharingPageThatRepeatsItsTitle_GivesOneRecord()
    {
        var record = Assert.Single(Extract(
            "青石县水利局2020年小型水库维修养护项目支出绩效自评报告.docx",
            "青石县水利局2020年小型水库维修养护项目支出绩效自评报告.docx_第1页",
            "青石县水利局2020年小型水库维修养护项目支出绩效自评报告.docx_第2页",
            "文档简介",
            "1、青石县水利局2020年小型水库维修养护项目支出绩效自评报告一、项目概况。2020年下达小型水库维修养护项目资金86万元,用于14座小型水库的日常维修养护。"));

        Assert.Equal(("青石县水利局", "小型水库维修养护项目", 86m), (record.Unit.Name, record.Project, record.Budget.Adjusted));
    }

    [Fact]
    public void TitleSplitAfterAPlaceAndAYear_IsOneTitle()
    {
        var record = Assert.Single(Extract(
            "青石县2024年度财政衔接推进",
            "",
            "乡村振兴补助资金绩效评价工作自评报告",
            "2024年度安排资金2110万元,实际支出2000万元。"));

        Assert.Equal("财政衔接推进乡村振兴补助资金", record.Project);
    }

    [Theory]
    [InlineData("发布机构: 青石县交通运输局 生成日期: 2025-04-07", "青石县交通运输局")]
    [InlineData("发布时间:2023-04-25 08:47信息来源:青石县文化和旅游局文字大小:[    ]", "青石县文化和旅游局")]
    [InlineData("索引号 | 01526035-8-/2020-0828018 | 发布机构 | 青石县林业和草原局 |", "青石县林业和草原局")]
    [InlineData("来源:青石县财政局 2023-11-23", null)]
    [InlineData("信息来源:市民政局 发布时间:2025-06-27", null)]
    public void ReportThatNamesNoUnit_TakesThePagesPublisher_ButNotAFinanceBureauOrAShortName(string head, string? unit)
    {
        var record = Assert.Single(Extract(
            head,
            "2023年度农村公路养护补助资金项目绩效自评报告",
            "2023年下达农村公路养护补助资金300万元,实际支出300万元,执行率100%。"));

        Assert.Equal(unit, record.Unit.Name);
    }

    [Fact]
    public void ReportThatNamesItsUnit_KeepsIt_OverThePublisher()
    {
        var record = Assert.Single(Extract(
            "发布机构: 青石县人民政府办公室",
            "2024年度青石县供销合作联社整体支出绩效自评报告",
            "2024年度部门预算支出210万元,执行率98%。"));

        Assert.Equal("青石县供销合作联社", record.Unit.Name);
    }

    [Theory]
    [InlineData("主管部门   青石县林业局", "青石县林业局")]
    [InlineData("主管部门:青石县林业局", "青石县林业局")]
    public void CoverFieldSetApartBySpaces_NamesTheUnit(string field, string unit)
    {
        var record = Assert.Single(Extract(
            "青石县财政支出项目绩效评价自评报告",
            "项目名称    森林防火专项",
            field,
            "一、项目基本概况",
            "2021年下达森林防火专项资金50万元,实际支出48万元。"));

        Assert.Equal(unit, record.Unit.Name);
    }

    [Fact]
    public void UntitledPageWithItsProjectInParenthesesAtItsHead_NamesThatProject()
    {
        var record = Assert.Single(Extract(
            "索引号 | 01526035-8-/2020-0828018 | 发布机构 | 青石县林业和草原局 |",
            "公开目录 | 财政预决算 | 发布日期 | 2020-08-28 14:46:25 |",
            "文号 | 浏览量 |",
            "(青石木材检查站租金项目)",
            "一、项目基本情况",
            "2019年财政安排专项经费20万元,实际支出20万元。",
            "二、绩效评价工作开展情况",
            "三、综合评价情况及评价结论",
            "经评价,自评得分95分。"));

        Assert.Equal("青石木材检查站租金项目", record.Project);
    }

    [Fact]
    public void ReportOnAllOfAUnitsTransfers_NamesTheFundOfItsFirstSection()
    {
        var record = Assert.Single(Extract(
            "青石县应急管理局2021年度中央对地方转移支付预算执行",
            "绩效自评报告",
            "一、中央自然灾害(森林草原航空消防补助)救灾资金",
            "(一)绩效目标分解下达情况",
            "2021年预算飞行经费共计980万元。实际执行飞行经费910万元,项目执行率92.86%。"));

        Assert.Equal("中央自然灾害(森林草原航空消防补助)救灾资金", record.Project);
    }

    [Theory]
    [InlineData("云南省应急管理厅2021年度中央对地方转移支付预算执行绩效自评报告", null)]
    [InlineData("吉林省电子商务进农村综合示范项目中央专项转移支付2021年度绩效自评报告", "电子商务进农村综合示范项目")]
    [InlineData("青石县2024年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告", "财政衔接推进乡村振兴补助资金")]
    public void TitleNamingAKindOfMoneyOrWork_NamesNoMoreThanItsFund(string title, string? project)
    {
        var record = Assert.Single(Extract(title, "2021年下达资金8500万元,实际支出8400万元。"));

        Assert.Equal(project, record.Project);
    }
}
