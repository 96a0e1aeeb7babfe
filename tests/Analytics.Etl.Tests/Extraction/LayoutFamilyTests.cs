using Analytics.Etl.Extraction;
using Analytics.Etl.Records;
using Analytics.Etl.Scoring;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Each layout family on a hand-made report that is not a seed (tests/fixtures/layouts): the parser must read the
/// family, not the five seed files.
/// </summary>
public sealed class LayoutFamilyTests
{
    private static readonly Extractor Extractor = Extractor.CreateDefault();

    private static EvaluationRecord Single(string fixture)
    {
        var result = Extractor.ExtractFile(Path.Combine(RepositoryPaths.Layouts, fixture));
        Assert.True(result.IsReadable, string.Join("; ", result.Issues));
        return Assert.Single(result.Records);
    }

    [Fact]
    public void TabRows_ReadWeightBeforeTarget_WhenHeaderPutsWeightFirst()
    {
        var record = Single("tab_rows_weight_before_target.txt");

        Assert.Equal(new Budget(2850m, 3012.5m, 2979.88m), record.Budget);
        Assert.Equal(new Execution(0.9892m, 10m, 9.89m), record.Execution);
        Assert.Equal("太湖县医疗保险服务中心", record.ImplementingUnit);
        Assert.Equal("太湖县医疗保障局", record.Unit.Name);
        Assert.Equal("340825", record.Unit.AdminCode);
        Assert.Equal(7, record.Indicators.Count);
        var first = record.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "城乡居民参保人数"), (first.Level1, first.Level2, first.Name));
        Assert.Equal(("≥52万人", "51.3万人", 15m, 14.8m), (first.TargetText, first.ActualText, first.Weight, first.ScoreReported));
        Assert.Equal("外出务工人员参保减少", first.Note);
        Assert.Equal(98.69m, record.TotalScoreReported);
    }

    [Fact]
    public void OneCellPerLine_ReadsRows_WhenBlankLinesSeparateThem()
    {
        var record = Single("one_cell_per_line.txt");

        Assert.Equal(new Budget(null, 386m, 372.4m), record.Budget);
        Assert.Equal(new Execution(0.9648m, 10m, 9.65m), record.Execution);
        Assert.Equal(["重特大疾病医疗救助人次占直接救助人次比例", "医疗救助对象覆盖范围", "救助资金支付及时率", "困难群众满意度"], record.Indicators.Select(row => row.Name));
        Assert.Equal(("≥28%", "31%"), (record.Indicators[0].TargetText, record.Indicators[0].ActualText));
        Assert.Equal(18m, record.Indicators[1].ScoreReported);
        Assert.Equal(97.65m, record.TotalScoreReported);
    }

    [Fact]
    public void FlatRows_JoinWrappedCells_AndLeaveMergedGroupScoresNull()
    {
        var record = Single("flat_wrapped_cells.txt");

        Assert.Equal(new Execution(0.9512m, 20m, 19m), record.Execution);
        var names = record.Indicators.Select(row => row.Name).ToList();
        Assert.Equal("资助参加基本医疗保险困难群众人数", names[0]);
        Assert.Contains("困难群众医疗费用负担减轻程度", names);
        Assert.Equal(6, names.Count);

        // "20" printed once for the two 数量指标 rows: a merged cell, so neither row claims it
        Assert.Null(record.Indicators[0].ScoreReported);
        Assert.Null(record.Indicators[1].ScoreReported);
        Assert.Equal(10m, record.Indicators[2].ScoreReported);
        Assert.Equal("社会效益", record.Indicators[4].Level2);
        Assert.Equal(99m, record.TotalScoreReported);
        Assert.Contains(record.Warnings, warning => warning.Contains("merged group", StringComparison.Ordinal));
    }

    [Fact]
    public void PipeRows_ReadLikeTabRows_AndSkipTheRuleLine()
    {
        var record = Single("pipe_rows.txt");

        Assert.Equal(RecordKinds.DepartmentSelfEval, record.Kind);
        Assert.Equal(new Budget(512.3m, 530.8m, 521.6m), record.Budget);
        Assert.Equal(0.9827m, record.Execution.RateReported);
        Assert.Equal(4, record.Indicators.Count);
        Assert.Equal(("产出指标", "时效指标", "≤20天"), (record.Indicators[1].Level1, record.Indicators[1].Level2, record.Indicators[1].TargetText));
        Assert.Equal(96.5m, record.TotalScoreReported);
    }

    [Fact]
    public void PageBreak_DropsRunningFooterAndRepeatedHeader()
    {
        var record = Single("page_break_repeated_header.txt");

        Assert.Equal(["经办窗口数量", "经办差错率", "群众办事便利度", "办事群众满意度"], record.Indicators.Select(row => row.Name));
        Assert.Equal(16, record.Source.LastLine);
        Assert.Equal(2022, record.Year);
    }

    [Fact]
    public void NarrativeOnly_ReadsMoneyAndScoreFromSentences()
    {
        var record = Single("narrative_only.txt");

        Assert.Equal(RecordKinds.ProjectSelfEval, record.Kind);
        Assert.Equal("医疗保障经办服务经费", record.Project);
        Assert.Equal(new Budget(null, 85.6m, 80.2m), record.Budget);
        Assert.Equal(0.9369m, record.Execution.RateReported);
        Assert.Equal(92m, record.TotalScoreReported);
        Assert.Equal("郧西县医疗保障局", record.Unit.Name);
        Assert.Equal("420322", record.Unit.AdminCode);
        Assert.Empty(record.Indicators);
    }

    [Fact]
    public void SummaryTable_GivesOneRecordPerNumberedRow_AndSkipsTheTotalRow()
    {
        var result = Extractor.ExtractFile(Path.Combine(RepositoryPaths.Layouts, "summary_rows_tabs.txt"));

        Assert.Equal(3, result.Records.Count);
        Assert.All(result.Records, record => Assert.Equal(RecordKinds.EvaluationSummaryRow, record.Kind));
        Assert.Equal(["城乡居民医保参保补助", "医疗救助资金2022年第二批", "经办服务经费"], result.Records.Select(record => record.Project!.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(new Budget(null, 300.5m, 250.8m), result.Records[1].Budget);
        Assert.Equal("镇安县医疗保障经办中心", result.Records[2].Unit.Name);
        Assert.Equal(86m, result.Records[1].TotalScoreReported);
    }

    [Fact]
    public void FinalAccounts_ReadTotalsFromEveryTableOfTheDocument()
    {
        var record = Single("final_accounts_simple.txt");

        Assert.Equal(RecordKinds.FinalAccounts, record.Kind);
        Assert.Equal("竹溪县医疗保障局", record.Unit.Name);
        var accounts = Assert.IsType<FinalAccounts>(record.FinalAccounts);
        Assert.Equal((356.2m, 349.8m), (accounts.IncomeTotal!.Value, accounts.ExpenditureTotal!.Value));
        Assert.Equal((301.3m, 48.5m), (accounts.BasicExpenditure!.Value, accounts.ProjectExpenditure!.Value));
        Assert.Equal((268.1m, 33.2m), (accounts.PersonnelExpenditure!.Value, accounts.PublicExpenditure!.Value));
        Assert.Equal((12.4m, 18.8m, 2.35m), (accounts.CarryoverBegin!.Value, accounts.CarryoverEnd!.Value, accounts.ThreePublicTotal!.Value));
        Assert.Equal((3, 10), (record.Source.FirstLine, record.Source.LastLine));
    }

    [Fact]
    public void TruncatedTable_GivesWarnings_NotAGuessOrAnException()
    {
        var record = Single("truncated_table.txt");

        Assert.Equal("医保信息系统运维费", record.Project);
        Assert.Equal(new Budget(null, null, null), record.Budget);
        Assert.Empty(record.Indicators);
        Assert.Contains(record.Warnings, warning => warning.Contains("no row of amounts", StringComparison.Ordinal));
        Assert.Contains(record.Warnings, warning => warning.Contains("no indicator header", StringComparison.Ordinal));
    }

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Layouts, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extract_MatchesExpectedRecords_ForEveryLayoutFixture(string fixture)
    {
        var expected = RecordComparer.LoadGold(Path.Combine(RepositoryPaths.Layouts, "expected", Path.ChangeExtension(fixture, ".jsonl")));
        var result = Extractor.ExtractFile(Path.Combine(RepositoryPaths.Layouts, fixture));

        var comparison = RecordComparer.Compare(expected, RecordComparer.FromRecords(result.Records));

        // every expected field, no extra record and no extra indicator row (a stray or wrapped line read as a row)
        Assert.True(
            comparison.FieldsCorrect == comparison.FieldsTotal && comparison.ExtraRecords == 0
                && !comparison.Mismatches.Any(mismatch => mismatch.Contains("extra indicator", StringComparison.Ordinal)),
            string.Join("\n", comparison.Mismatches.Append(comparison.Summary)));
    }
}
