using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Isolation;
using Analytics.Etl.Tests.Golden;
using Analytics.Generator.Fuzzing;

namespace Analytics.Etl.Tests.Isolation;

/// <summary>
/// Past findings of the fuzzer (tests/fixtures/fuzz): read in worker processes with the hosts' limit, each ends as
/// records or a reason, never a crash, a document past the limit or a parser exception.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "fuzz");

    public static TheoryData<string> Files() =>
        [.. Directory.EnumerateFiles(Folder)
            .Where(path => Path.GetExtension(path) != ".md")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Extract_EndsWithRecordsOrAReason_OnEveryPastFinding(string file)
    {
        AssertEndsWell(file, File.ReadAllBytes(Path.Combine(Folder, file)));
    }

    [Fact]
    public void Extract_EndsWell_OnASummaryTableWithARunawayRow()
    {
        // a 汇总表 whose row 3 lost its unit's last characters and gained 12,000 pasted lines before them: the unit cell
        // was looked for across all the row's pieces, joining them again at each one
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "formats", "pdf", "content_like_marks.txt"));
        var rowThree = Array.IndexOf(lines, "3");
        Assert.True(rowThree > 0, "the fixture's 汇总表 has a row 3");
        var text = string.Join('\n', lines.Take(rowThree + 1)
            .Append("兴宁区医疗")
            .Concat(Enumerable.Repeat("项目名称\t年初预算数\t100", 12_000))
            .Concat(lines.Skip(rowThree + 1).SkipWhile(line => !line.EndsWith('局'))));

        AssertEndsWell("runaway.txt", Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Extract_EndsWell_OnOneLineOfProseDenseWithAmounts()
    {
        // 4 MB of one sentence's clauses repeated on one line: every amount was paired with every other
        const string Clause = "项目年初批复预算260万元,调整预算为245.6万元,实际到位资金245.6万元,项目实际支出231.08万元,";
        var text = "星河县医疗保障局2023年度项目支出绩效自评报告\n" + string.Concat(Enumerable.Repeat(Clause, 4 * 1024 * 1024 / Encoding.UTF8.GetByteCount(Clause))) + "\n";

        AssertEndsWell("prose.txt", Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Extract_EndsWell_OnALineWithAParenthesisNeverClosed()
    {
        // every token after an open "（" was joined to it, counting the parentheses of the growing token each time
        var text = "项目名称\t城乡医疗救助\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n（"
            + string.Concat(Enumerable.Repeat(" 项目 100", 60_000)) + "\n";

        AssertEndsWell("parenthesis.txt", Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Extract_EndsWell_OnAnIndicatorTableOfThousandsOfOneWordLines()
    {
        // each line joined the whole run above it to test whether the run was a heading: the square of the run
        var text = "项目支出绩效自评表\n项目名称：城乡医疗救助\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            + string.Concat(Enumerable.Repeat("救助对象\n", 40_000));

        AssertEndsWell("run.txt", Encoding.UTF8.GetBytes(text));
    }

    private static void AssertEndsWell(string name, byte[] bytes)
    {
        using var isolated = new IsolatedExtractor(WorkerCommand.ForAssembly(Path.Combine(AppContext.BaseDirectory, "analytics.dll")), new ExtractorOptions { TimeLimit = Limit });

        var result = isolated.Extract(name, bytes);

        var outcome = FuzzRunner.Classify(result);
        Assert.True(outcome is FuzzOutcome.Records or FuzzOutcome.Quarantined, $"{name}: {outcome}: {result.QuarantineReason}");
    }
}
