using System.Text;
using System.Text.RegularExpressions;
using Analytics.Etl.Units;
using Analytics.Generator.Metamorphic;

namespace Analytics.Etl.Tests.Metamorphic;

/// <summary>Each transformation changes the text where it applies and keeps what it promises (cells, numbers, words).</summary>
public sealed partial class TransformationTests
{
    private static readonly string[] TableLines =
    [
        "兰考县医疗保障局2021年度项目支出绩效自评表",
        "项目名称\t\t医疗救助补助资金\t\t",
        "主管部门\t\t兰考县医疗保障局\t实施单位\t兰考县医疗保障服务中心",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额：\t1,850.00\t2316.42\t2208.9\t10\t95.36%\t9.54",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "\t产出指标（50分）\t数量指标\t指标1：资助参保人数\t≥4.2万人\t4.37万人\t10\t10",
        "\t\t\t指标2：住院救助人次\t≥1.2万人次\t1.26万人次\t10\t10",
        "\t\t质量指标\t指标1：住院救助比例\t≥70%\t68.5%\t10\t9",
        "\t效益指标（30分）\t社会效益指标\t指标1：医疗费用负担\t有效减轻\t有效减轻\t15\t14",
        "\t\t可持续影响指标\t指标1：制度运行\t长期稳定\t长期稳定\t15\t15",
        "\t满意度指标（10分）\t服务对象满意度指标\t指标1：救助对象满意度\t≥90%\t95.2%\t10\t10",
        "总分\t\t\t\t\t\t100\t97.54",
    ];

    private static readonly string Report = string.Join('\n', TableLines) + "\n";

    private static readonly string Prose = "一、项目概况\n\n本项目用于保障经办业务的开展。\n";

    private static string Apply(ITextTransformation transformation, string text = "") =>
        transformation.Apply(text.Length == 0 ? Report : text, new Random(7));

    private static List<string> FilledCells(IEnumerable<string> lines) =>
        [.. lines.SelectMany(line => GridTables.Cells(line) ?? []).Where(cell => cell.Length > 0)];

    public static TheoryData<string> Names() => [.. Catalog.All.Select(transformation => transformation.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Apply_ReturnsTheSameText_WhenTheDocumentHasNothingItApplies(string name)
    {
        var transformation = Catalog.Named(name);
        if (name is "crlf-line-ends" or "line-edge-spaces" or "traditional-characters")
        {
            // these apply to any text with lines (or words)
            Assert.NotEqual(Prose, Apply(transformation, Prose));
            return;
        }

        Assert.Same(Prose, Apply(transformation, Prose));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Apply_IsDeterministic_ForOneSeed(string name)
    {
        var transformation = Catalog.Named(name);
        var text = name == "pipes-to-tabs" ? new TabsToPipes().Apply(Report, new Random(1)) : Report;

        Assert.Equal(transformation.Apply(text, new Random(3)), transformation.Apply(text, new Random(3)));
    }

    [Fact]
    public void TabsToPipes_AndBack_KeepsEveryCellInItsPlace()
    {
        var pipes = Apply(new TabsToPipes());
        var back = Apply(new PipesToTabs(), pipes);

        Assert.Contains("| 产出指标（50分） | 数量指标 |", pipes, StringComparison.Ordinal);
        Assert.DoesNotContain('\t', pipes);
        Assert.Equal(TableLines.Skip(1).Select(line => GridTables.Cells(line)), ReportText.Lines(back).Skip(1).Take(TableLines.Length - 1).Select(line => GridTables.Cells(line)));
    }

    [Theory]
    [InlineData("space-aligned-columns", "  ")]
    [InlineData("ideographic-space-columns", "\u3000\u3000")]
    public void AlignedColumns_KeepEveryFilledCell_SeparatedByARun(string name, string gap)
    {
        var lines = ReportText.Lines(Apply(Catalog.Named(name)));

        Assert.DoesNotContain(lines, line => line.Contains('\t', StringComparison.Ordinal));
        var cells = lines.Skip(1).SelectMany(line => Regex.Split(line.Trim(' ', '\u3000'), Regex.Escape(gap) + "[ \u3000]*")).Where(cell => cell.Length > 0);
        Assert.Equal(FilledCells(TableLines.Skip(1)), cells);
    }

    [Fact]
    public void OneCellPerLine_PutsEachFilledCellOnALine_AndRowsApartByABlankLine()
    {
        var lines = ReportText.Lines(Apply(new OneCellPerLine()));

        Assert.Equal(FilledCells(TableLines.Skip(1)), lines.Skip(1).Where(line => !ReportText.IsBlank(line)));
        // a blank line after the title, one between each two rows, and the report's last line
        Assert.Equal(TableLines.Length, lines.Skip(1).Count(ReportText.IsBlank));
    }

    [Fact]
    public void BlankLineCells_PutsMoreBlankLinesBetweenRowsThanBetweenCells()
    {
        var text = Apply(new BlankLineCells());

        Assert.Contains("数量指标\n\n指标1：资助参保人数", text, StringComparison.Ordinal);
        Assert.Matches(new Regex("10\n{3,4}指标2：住院救助人次"), text);
    }

    [Fact]
    public void CellRuns_LeaveATableAlone_WhenDroppingAnEmptyValueCellWouldShiftAValue()
    {
        var missingActual = Report.Replace("≥70%\t68.5%\t10\t9", "≥70%\t\t10\t9", StringComparison.Ordinal);

        Assert.Same(missingActual, Apply(new OneCellPerLine(), missingActual));
        Assert.Same(missingActual, Apply(new BlankLineCells(), missingActual));
    }

    [Fact]
    public void TableOnOneLine_WritesEveryRowOnOneLine_WithDoublePipesBetweenRows()
    {
        var lines = ReportText.Lines(Apply(new TableOnOneLine()));

        Assert.Equal(TableLines[0], lines[0]);
        Assert.Equal(TableLines.Length - 2, lines[1].Split("||").Length - 1);
        Assert.Equal(FilledCells(TableLines.Skip(1)), lines[1].Split('|').Select(cell => cell.Trim()).Where(cell => cell.Length > 0));
    }

    [Fact]
    public void TrailingEmptyPipeCells_AddOnlyEmptyCells_ToRowsAndTitle()
    {
        var lines = ReportText.Lines(Apply(new TrailingEmptyPipeCells()));

        Assert.StartsWith("| 兰考县医疗保障局2021年度项目支出绩效自评表 |", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Take(TableLines.Length), line => Assert.EndsWith("|", line, StringComparison.Ordinal));
        Assert.Equal([TableLines[0], .. FilledCells(TableLines)], FilledCells(lines));
        Assert.All(lines.Skip(1).Take(TableLines.Length - 1).Zip(TableLines.Skip(1)), pair => Assert.True(GridTables.Cells(pair.First)!.Count > GridTables.Cells(pair.Second)!.Count));
    }

    [Fact]
    public void BlankLinesBetweenRows_KeepsEveryRow()
    {
        var lines = ReportText.Lines(Apply(new BlankLinesBetweenRows()));

        Assert.Equal(TableLines.Where(line => line.Length > 0), lines.Where(line => line.Length > 0));
        Assert.Equal(TableLines.Length - 2, lines.Count(line => line.Length == 0) - 1);
    }

    [Theory]
    [InlineData("兰考县医疗保障局2021年度项目支出绩效自评表", "兰考县医疗保障局项目支出绩效自评表（2021年度）")]
    [InlineData("项目支出绩效自评表 (2022 年度)", "2022年度项目支出绩效自评表")]
    [InlineData("项目支出绩效自评表\n（2022年度）", "2022年度项目支出绩效自评表")]
    [InlineData("\t2020年区医保局项目资金绩效目标自评表  ", "\t区医保局项目资金绩效目标自评表（2020年）  ")]
    public void TitleYearMoved_MovesTheYear_AndKeepsTheRestOfTheTitle(string title, string expected)
    {
        Assert.Equal(expected, Apply(new TitleYearMoved(), title));
    }

    [Fact]
    public void TitleRemoved_DropsTheTitle_OnlyWhereTheYearIsStatedElsewhere()
    {
        var yearBelow = Report.Replace("兰考县医疗保障局2021年度项目支出绩效自评表\n", "兰考县医疗保障局2021年度项目支出绩效自评表\n（2021年度）\n", StringComparison.Ordinal);

        Assert.Same(Report, Apply(new TitleRemoved()));
        Assert.Equal(yearBelow[(yearBelow.IndexOf('\n', StringComparison.Ordinal) + 1)..], Apply(new TitleRemoved(), yearBelow));
    }

    [Fact]
    public void UnitAboveTitle_MovesTheHeadersUnitAboveTheTitle()
    {
        var lines = ReportText.Lines(Apply(new UnitAboveTitle()));

        Assert.Equal(["单位：万元", TableLines[0]], lines.Take(2));
        Assert.StartsWith("项目资金\t", lines[4], StringComparison.Ordinal);
        Assert.DoesNotContain("万元）", string.Concat(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void IdeographicPadding_OnlyAddsWhiteSpaceToCells()
    {
        var padded = Apply(new IdeographicPadding());

        Assert.Contains('\u3000', padded);
        Assert.Equal(FilledCells(TableLines), FilledCells(ReportText.Lines(padded)));
        Assert.Equal(TableLines.Select(line => line.Count(c => c == '\t')), ReportText.Lines(padded).Take(TableLines.Length).Select(line => line.Count(c => c == '\t')));
    }

    [Fact]
    public void FullWidthDigits_WritesEveryDigitFullWidth_AndNfkcGivesTheTextBack()
    {
        var wide = Apply(new FullWidthDigits());

        Assert.DoesNotContain(wide, char.IsAsciiDigit);
        Assert.Contains("９５．３６％", wide, StringComparison.Ordinal);
        Assert.Equal(Report.Normalize(NormalizationForm.FormKC), wide.Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void TraditionalCharacters_FoldBackToTheOriginal()
    {
        var traditional = Apply(new TraditionalCharacters());

        Assert.Contains("績效", traditional, StringComparison.Ordinal);
        Assert.Equal(Report, ChineseScript.ToSimplified(traditional));
    }

    [Fact]
    public void JisComparisonSigns_SwapBothWays()
    {
        var jis = Apply(new JisComparisonSigns());

        Assert.DoesNotContain('≥', jis);
        Assert.Contains("≧4.2万人", jis, StringComparison.Ordinal);
        Assert.Equal(Report, Apply(new JisComparisonSigns(), jis));
    }

    [Theory]
    [InlineData("page-break-in-table")]
    [InlineData("page-break-level1-continues")]
    public void PageBreak_InsertsFooterAndRepeatedHeader_BetweenIndicatorRows(string name)
    {
        var lines = ReportText.Lines(Apply(Catalog.Named(name)));
        var header = TableLines[5];

        Assert.Equal(2, lines.Count(line => line == header));
        Assert.Contains(lines, line => Footer().IsMatch(line));
        var secondHeader = lines.ToList().LastIndexOf(header);
        Assert.True(secondHeader > 6 && secondHeader < lines.Count - 2, "the break falls between two indicator rows");
        var withoutBreak = lines.Where(line => !ReportText.IsBlank(line) && !Footer().IsMatch(line)).ToList();
        withoutBreak.RemoveAt(withoutBreak.LastIndexOf(header));
        Assert.Equal(TableLines.Length, withoutBreak.Count);
    }

    [Fact]
    public void PageBreakInTable_BreaksBeforeANewLevel1Group()
    {
        var lines = ReportText.Lines(Apply(new PageBreakInTable())).ToList();

        var after = GridTables.Cells(lines[lines.LastIndexOf(TableLines[5]) + 1])!;
        Assert.EndsWith("分）", after[1], StringComparison.Ordinal);
    }

    [Fact]
    public void PageBreakInsideLevel1Group_LeavesTheLevel1CellOfTheNextRowEmpty()
    {
        var lines = ReportText.Lines(Apply(new PageBreakInsideLevel1Group())).ToList();

        var after = GridTables.Cells(lines[lines.LastIndexOf(TableLines[5]) + 1])!;
        Assert.Equal(string.Empty, after[1]);
        Assert.Contains(after.Skip(2), cell => cell.StartsWith("指标", StringComparison.Ordinal) || cell.EndsWith("指标", StringComparison.Ordinal));
    }

    [Fact]
    public void PageBreakInsideLevel1Group_EmptiesAPrintedLevel1_WhenEveryRowRepeatsIt()
    {
        var repeated = Report.Replace("\t\t\t指标2", "\t产出指标（50分）\t数量指标\t指标2", StringComparison.Ordinal)
            .Replace("\t\t质量指标", "\t产出指标（50分）\t质量指标", StringComparison.Ordinal)
            .Replace("\t\t可持续影响指标", "\t效益指标（30分）\t可持续影响指标", StringComparison.Ordinal);

        var lines = ReportText.Lines(Apply(new PageBreakInsideLevel1Group(), repeated)).ToList();

        Assert.Equal(string.Empty, GridTables.Cells(lines[lines.LastIndexOf(TableLines[5]) + 1])![1]);
    }

    [Fact]
    public void HeaderOverTwoLines_StacksEveryHeaderWord()
    {
        var lines = ReportText.Lines(Apply(new HeaderOverTwoLines()));
        var (top, bottom) = (GridTables.Cells(lines[5])!, GridTables.Cells(lines[6])!);

        Assert.Equal(GridTables.Cells(TableLines[5]), top.Zip(bottom, (a, b) => a + b));
        Assert.Equal(["绩效", "一级", "二级", "三级", "年度", "实际", "分值", "得分"], top);
        Assert.Equal(TableLines.Length + 1, lines.Count(line => line.Length > 0));
    }

    [Theory]
    [InlineData("年度指标值", "年度", "指标值")]
    [InlineData("执行率（B/A）", "执行率", "（B/A）")]
    [InlineData("得分", "得分", "")]
    public void HeaderOverTwoLines_SplitsBeforeTheEndingWord_NeverInsideBrackets(string cell, string top, string bottom)
    {
        Assert.Equal((top, bottom), HeaderOverTwoLines.Split(cell));
    }

    [Fact]
    public void AmountsInYuan_MultipliesOnlyTheMoneyCells_AndSaysYuan()
    {
        var lines = ReportText.Lines(Apply(new AmountsInYuan()));

        Assert.Equal("项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", lines[3]);
        Assert.Equal("\t年度资金总额：\t18,500,000.00\t23164200.00\t22089000.00\t10\t95.36%\t9.54", lines[4]);
        Assert.Equal(TableLines.Skip(5), lines.Skip(5).Take(TableLines.Length - 5));
    }

    [Fact]
    public void AmountsInYuan_AddsAUnitLine_WhenTheTableStatesNoUnit_AndSkipsTablesAlreadyInYuan()
    {
        var unstated = Report.Replace("项目资金（万元）", "项目资金", StringComparison.Ordinal);
        var inYuan = Report.Replace("项目资金（万元）", "项目资金（元）", StringComparison.Ordinal);

        Assert.Equal([TableLines[0], "单位：元"], ReportText.Lines(Apply(new AmountsInYuan(), unstated)).Take(2));
        Assert.Same(inYuan, Apply(new AmountsInYuan(), inYuan));
    }

    [Fact]
    public void AmountsWithWan_WritesTheUnitIntoEveryMoneyCell()
    {
        var cells = GridTables.Cells(ReportText.Lines(Apply(new AmountsWithWan()))[4])!;

        Assert.Matches("^1,850.00 ?万元$", cells[2]);
        Assert.Matches("^2208.9 ?万元$", cells[4]);
        Assert.Equal(["10", "95.36%", "9.54"], cells.Skip(5));
    }

    [Fact]
    public void GluedCells_RunsHeadingNameAndSignedTargetTogether_KeepingEveryCharacter()
    {
        var lines = ReportText.Lines(Apply(new GluedCells()));

        Assert.Equal("\t产出指标（50分）\t数量指标指标1：资助参保人数≥4.2万人\t4.37万人\t10\t10", lines[6]);
        Assert.Equal("\t\t\t指标2：住院救助人次≥1.2万人次\t1.26万人次\t10\t10", lines[7]);
        Assert.Equal(TableLines.Select(line => line.Replace("\t", string.Empty, StringComparison.Ordinal)), lines.Take(TableLines.Length).Select(line => line.Replace("\t", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void GluedCells_LeavesUnitAndDirectionCells_WhichNoReaderCouldTellFromTheTarget()
    {
        var glued = GluedCells.Glue(["产出指标", "数量指标", "接入机构数量", "家", "≥", "≥420家", "436家", "15", "15"]);

        Assert.Equal(["产出指标", "数量指标接入机构数量", "家", "≥", "≥420家", "436家", "15", "15"], glued);
    }

    [Fact]
    public void CrlfLineEnds_ToggleTheLineEnd_KeepingEveryLine()
    {
        var crlf = Apply(new CrlfLineEnds());

        Assert.Equal(Report.Count(c => c == '\n'), crlf.Split("\r\n").Length - 1);
        Assert.Equal(Report, Apply(new CrlfLineEnds(), crlf));
    }

    [Fact]
    public void LineEdgeSpaces_PadEveryNonBlankLine()
    {
        var lines = ReportText.Lines(Apply(new LineEdgeSpaces()));

        Assert.All(lines.Where(line => line.Length > 0), line => Assert.True(line.StartsWith(' ') && line.EndsWith(' ')));
        Assert.Equal(TableLines, lines.Take(TableLines.Length).Select(line => line.Trim(' ')));
    }

    [Fact]
    public void TableTransformations_LeaveAWrappedPipeRowTableAlone()
    {
        var wrapped = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n| 产出指标 | 数量指标 | 参保人数 | ≥9万人 | 9.2万人 | 20 | 20 |\n| 效益指标 | 社会效益指标 | 负担 | 减轻 | 减轻 | 20 | 18 | 仍较\n高 |\n| 满意度指标 | 满意度 | 满意度 | ≥90% | 92% | 20 | 20 |\n";

        Assert.Same(wrapped, Apply(new PipesToTabs(), wrapped));
        Assert.Same(wrapped, Apply(new OneCellPerLine(), wrapped));
    }

    [Fact]
    public void Combination_AppliesItsPartsInOrder()
    {
        var combination = new Combination([new FullWidthDigits(), new TabsToPipes()]);

        var text = combination.Apply(Report, new Random(1));

        Assert.Equal("full-width-digits+tabs-to-pipes", combination.Name);
        Assert.Contains("| ９５．３６％ | ９．５４ |", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(— \d+ —|- \d+ -|第 \d+ 页)$")]
    private static partial Regex Footer();
}
