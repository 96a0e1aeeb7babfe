using System.Text.Json;
using Analytics.Etl.Extraction;
using Analytics.Etl.Isolation;
using Analytics.Etl.Records;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Isolation;

/// <summary>
/// Documents read in worker processes (issue 12): the same records as in-process, and a crash or a hang costs one
/// document, with its reason, and stops for real. The worker is the CLI's own assembly, copied beside these tests.
/// </summary>
public sealed class IsolatedExtractorTests
{
    private static WorkerCommand CliWorker => WorkerCommand.ForAssembly(Path.Combine(AppContext.BaseDirectory, "analytics.dll"));

    [Fact]
    public void Extract_GivesTheSameRecordsAsInProcess_OnEverySeedAndFormatFixture()
    {
        var inProcess = Extractor.CreateDefault();
        using var isolated = new IsolatedExtractor(CliWorker);
        var files = Directory.EnumerateFiles(RepositoryPaths.Samples)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "formats"), "*", SearchOption.AllDirectories)
                .Where(path => Path.GetExtension(path) is ".pdf" or ".docx" or ".xlsx"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count >= 8, $"only {files.Count} documents to compare");

        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var expected = inProcess.Extract(Path.GetFileName(file), bytes);
            var actual = isolated.Extract(Path.GetFileName(file), bytes);

            Assert.Equal(Json(expected), Json(actual));
        }

        Assert.Equal(1, isolated.WorkersStarted);
        Assert.InRange(isolated.PeakWorkerBytes, 1, 2L * 1024 * 1024 * 1024);
    }

    [Fact]
    public void Extract_QuarantinesTheDocument_WhenItsWorkerCrashes()
    {
        var crashing = new WorkerCommand("/bin/sh", ["-c", "cat > /dev/null & echo 'Stack overflow.' >&2; exit 134"]);
        using var isolated = new IsolatedExtractor(crashing);

        var result = isolated.Extract("a/report.txt", "项目名称：某项目"u8.ToArray());

        Assert.Empty(result.Records);
        Assert.Equal("report.txt", result.FileName);
        Assert.Equal("the reader crashed on this document (exit code 134: Stack overflow.)", result.QuarantineReason);
    }

    [Fact]
    public void Extract_KillsTheWorkerAndGoesOn_WhenADocumentPassesTheTimeLimit()
    {
        // a worker that never answers: the limit must stop the process itself, not only stop waiting for it ("exec": one
        // process, so a kill that lands before sh has forked its child cannot leave the sleep behind)
        var marker = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hanging = new WorkerCommand("/bin/sh", ["-c", $"exec sleep {marker}"]);
        using var isolated = new IsolatedExtractor(hanging, new ExtractorOptions { TimeLimit = TimeSpan.FromSeconds(1) });

        var first = isolated.Extract("slow.txt", "x"u8.ToArray());
        var second = isolated.Extract("slow2.txt", "x"u8.ToArray());

        Assert.Equal("reading took longer than the 1 s limit for one document; the reader was stopped", first.QuarantineReason);
        Assert.Equal(first.QuarantineReason, second.QuarantineReason);
        Assert.Equal(2, isolated.WorkersStarted);
        Assert.Empty(ProcessesWhoseCommandLineHas($"sleep {marker}"));
    }

    [Fact]
    public void ReadLines_ReadsASourceInAWorker_AndSaysWhyWhenItCannot()
    {
        using var isolated = new IsolatedExtractor(CliWorker);
        var seed = Directory.EnumerateFiles(RepositoryPaths.Samples).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(seed);

        var read = isolated.ReadLines(Path.GetFileName(seed), bytes);
        var refused = isolated.ReadLines("nested.docx", Analytics.Generator.Fuzzing.HostileDocuments.NestedTablesDocx(10_000));

        Assert.Null(read.Problem);
        Assert.Equal(new Analytics.Etl.Reading.InProcessSourceText().ReadLines(seed, bytes).Lines, read.Lines);
        Assert.Empty(refused.Lines);
        Assert.StartsWith("word/document.xml: elements nested deeper than", refused.Problem, StringComparison.Ordinal);
        Assert.Equal(1, isolated.WorkersStarted);
    }

    [Fact]
    public void Extract_RefusesNestedTablesAndReadsTheNextDocument_InTheSameWorker()
    {
        using var isolated = new IsolatedExtractor(CliWorker);
        var nested = Analytics.Generator.Fuzzing.HostileDocuments.NestedTablesDocx(10_000);
        var seed = Directory.EnumerateFiles(RepositoryPaths.Samples).Order(StringComparer.Ordinal).First();

        var refused = isolated.Extract("nested.docx", nested);
        var read = isolated.Extract(Path.GetFileName(seed), File.ReadAllBytes(seed));

        Assert.StartsWith("word/document.xml: elements nested deeper than", refused.QuarantineReason, StringComparison.Ordinal);
        Assert.NotEmpty(read.Records);
        Assert.Equal(1, isolated.WorkersStarted);
    }

    [Fact]
    public void WorkerCommand_IsNull_WhenThisProcessIsATestHost()
    {
        Assert.Null(WorkerCommand.ForThisProgram());
    }

    private static string Json(ExtractionResult result) => JsonSerializer.Serialize(result, RecordJson.Options);

    private static List<string> ProcessesWhoseCommandLineHas(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Where(folder => int.TryParse(Path.GetFileName(folder), out _))
            .Select(folder =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                }
                catch (IOException)
                {
                    return string.Empty;
                }
                catch (UnauthorizedAccessException)
                {
                    return string.Empty;
                }
            })
            .Where(line => line.Contains(text, StringComparison.Ordinal) && !line.Contains("-c", StringComparison.Ordinal))];
}
