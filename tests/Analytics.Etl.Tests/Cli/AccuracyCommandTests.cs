using System.Text.Json;
using Analytics.Cli;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Cli;

/// <summary><c>accuracy &lt;reports&gt; &lt;truth&gt;</c>: the contract's scoring from the command line.</summary>
public sealed class AccuracyCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "accuracy-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, errors);
        return (exit, output + errors.ToString());
    }

    private static JsonElement Json(string output) => JsonDocument.Parse(output.Split('\n').First(line => line.StartsWith('{'))).RootElement;

    [Fact]
    public async Task Accuracy_IsOne_OnTheSeedsAgainstTheirGold()
    {
        var (exit, output) = await Run("accuracy", RepositoryPaths.Samples, RepositoryPaths.Gold, "--json", "--quiet");

        Assert.Equal(0, exit);
        var result = Json(output);
        Assert.Equal(41, result.GetProperty("matched_records").GetInt32());
        Assert.Equal(result.GetProperty("fields_total").GetInt32(), result.GetProperty("fields_correct").GetInt32());
    }

    [Fact]
    public async Task Accuracy_CountsEveryDifference_WhenTheTruthDiffers()
    {
        Directory.CreateDirectory(root);
        var gold = File.ReadAllText(Path.Combine(RepositoryPaths.Gold, "002_d5d65c7f22f61821.jsonl"));
        File.WriteAllText(Path.Combine(root, "002_d5d65c7f22f61821.jsonl"), gold.Replace("\"adjusted\": 176.77", "\"adjusted\": 1.5", StringComparison.Ordinal));

        var (_, output) = await Run("accuracy", Path.Combine(RepositoryPaths.Samples, "002_d5d65c7f22f61821.txt"), root, "--json");

        var result = Json(output);
        Assert.Equal(1, result.GetProperty("fields_total").GetInt32() - result.GetProperty("fields_correct").GetInt32());
        Assert.Contains("budget.adjusted: gold 1.5 got 176.77", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accuracy_IsAUsageError_WithoutTwoFolders()
    {
        var (exit, _) = await Run("accuracy", RepositoryPaths.Samples);

        Assert.Equal(2, exit);
    }
}
