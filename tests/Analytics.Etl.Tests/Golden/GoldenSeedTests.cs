using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;
using Analytics.Etl.Scoring;
using Xunit.Abstractions;
using PyDict = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace Analytics.Etl.Tests.Golden;

/// <summary>The bundled seed reports against their hand-checked gold, scored as the contract's reference scorer scores them.</summary>
public class GoldenSeedTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.99;

    public static TheoryData<string> GoldStems() => [.. GoldStemList()];

    private static List<string> GoldStemList() =>
        [.. Directory.GetFiles(RepositoryPaths.Gold, "*.jsonl").Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal)];

    [Fact]
    public void GoldFolder_HoldsAGoldFileForEverySeed_WhenListed()
    {
        var gold = GoldStemList();
        var seeds = Directory.GetFiles(RepositoryPaths.Samples).Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(gold);
        Assert.Equal(seeds, gold);
    }

    [Theory]
    [MemberData(nameof(GoldStems))]
    public void ExtractFile_MatchesGold_WhenSeedIsExtracted(string stem)
    {
        var seed = SeedPath(stem);
        var gold = RecordComparer.LoadJsonl(Path.Combine(RepositoryPaths.Gold, stem + ".jsonl"));
        var result = RecordComparer.Compare(gold, RecordComparer.FromRecords(Extractor.CreateDefault().ExtractFile(seed).Records));
        Report(result);

        var lineMismatches = new List<string>();
        if (Path.GetExtension(seed).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (goldRecord, gotRecord) in result.Matches)
            {
                var expected = (Line(goldRecord, "source.first_line"), Line(goldRecord, "source.last_line"));
                var actual = (Line(gotRecord, "source.first_line"), Line(gotRecord, "source.last_line"));
                if (expected != actual)
                {
                    lineMismatches.Add($"{Label(goldRecord)}: lines gold {expected.Item1}-{expected.Item2} got {actual.Item1}-{actual.Item2}");
                }
            }
        }

        lineMismatches.ForEach(output.WriteLine);
        Assert.True(result.GoldRecords > 0, $"{stem}: the gold file holds no record");
        Assert.True(result.MatchedRecords == result.GoldRecords, $"{stem}: {result.GoldRecords - result.MatchedRecords} gold record(s) not found");
        Assert.True(result.Accuracy >= RequiredAccuracy, $"{stem}: field accuracy {result.Accuracy:0.0000} is below {RequiredAccuracy}");
        Assert.True(lineMismatches.Count == 0, $"{stem}: {lineMismatches.Count} record(s) with other line ranges than gold");
    }

    [Fact]
    public void ExtractFile_MatchesWholeGoldFolder_WhenEverySeedIsExtracted()
    {
        var gold = RecordComparer.LoadGold(RepositoryPaths.Gold);
        var got = ExtractAllSeeds();

        var result = RecordComparer.Compare(gold, RecordComparer.FromRecords(got));
        Report(result);

        Assert.Equal(result.GoldRecords, result.MatchedRecords);
        Assert.Equal(0, result.ExtraRecords);
        Assert.True(result.Accuracy >= RequiredAccuracy, $"field accuracy {result.Accuracy:0.0000} is below {RequiredAccuracy}");
    }

    [Fact]
    public void Compare_AgreesWithPythonScorer_WhenGivenExtractorOutput()
    {
        using var folder = new TempFolder();
        var records = Path.Combine(folder.Path, "records.jsonl");
        File.WriteAllLines(records, ExtractAllSeeds().Select(RecordJson.ToJsonLine), new UTF8Encoding(false));

        AssertAgreesWithPython(RepositoryPaths.Gold, records);
    }

    [Fact]
    public void Compare_AgreesWithPythonScorer_WhenGivenDamagedGold()
    {
        using var folder = new TempFolder();
        var damaged = Damage(RecordComparer.LoadGold(RepositoryPaths.Gold));
        var records = Path.Combine(folder.Path, "damaged.jsonl");
        File.WriteAllLines(records, damaged.Select(RecordComparer.ToJson), new UTF8Encoding(false));

        var result = AssertAgreesWithPython(RepositoryPaths.Gold, records);

        // the damage is visible: some fields and records are wrong, and the harmless changes are not counted
        Assert.NotNull(result);
        Assert.InRange(result.MatchedRecords, 1, result.GoldRecords - 1);
        Assert.InRange(result.FieldsCorrect, 1, result.FieldsTotal - 1);
        Assert.Contains(result.Mismatches, line => line.StartsWith("MISSING record: ", StringComparison.Ordinal));
        Assert.Contains(result.Mismatches, line => line.StartsWith("EXTRA record: ", StringComparison.Ordinal));
        Assert.Contains(result.Mismatches, line => line.Contains(": MISSING indicator ", StringComparison.Ordinal));
        Assert.Contains(result.Mismatches, line => line.EndsWith(" extra indicator(s)", StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs compare_records.py on the same files, once with --json --quiet for the counts and once without --quiet
    /// for the mismatch lines, and asserts the port gives the same. Fails when python3 cannot start (it is part of Debian's
    /// base system and of the test machine): an agreement check that was not run must not pass.
    /// </summary>
    private ComparisonResult? AssertAgreesWithPython(string goldPath, string recordsPath)
    {
        var csharp = RecordComparer.Compare(RecordComparer.LoadGold(goldPath), RecordComparer.LoadJsonl(recordsPath));
        Report(csharp);

        var quiet = RunPython(goldPath, recordsPath, "--json", "--quiet");
        if (quiet is null)
        {
            return csharp;
        }

        var counts = JsonDocument.Parse(quiet[0]).RootElement;
        output.WriteLine($"python: {quiet[^1]}");
        Assert.Equal(counts.GetProperty("gold_records").GetInt32(), csharp.GoldRecords);
        Assert.Equal(counts.GetProperty("matched_records").GetInt32(), csharp.MatchedRecords);
        Assert.Equal(counts.GetProperty("extra_records").GetInt32(), csharp.ExtraRecords);
        Assert.Equal(counts.GetProperty("fields_correct").GetInt32(), csharp.FieldsCorrect);
        Assert.Equal(counts.GetProperty("fields_total").GetInt32(), csharp.FieldsTotal);
        Assert.Equal(counts.GetProperty("accuracy").GetDouble(), csharp.Accuracy, 12);
        Assert.Equal(quiet[^1], csharp.Summary);

        var verbose = RunPython(goldPath, recordsPath);
        Assert.NotNull(verbose);
        Assert.Equal(verbose[..^1], csharp.Mismatches);
        return csharp;
    }

    private List<string>? RunPython(string goldPath, string recordsPath, params string[] options)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "tools", "compare_records.py"));
        start.ArgumentList.Add(goldPath);
        start.ArgumentList.Add(recordsPath);
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"python3 could not be started ({error.Message}): the comparison with compare_records.py cannot run");
            return null;
        }

        if (process is null)
        {
            Assert.Fail("python3 could not be started: the comparison with compare_records.py cannot run");
            return null;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "compare_records.py did not finish within a minute");
            Assert.True(process.ExitCode == 0, $"compare_records.py exited with {process.ExitCode}: {stderr.Result}");
            return [.. stdout.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0)];
        }
    }

    /// <summary>
    /// A damaged copy of the gold: harmless changes (a number within the tolerance, spaces and full-width letters,
    /// ≧ for ≥, "" for null, a number as text) and harmful ones (numbers and texts changed, a value where gold has
    /// null, an indicator dropped, renamed or added, a record dropped, a record's project changed).
    /// </summary>
    private static List<PyDict> Damage(List<PyDict> gold)
    {
        var withIndicators = gold.Where(record => Indicators(record).Count >= 4).ToList();
        Assert.True(withIndicators.Count >= 3, "the gold has too few records with indicators to damage");

        var first = withIndicators[0];
        Nested(first, "budget")["adjusted"] = Number(RecordComparer.Get(first, "budget.adjusted")) is { } adjusted ? adjusted + 0.004 : 1.0;
        Nested(first, "execution")["rate_reported"] = (Number(RecordComparer.Get(first, "execution.rate_reported")) ?? 0) + 0.1;
        Nested(first, "unit")["county"] = RecordComparer.Get(first, "unit.county") ?? string.Empty;
        if (RecordComparer.Get(first, "unit.name") is string unitName && unitName.Length > 1)
        {
            Nested(first, "unit")["name"] = unitName[..1] + "  " + unitName[1..];
        }

        first["implementing_unit"] = "某某单位";
        first["year"] = RecordComparer.Get(first, "year") is BigInteger year ? (double)year : 2020.0;
        var indicators = (List<object?>)first["indicators"]!;
        indicators.RemoveAt(1);
        var renamed = (PyDict)indicators[0]!;
        renamed["name"] = renamed["name"] + "率";
        ((PyDict)indicators[1]!)["target_text"] = "ＡＢＣ 1０ 次";
        var last = (PyDict)indicators[^1]!;
        last["weight"] = Number(last["weight"]) is { } weight ? weight.ToString(CultureInfo.InvariantCulture) : "3";
        indicators.Add(new PyDict { ["level1"] = "产出指标", ["level2"] = "数量指标", ["name"] = "多出来的指标", ["weight"] = new BigInteger(5) });

        var second = withIndicators.First(record => record != first
            && Indicators(record).Any(indicator => indicator.GetValueOrDefault("target_text") is string target && target.Contains('≥', StringComparison.Ordinal))
            && Indicators(record).Count(indicator => Number(indicator.GetValueOrDefault("score_reported")) is not null) >= 2);
        foreach (var indicator in Indicators(second))
        {
            if (indicator.GetValueOrDefault("target_text") is string target)
            {
                indicator["target_text"] = target.Replace('≥', '≧').Replace('≤', '≦');
            }

            if (indicator.GetValueOrDefault("level1") is string level1 && level1.Length > 2)
            {
                indicator["level1"] = level1[..2] + "\u3000" + level1[2..];
            }
        }

        var scored = Indicators(second).Where(indicator => Number(indicator.GetValueOrDefault("score_reported")) is not null).ToList();
        scored[0]["score_reported"] = Number(scored[0]["score_reported"]) + 0.004;
        scored[1]["score_reported"] = Number(scored[1]["score_reported"]) + 1;

        var third = withIndicators.First(record => record != first && record != second && record.GetValueOrDefault("project") is string
            && RecordComparer.Stem(RecordComparer.Get(record, "source.file")) != RecordComparer.Stem(RecordComparer.Get(second, "source.file")));
        third["project"] = RecordComparer.Get(third, "project") + "（另一个）";
        Nested(third, "source")["file"] = "folder/" + RecordComparer.Get(third, "source.file");

        var damaged = gold.ToList();
        damaged.Remove(gold.Last(record => record != first && record != second && record != third));
        return damaged;
    }

    private static List<PyDict> Indicators(PyDict record) =>
        record.GetValueOrDefault("indicators") is List<object?> list ? [.. list.OfType<PyDict>()] : [];

    private static PyDict Nested(PyDict record, string name) =>
        record.GetValueOrDefault(name) as PyDict ?? throw new InvalidDataException($"gold record without '{name}'");

    private static double? Number(object? value) => value switch
    {
        BigInteger integer => (double)integer,
        double real => real,
        _ => null,
    };

    private static int? Line(PyDict record, string dotted) => RecordComparer.Get(record, dotted) is BigInteger line ? (int)line : null;

    private static string Label(PyDict record) =>
        $"{RecordComparer.Stem(RecordComparer.Get(record, "source.file"))} {record.GetValueOrDefault("kind")} {record.GetValueOrDefault("project")}".Trim();

    private static string SeedPath(string stem)
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Samples, stem + ".*");
        Assert.True(seeds.Length == 1, $"expected one seed named {stem}.* in {RepositoryPaths.Samples}, found {seeds.Length}");
        return seeds[0];
    }

    private static List<EvaluationRecord> ExtractAllSeeds()
    {
        var extractor = Extractor.CreateDefault();
        return [.. Directory.GetFiles(RepositoryPaths.Samples).Order(StringComparer.Ordinal).SelectMany(file => extractor.ExtractFile(file).Records)];
    }

    private void Report(ComparisonResult result)
    {
        output.WriteLine(result.Summary);
        foreach (var mismatch in result.Mismatches)
        {
            output.WriteLine(mismatch);
        }
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "golden-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
