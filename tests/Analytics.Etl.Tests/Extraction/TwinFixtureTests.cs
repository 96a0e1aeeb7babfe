using System.Globalization;
using Analytics.Etl.Extraction;
using Analytics.Etl.Scoring;
using Analytics.Etl.Tests.Golden;
using Xunit.Abstractions;
using PyDict = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>
/// Twins of real public excerpts (tests/fixtures/twins) and reports written independently (tests/fixtures/independent),
/// gold written by hand before the parser read them. The parser does not read all of them yet; what it must never do is
/// put a number where the gold has another one.
/// </summary>
public sealed class TwinFixtureTests(ITestOutputHelper output)
{
    private static readonly string[] NumberFields =
    [
        "budget.initial", "budget.adjusted", "budget.executed", "execution.rate_reported", "execution.weight",
        "execution.score_reported", "total_score_reported", "final_accounts.income_total", "final_accounts.expenditure_total",
        "final_accounts.basic_expenditure", "final_accounts.project_expenditure", "final_accounts.personnel_expenditure",
        "final_accounts.public_expenditure", "final_accounts.carryover_begin", "final_accounts.carryover_end", "final_accounts.three_public_total",
    ];

    [Fact]
    public void Extract_NeverReadsANumberTheGoldContradicts_AndKeepsItsFloors() =>
        Check("twins", minFiles: 62, minFound: 67, minNumbersRight: 400);

    /// <summary>Set J (tests/fixtures/independent): reports written by a reviewer who never read the parser.</summary>
    [Fact]
    public void Extract_OnIndependentlyWrittenReports_NeverReadsANumberTheGoldContradicts_AndKeepsItsFloors() =>
        Check("independent", minFiles: 24, minFound: 27, minNumbersRight: MinIndependentNumbers);

    private const int MinIndependentNumbers = 405;

    private void Check(string fixtureFolder, int minFiles, int minFound, int minNumbersRight)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", fixtureFolder);
        var extractor = Extractor.CreateDefault();
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= minFiles, $"{files.Count} {fixtureFolder} documents: fewer than were committed");

        var wrong = new List<string>();
        int goldRecords = 0, found = 0, goldNumbers = 0, numbersRight = 0;
        foreach (var file in files)
        {
            var gold = RecordComparer.LoadGold(Path.ChangeExtension(file, ".jsonl"));
            var got = RecordComparer.FromRecords(extractor.ExtractFile(file).Records);
            goldRecords += gold.Count;
            if (gold.Count == 0 && got.Count > 0)
            {
                // a twin of a negative (a list of files, a table of contents): no record is the right answer
                wrong.Add($"{Path.GetFileName(file)}: {got.Count} record(s) from a text that holds none");
            }

            foreach (var goldRecord in gold)
            {
                if (Counterpart(goldRecord, got) is not { } gotRecord)
                {
                    continue;
                }

                found++;
                foreach (var (field, goldValue, gotValue) in Numbers(goldRecord, gotRecord))
                {
                    goldNumbers += goldValue is null ? 0 : 1;
                    if (goldValue is not null && gotValue is not null)
                    {
                        if (RecordComparer.Same(goldValue, gotValue))
                        {
                            numbersRight++;
                        }
                        else
                        {
                            wrong.Add($"{Path.GetFileName(file)} {field}: gold {goldValue}, read {gotValue}");
                        }
                    }
                }
            }
        }

        var recall = goldNumbers == 0 ? 0 : (double)numbersRight / goldNumbers;
        output.WriteLine($"{fixtureFolder}: records {found}/{goldRecords}; numbers right {numbersRight}/{goldNumbers} (recall {recall.ToString("0.000", CultureInfo.InvariantCulture)}); wrong {wrong.Count}");
        wrong.ForEach(output.WriteLine);
        Assert.Empty(wrong);

        // floors, not targets: what was read when the last twins were committed (docs/accuracy.md); counts, not ratios,
        // so that a twin added with numbers not read yet does not pass for lost ground, and lost ground always fails
        Assert.True(found >= minFound, $"records found {found}/{goldRecords}");
        Assert.True(numbersRight >= minNumbersRight, $"numbers right {numbersRight}/{goldNumbers}");
    }

    /// <summary>The extracted record of the same kind whose project (or unit) is the gold's, or the only one of that kind.</summary>
    private static PyDict? Counterpart(PyDict gold, List<PyDict> got)
    {
        var sameKind = got.Where(record => Equals(record["kind"], gold["kind"])).ToList();
        var named = sameKind.Where(record => RecordComparer.Same(RecordComparer.Get(gold, "project"), RecordComparer.Get(record, "project"))).ToList();
        return named.Count == 1 ? named[0] : sameKind.Count == 1 ? sameKind[0] : null;
    }

    private static IEnumerable<(string Field, object? Gold, object? Got)> Numbers(PyDict gold, PyDict got)
    {
        foreach (var field in NumberFields)
        {
            yield return (field, RecordComparer.Get(gold, field), RecordComparer.Get(got, field));
        }

        var goldIndicators = (RecordComparer.Get(gold, "indicators") as List<object?> ?? []).OfType<PyDict>().ToList();
        var gotIndicators = (RecordComparer.Get(got, "indicators") as List<object?> ?? []).OfType<PyDict>().ToList();
        foreach (var (goldIndex, gotIndex) in RecordComparer.AlignIndicators(goldIndicators, gotIndicators))
        {
            foreach (var field in new[] { "weight", "score_reported" })
            {
                var gotValue = gotIndex is { } index ? RecordComparer.Get(gotIndicators[index], field) : null;
                yield return ($"{RecordComparer.Get(goldIndicators[goldIndex], "name")}.{field}", RecordComparer.Get(goldIndicators[goldIndex], field), gotValue);
            }
        }
    }
}
