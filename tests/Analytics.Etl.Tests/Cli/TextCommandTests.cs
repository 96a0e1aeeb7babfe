using Analytics.Cli;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Cli;

/// <summary><c>text &lt;file&gt; [--raw]</c>: the numbered lines a record's provenance cites.</summary>
public sealed class TextCommandTests
{
    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.RunAsync(["text", .. args], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task PrintsTheLinesThatRecordsCite_NumberedAsTheirProvenance()
    {
        var path = Path.Combine(RepositoryPaths.Samples, "001_3461477b7f8c209c.txt");
        var source = await File.ReadAllLinesAsync(path);

        var (code, output, _) = await RunAsync(path, "--raw");

        Assert.Equal(0, code);
        var printed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        Assert.Equal(source.Length, printed.Count);
        Assert.Equal($"{1,5}  {source[0]}", printed[0]);
        Assert.Equal($"{source.Length,5}  {source[^1]}", printed[^1]);
    }

    [Fact]
    public async Task ExitsWithUsage_WhenNoFileOrAMissingOneIsGiven()
    {
        Assert.Equal(2, (await RunAsync()).ExitCode);
        Assert.Contains("no such file", (await RunAsync("/nonexistent/report.pdf")).Errors, StringComparison.Ordinal);
    }
}
