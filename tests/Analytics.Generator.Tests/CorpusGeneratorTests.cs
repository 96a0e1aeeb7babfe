using System.Diagnostics;
using Analytics.Etl.Records;
using Analytics.Etl.Units;
using Analytics.Generator.Content;

namespace Analytics.Generator.Tests;

/// <summary>The generator's promises: deterministic, streaming, and what the options ask for.</summary>
public class CorpusGeneratorTests
{
    private static readonly CorpusOptions Small = new() { Counties = 14, Years = [2022, 2023], ProjectsPerCounty = 2, DefectRate = 0.3 };

    [Fact]
    public void Generate_ReturnsTheSameDocuments_WhenTheSeedIsTheSame()
    {
        var first = CorpusGenerator.Generate(Small).ToList();
        var second = CorpusGenerator.Generate(Small).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(document => document.FileName), second.Select(document => document.FileName));
        Assert.Equal(first.Select(document => document.Text), second.Select(document => document.Text));
        Assert.Equal(Json(first.SelectMany(document => document.Truth)), Json(second.SelectMany(document => document.Truth)));
    }

    [Fact]
    public void Generate_ReturnsOtherDocuments_WhenTheSeedDiffers()
    {
        var first = CorpusGenerator.Generate(Small).ToList();
        var other = CorpusGenerator.Generate(Small with { Seed = 2 }).ToList();

        var sameTexts = first.Zip(other).Count(pair => pair.First.Text == pair.Second.Text);
        Assert.Equal(0, sameTexts);
        Assert.NotEqual(Json(first.SelectMany(document => document.Truth)), Json(other.SelectMany(document => document.Truth)));
    }

    [Fact]
    public void GenerateRecords_YieldsGeneratesTruth_WhenOptionsAreTheSame()
    {
        var options = Small with { Counties = 21, DefectRate = 0.5 };

        var truth = Json(CorpusGenerator.Generate(options).SelectMany(document => document.Truth));
        var records = Json(CorpusGenerator.GenerateRecords(options));

        Assert.NotEmpty(records);
        Assert.Equal(truth, records);
    }

    [Fact]
    public void Generate_StreamsDocuments_WhenTheCorpusIsHuge()
    {
        var watch = Stopwatch.StartNew();

        var first = CorpusGenerator.Generate(new CorpusOptions { Counties = int.MaxValue, Years = [.. Enumerable.Range(2000, 100)] }).Take(3).ToList();

        Assert.Equal(3, first.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Generate_UsesOnlyTheProvincesCounties_WhenProvinceIsSet()
    {
        var catalog = CountyCatalog.Default.All.ToDictionary(county => county.AdminCode, StringComparer.Ordinal);
        var options = new CorpusOptions { Province = "宁夏回族自治区", Counties = 3, Years = [2022], ProjectsPerCounty = 1 };

        var records = CorpusGenerator.GenerateRecords(options).ToList();

        var codes = records.Select(record => record.Unit.AdminCode!).ToHashSet(StringComparer.Ordinal);
        Assert.All(codes, code => Assert.Equal("宁夏回族自治区", catalog[code].Province));
        var expected = Counties.All.Where(entry => entry.County.Province == "宁夏回族自治区").Select(entry => entry.County.AdminCode).ToHashSet(StringComparer.Ordinal);
        Assert.True(expected.Count > 3, "the whole province, not Counties of it");
        Assert.Equal(expected.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.All(records, record => Assert.Equal(catalog[record.Unit.AdminCode!].Name, record.Unit.County));
    }

    [Fact]
    public void Generate_SpreadsCountiesOverProvinces_WhenNoProvinceIsSet()
    {
        var records = CorpusGenerator.GenerateRecords(new CorpusOptions { Counties = 31, Years = [2022], ProjectsPerCounty = 0 }).ToList();

        var counties = records.Select(record => record.Unit.AdminCode!).Distinct().ToList();
        Assert.Equal(31, counties.Count);
        Assert.Equal(31, counties.Select(code => code[..2]).Distinct().Count());
    }

    [Fact]
    public void Generate_FilesEveryYear_WhenYearsAreGiven()
    {
        var records = CorpusGenerator.GenerateRecords(new CorpusOptions { Counties = 10, Years = [2019, 2024], ProjectsPerCounty = 1 }).ToList();

        Assert.Equal([2019, 2024], records.Select(record => record.Year!.Value).Distinct().Order());
        foreach (var county in records.GroupBy(record => record.Unit.AdminCode))
        {
            Assert.Equal([2019, 2024], county.Select(record => record.Year!.Value).Distinct().Order());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void Generate_FilesProjectsPerCountyAndOneDepartment_WhenProjectsPerCountyIsGiven(int projects)
    {
        var options = new CorpusOptions { Counties = 14, Years = [2022, 2023], ProjectsPerCounty = projects };

        var records = CorpusGenerator.GenerateRecords(options).ToList();

        foreach (var countyYear in records.GroupBy(record => (record.Unit.AdminCode, record.Year)))
        {
            Assert.Equal(1, countyYear.Count(record => record.Kind == RecordKinds.DepartmentSelfEval));
            Assert.Equal(projects, countyYear.Count(record => record.Kind is RecordKinds.ProjectSelfEval or RecordKinds.EvaluationSummaryRow));
        }

        Assert.Equal(14 * 2, records.Select(record => (record.Unit.AdminCode, record.Year)).Distinct().Count());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(0.35)]
    [InlineData(1.0)]
    public void Plan_PutsDefectsIntoAboutTheShareOfRecords_WhenDefectRateIsGiven(double rate)
    {
        var options = new CorpusOptions { Counties = 70, Years = [2021, 2022, 2023], ProjectsPerCounty = 3, DefectRate = rate };

        var defects = CorpusGenerator.Plan(options, collect: false).SelectMany(document => document.Defects).ToList();

        var share = defects.Count(defect => defect is not null) / (double)defects.Count;
        Assert.True(defects.Count > 500, $"{defects.Count} records");
        Assert.InRange(share, rate - 0.05, rate + 0.05);
    }

    [Fact]
    public void Generate_RotatesTheAskedFamilies_WhenLayoutsAreGiven()
    {
        var options = new CorpusOptions { Counties = 6, Years = [2022], Layouts = [CorpusGenerator.PipeRows, CorpusGenerator.Narrative] };

        var documents = CorpusGenerator.Plan(options).ToList();

        Assert.Equal([CorpusGenerator.Narrative, CorpusGenerator.PipeRows], documents.Select(document => document.Layout).Distinct().Order(StringComparer.Ordinal));
        Assert.All(documents.Where(document => document.Layout == CorpusGenerator.PipeRows), document => Assert.Contains("| ", document.Text, StringComparison.Ordinal));
        Assert.All(documents.Where(document => document.Layout == CorpusGenerator.Narrative), document => Assert.Contains("自评报告", document.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NamesFilesByCountyYearAndNumber_WhenGenerating()
    {
        var documents = CorpusGenerator.Generate(Small).ToList();

        Assert.All(documents, document => Assert.Matches(@"^\d{6}_20\d{2}_\d+\.txt$", document.FileName));
        Assert.Equal(documents.Count, documents.Select(document => document.FileName).Distinct().Count());
        Assert.All(documents, document => Assert.All(document.Truth, record => Assert.Equal(document.FileName, record.Source.File)));
        Assert.All(documents, document => Assert.StartsWith(document.Truth[0].Unit.AdminCode + "_", document.FileName, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Throws_WhenOptionsAreImpossible()
    {
        Assert.Throws<ArgumentException>(() => CorpusGenerator.Generate(new CorpusOptions { Layouts = ["spreadsheet"] }));
        Assert.Throws<ArgumentException>(() => CorpusGenerator.Generate(new CorpusOptions { Province = "亚特兰蒂斯省" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusGenerator.GenerateRecords(new CorpusOptions { DefectRate = 1.5 }));
    }

    [Fact]
    public void Generate_KeepsTheRulesOfTheContract_WhenWritingTruth()
    {
        var records = CorpusGenerator.GenerateRecords(Small with { DefectRate = 0 }).ToList();

        Assert.All(records, record =>
        {
            Assert.InRange(record.Source.FirstLine, 1, record.Source.LastLine);
            Assert.All(record.Indicators, indicator =>
            {
                Assert.DoesNotContain("分）", indicator.Level1 ?? string.Empty, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"^指标\s*\d", indicator.Name);
            });
        });

        // without defects, the weights that are printed add up with the execution weight to 100 and totals add up
        foreach (var record in records.Where(record => record.Indicators.Count > 0 && record.Indicators.All(indicator => indicator.Weight is not null) && record.Execution.Weight is not null))
        {
            Assert.Equal(100m, record.Execution.Weight!.Value + record.Indicators.Sum(indicator => indicator.Weight!.Value));
            Assert.Equal(record.TotalScoreReported, record.Execution.ScoreReported + record.Indicators.Sum(indicator => indicator.ScoreReported!.Value));
            Assert.All(record.Indicators, indicator => Assert.True(indicator.ScoreReported <= indicator.Weight));
        }
    }

    private static List<string> Json(IEnumerable<EvaluationRecord> records) => [.. records.Select(RecordJson.ToJsonLine)];
}
