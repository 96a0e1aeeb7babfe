using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Issue 12, finding 4: a change to a line that decided values (the 单位 line, a header cell) must not change a number
/// without a warning: the number becomes null with one, and the unit line is cited with the record.
/// </summary>
public sealed class DecidingLinesTests
{
    private static readonly Extractor Extractor = Extractor.CreateDefault();

    public static TheoryData<string> YuanFixtures() =>
    [
        "tests/fixtures/layouts/yuan_summary.txt",
        "tests/fixtures/layouts/yuan_final_accounts.txt",
        "tests/fixtures/layouts/yuan_self_eval_tabs.txt",
        "tests/fixtures/unseen/reports/rt06_yudu_summary_yuan.txt",
        "tests/fixtures/unseen/reports/rt13_longde_yuan.txt",
    ];

    [Theory]
    [MemberData(nameof(YuanFixtures))]
    public void BlankingTheYuanStatement_LeavesNoAmountChangedWithoutAWarning(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, fixture));
        var blanked = text.Replace("单位：元", string.Empty, StringComparison.Ordinal).Replace("金额单位为元", string.Empty, StringComparison.Ordinal)
            .Replace("（元）", string.Empty, StringComparison.Ordinal).Replace("(元)", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(text, blanked);

        AssertNoSilentChange(Extract(text), Extract(blanked));
    }

    [Theory]
    [InlineData("年初预算数")]
    [InlineData("全年预算数")]
    [InlineData("全年执行数")]
    [InlineData("执行率")]
    [InlineData("分值")]
    public void BlankingABudgetHeaderCell_LeavesNoValueChangedWithoutAWarning(string header)
    {
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "002_d5d65c7f22f61821.txt"));
        var blanked = string.Join('\n', seed.Split('\n').Select(line => line.StartsWith("项目资金", StringComparison.Ordinal) ? ReplaceFirst(line, header) : line));

        AssertNoSilentChange(Extract(seed), Extract(blanked));
    }

    [Fact]
    public void EverySummaryRow_CitesTheUnitLineAboveItsTable()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests/fixtures/unseen/reports/rt06_yudu_summary_yuan.txt");
        var unitLine = File.ReadAllLines(path).ToList().FindIndex(line => line.Contains("单位：元", StringComparison.Ordinal)) + 1;

        var records = Extractor.ExtractFile(path).Records;

        Assert.NotEmpty(records);
        Assert.All(records, record => Assert.Equal([unitLine], record.Source.DecidedBy));
        Assert.Contains("\"decided_by\":[" + unitLine + "]", RecordJson.ToJsonLine(records[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void FinalAccounts_CiteTheRowsAndSentenceOfOtherTablesTheyTookValuesFrom()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests/fixtures/layouts/final_accounts_simple.txt");
        var lines = File.ReadAllLines(path).ToList();
        int LineOf(string text) => lines.FindIndex(line => line.Contains(text, StringComparison.Ordinal)) + 1;

        var record = Assert.Single(Extractor.ExtractFile(path).Records, record => record.Kind == RecordKinds.FinalAccounts);

        Assert.NotNull(record.FinalAccounts?.BasicExpenditure);
        Assert.NotNull(record.FinalAccounts?.PersonnelExpenditure);
        Assert.NotNull(record.FinalAccounts?.ThreePublicTotal);
        Assert.Equal(
            [LineOf("合计 349.80 301.30"), LineOf("人员经费合计"), LineOf("“三公”经费")],
            record.Source.DecidedBy);
    }

    private static IReadOnlyList<EvaluationRecord> Extract(string text) => Extractor.Extract("report.txt", Encoding.UTF8.GetBytes(text)).Records;

    private static string ReplaceFirst(string line, string word)
    {
        var at = line.IndexOf(word, StringComparison.Ordinal);
        return at < 0 ? line : line.Remove(at, word.Length);
    }

    /// <summary>Records paired in order: every money or execution value either equal, or null in the mutant with a new warning.</summary>
    private static void AssertNoSilentChange(IReadOnlyList<EvaluationRecord> original, IReadOnlyList<EvaluationRecord> mutant)
    {
        foreach (var (before, after) in original.Zip(mutant))
        {
            var changed = Values(before).Zip(Values(after)).Where(pair => pair.First.Value != pair.Second.Value).ToList();
            foreach (var (was, now) in changed)
            {
                Assert.True(now.Value is null, $"{before.Project}: {was.Field} {was.Value} became {now.Value}, not null");
                Assert.True(after.Warnings.Count > before.Warnings.Count, $"{before.Project}: {was.Field} became null without a warning");
            }
        }
    }

    private static IEnumerable<(string Field, decimal? Value)> Values(EvaluationRecord record)
    {
        yield return ("budget.initial", record.Budget.Initial);
        yield return ("budget.adjusted", record.Budget.Adjusted);
        yield return ("budget.executed", record.Budget.Executed);
        yield return ("execution.rate_reported", record.Execution.RateReported);
        yield return ("execution.weight", record.Execution.Weight);
        yield return ("execution.score_reported", record.Execution.ScoreReported);
        var accounts = record.FinalAccounts;
        yield return ("final_accounts.income_total", accounts?.IncomeTotal);
        yield return ("final_accounts.expenditure_total", accounts?.ExpenditureTotal);
        yield return ("final_accounts.basic_expenditure", accounts?.BasicExpenditure);
        yield return ("final_accounts.project_expenditure", accounts?.ProjectExpenditure);
        yield return ("final_accounts.carryover_begin", accounts?.CarryoverBegin);
        yield return ("final_accounts.carryover_end", accounts?.CarryoverEnd);
    }
}
