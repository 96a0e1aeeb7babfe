using System.Text;
using Analytics.Etl.Records;

namespace Analytics.Generator.Tests;

public sealed class CorpusWriterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "analytics-generator-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_WritesReportsTruthAndReadme_WhenGivenAFolder()
    {
        var options = new CorpusOptions { Seed = 5, Counties = 7, Years = [2022], ProjectsPerCounty = 2, DefectRate = 0.5 };

        var summary = CorpusWriter.Write(options, folder);

        var reports = Directory.GetFiles(Path.Combine(folder, "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var truth = Directory.GetFiles(Path.Combine(folder, "truth")).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(summary.Documents, reports.Count);
        Assert.Equal(reports.Select(Path.GetFileNameWithoutExtension), truth);
        Assert.All(reports, name => Assert.EndsWith(".txt", name, StringComparison.Ordinal));

        var documents = CorpusGenerator.Generate(options).ToList();
        Assert.Equal(documents.Select(document => document.FileName).Order(StringComparer.Ordinal), reports);
        foreach (var document in documents)
        {
            Assert.Equal(document.Text, File.ReadAllText(Path.Combine(folder, "reports", document.FileName), Encoding.UTF8));
            var lines = File.ReadAllLines(Path.Combine(folder, "truth", Path.ChangeExtension(document.FileName, ".jsonl")));
            Assert.Equal(document.Truth.Select(RecordJson.ToJsonLine), lines);
        }

        Assert.Equal(documents.Sum(document => document.Truth.Count), summary.Records);
        Assert.Equal(summary.DefectiveRecords, summary.DefectsByKind.Values.Sum());
        Assert.InRange(summary.DefectiveRecords, 1, summary.Records - 1);

        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        Assert.Contains("SYNTHETIC", readme, StringComparison.Ordinal);
        Assert.Contains("seed: 5", readme, StringComparison.Ordinal);
        Assert.Contains("defect rate: 0.5", readme, StringComparison.Ordinal);
        Assert.Contains("projects per county and year: 2", readme, StringComparison.Ordinal);
    }
}
