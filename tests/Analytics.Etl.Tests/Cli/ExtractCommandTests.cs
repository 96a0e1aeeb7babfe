using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Cli;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Cli;

/// <summary><c>extract &lt;file-or-folder&gt; [--out FILE]</c> run in process, on copies of the seeds and on files that are not reports.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    // ordinal order: the first seed, then the two bad files, then the second seed
    private const string FirstSeed = "001_3461477b7f8c209c.txt";
    private const string SecondSeed = "003_0219debdb505b51f.txt";
    private const string FinalAccountsSeed = "004_2ab87d748f3e6997.txt";
    private const string EmptyFile = "002_empty.txt";
    private const string RandomFile = "002_random.txt";

    private readonly string root = Path.Combine(Path.GetTempPath(), "extract-cli-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string MixedFolder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "mixed")).FullName;
        CopySeed(FirstSeed, folder);
        CopySeed(SecondSeed, folder);
        File.WriteAllBytes(Path.Combine(folder, EmptyFile), []);
        var bytes = new byte[4096];
        new Random(20240611).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(folder, RandomFile), bytes);
        return folder;
    }

    private string GoodFolder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "good")).FullName;
        CopySeed(SecondSeed, folder);
        CopySeed(FinalAccountsSeed, folder);
        return folder;
    }

    private static void CopySeed(string name, string folder) => File.Copy(Path.Combine(RepositoryPaths.Samples, name), Path.Combine(folder, name));

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0)];

    private static List<string> ExpectedLines(string folder, params string[] seeds)
    {
        var extractor = Extractor.CreateDefault();
        return [.. seeds.SelectMany(seed => extractor.ExtractFile(Path.Combine(folder, seed)).Records).Select(RecordJson.ToJsonLine)];
    }

    [Fact]
    public async Task RunAsync_Returns1AndReadsEveryFile_WhenFolderHoldsUnreadableFiles()
    {
        var folder = MixedFolder();

        var (exitCode, output, errors) = await RunAsync("extract", folder);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(ExpectedLines(folder, FirstSeed, SecondSeed), lines);
        var records = lines.Select(line => RecordJson.FromJsonLine(line)).ToList();
        Assert.All(records, record => Assert.Contains(record!.Source.File, new[] { FirstSeed, SecondSeed }));

        // the seed listed after the bad files was still read
        Assert.Contains(records, record => record!.Source.File == SecondSeed);
        Assert.Contains(records, record => record!.Source.File == FirstSeed);
    }

    [Theory]
    [InlineData(EmptyFile)]
    [InlineData(RandomFile)]
    public async Task RunAsync_NamesBadFileWithReason_WhenFileIsNotAReport(string badFile)
    {
        var (_, _, errors) = await RunAsync("extract", MixedFolder());

        // "<name>: <reason>" on some line of stderr
        var pattern = new Regex(Regex.Escape(badFile) + @":\s*\S.*");
        Assert.Contains(Lines(errors), line => pattern.IsMatch(line));
    }

    [Fact]
    public async Task RunAsync_WritesSameLinesToFileWithoutBom_WhenOutIsGiven()
    {
        var folder = MixedFolder();
        var outPath = Path.Combine(root, "records.jsonl");
        var (_, printed, _) = await RunAsync("extract", folder);

        var (exitCode, output, _) = await RunAsync("extract", folder, "--out", outPath);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        var bytes = File.ReadAllBytes(outPath);
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "the output file starts with a UTF-8 byte order mark");
        Assert.Equal(Lines(printed), Lines(new System.Text.UTF8Encoding(false, true).GetString(bytes)));
        Assert.NotEmpty(Lines(printed));
    }

    [Fact]
    public async Task RunAsync_CreatesTheOutFolder_WhenItDoesNotExistYet()
    {
        var outPath = Path.Combine(root, "not", "yet", "records.jsonl");

        var (exitCode, _, _) = await RunAsync("extract", Path.Combine(RepositoryPaths.Samples, "003_0219debdb505b51f.txt"), "--out", outPath);

        Assert.Equal(0, exitCode);
        Assert.NotEmpty(File.ReadAllLines(outPath));
    }

    [Fact]
    public async Task RunAsync_Returns0_WhenFolderHoldsOnlyGoodFiles()
    {
        var folder = GoodFolder();

        var (exitCode, output, _) = await RunAsync("extract", folder);

        Assert.Equal(0, exitCode);
        Assert.Equal(ExpectedLines(folder, SecondSeed, FinalAccountsSeed), Lines(output));
    }

    [Fact]
    public async Task RunAsync_Returns0_WhenGivenOneFile()
    {
        var folder = GoodFolder();

        var (exitCode, output, _) = await RunAsync("extract", Path.Combine(folder, SecondSeed));

        Assert.Equal(0, exitCode);
        Assert.Equal(ExpectedLines(folder, SecondSeed), Lines(output));
    }

    [Fact]
    public async Task RunAsync_Returns2WithMessage_WhenPathIsMissing()
    {
        var missing = Path.Combine(root, "no-such-folder");

        var (exitCode, output, errors) = await RunAsync("extract", missing);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(missing, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Returns2_WhenNoArguments()
    {
        var (exitCode, _, _) = await RunAsync();

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task RunAsync_Returns2WithMessage_WhenExtractHasNoPath()
    {
        var (exitCode, output, errors) = await RunAsync("extract");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, errors.Trim());
    }

    [Fact]
    public async Task RunAsync_WritesContractNamesWithNulls_WhenPrintingRecords()
    {
        var (_, output, _) = await RunAsync("extract", GoodFolder());

        var records = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            Assert.Equal(JsonValueKind.Number, record.GetProperty("source").GetProperty("first_line").ValueKind);
            Assert.Equal(JsonValueKind.Number, record.GetProperty("source").GetProperty("last_line").ValueKind);
            Assert.Equal(JsonValueKind.String, record.GetProperty("source").GetProperty("file").ValueKind);
            Assert.True(record.GetProperty("budget").TryGetProperty("adjusted", out _));
            Assert.True(record.GetProperty("execution").TryGetProperty("rate_reported", out _));
            Assert.True(record.TryGetProperty("total_score_reported", out _));
            Assert.True(record.TryGetProperty("implementing_unit", out _));
            Assert.True(record.GetProperty("unit").TryGetProperty("admin_code", out _));
            Assert.True(record.TryGetProperty("final_accounts", out var finalAccounts));
            Assert.Equal(record.GetProperty("kind").GetString() == RecordKinds.FinalAccounts, finalAccounts.ValueKind == JsonValueKind.Object);
            Assert.False(record.TryGetProperty("Source", out _));
            Assert.False(record.GetProperty("source").TryGetProperty("FirstLine", out _));
            foreach (var indicator in record.GetProperty("indicators").EnumerateArray())
            {
                Assert.True(indicator.TryGetProperty("score_reported", out _));
                Assert.True(indicator.TryGetProperty("target_text", out _));
            }
        }

        // nulls are written, not left out
        Assert.Contains(records, record => record.GetProperty("final_accounts").ValueKind == JsonValueKind.Null);
        Assert.Contains(records, record => record.GetProperty("project").ValueKind == JsonValueKind.Null);
        Assert.Contains(records, record => record.GetProperty("indicators").EnumerateArray().Any());
        var finalAccountsRecord = Assert.Single(records, record => record.GetProperty("kind").GetString() == RecordKinds.FinalAccounts);
        Assert.True(finalAccountsRecord.GetProperty("final_accounts").TryGetProperty("income_total", out _));
        Assert.True(finalAccountsRecord.GetProperty("final_accounts").TryGetProperty("three_public_total", out _));
    }
}
