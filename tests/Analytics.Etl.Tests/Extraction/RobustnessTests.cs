using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;
using Analytics.Etl.Tests.Golden;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>Bad input never crashes a run: it gives a clear reason and no records, and other input is unaffected.</summary>
public sealed class RobustnessTests
{
    private static readonly Extractor Extractor = Extractor.CreateDefault();

    [Fact]
    public void Extract_QuarantinesWithReason_WhenBytesAreRandom()
    {
        var bytes = new byte[8192];
        new Random(20261123).NextBytes(bytes);

        var result = Extractor.Extract("noise.bin", bytes);

        Assert.False(result.IsReadable);
        Assert.Empty(result.Records);
        Assert.Contains("not a text document", result.QuarantineReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GivesUpWithReason_WhenADocumentTakesLongerThanTheLimit()
    {
        var seed = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "002_d5d65c7f22f61821.txt"));
        var impatient = new Extractor(Analytics.Etl.Units.CountyCatalog.Default, new ExtractorOptions { TimeLimit = TimeSpan.FromTicks(1) });

        var result = impatient.Extract("reports/002_d5d65c7f22f61821.txt", seed);

        Assert.Empty(result.Records);
        Assert.Equal("002_d5d65c7f22f61821.txt", result.FileName);
        Assert.Contains("longer than", result.QuarantineReason, StringComparison.Ordinal);
        // the same document within the default limit is read in full
        Assert.NotEmpty(Extractor.Extract("002_d5d65c7f22f61821.txt", seed).Records);
    }

    [Fact]
    public void ExtractFile_QuarantinesWithReason_WhenPdfIsEncrypted()
    {
        var result = Extractor.ExtractFile(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "formats", "pdf", "encrypted.pdf"));

        Assert.Empty(result.Records);
        Assert.StartsWith("encrypted PDF", result.QuarantineReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SaysEmpty_WhenFileIsEmpty()
    {
        var result = Extractor.Extract("empty.txt", []);

        Assert.Empty(result.Records);
        Assert.NotNull(result.QuarantineReason);
        Assert.Contains(result.Issues, issue => issue.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SaysNothingFound_WhenTextHoldsNoReport()
    {
        var result = Extractor.Extract("letter.txt", Encoding.UTF8.GetBytes("关于召开医保工作会议的通知\n各单位：\n定于下周召开会议。\n"));

        Assert.Empty(result.Records);
        Assert.Equal(IssueSeverity.Error, Assert.Single(result.Issues, issue => issue.Severity == IssueSeverity.Error).Severity);
        Assert.Contains("no self-evaluation", result.QuarantineReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DoesNotMakeASelfEvaluation_WhenDocumentHoldsOnlyTargets()
    {
        var text = "2023年度项目支出绩效目标表\n项目名称\t医保经办经费\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t经办窗口\t≥10个\n";

        var result = Extractor.Extract("targets.txt", Encoding.UTF8.GetBytes(text));

        Assert.Empty(result.Records);
        Assert.Contains(result.Issues, issue => issue.Message.Contains("targets only", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KeepsTheRest_WhenTableIsCutOffMidRow()
    {
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "002_d5d65c7f22f61821.txt"));
        var cut = seed[..seed.IndexOf("指标 2: 开展医保政策宣传", StringComparison.Ordinal)];

        var result = Extractor.Extract("cut.txt", Encoding.UTF8.GetBytes(cut));

        var record = Assert.Single(result.Records);
        Assert.Equal("医疗保障专项经费", record.Project);
        Assert.Equal(176.77m, record.Budget.Adjusted);
        Assert.Single(record.Indicators);
    }

    [Theory]
    [InlineData("GB18030", "\r\n")]
    [InlineData("GB18030", "\r")]
    [InlineData("utf-8-bom", "\r\n")]
    public void Extract_GivesTheSameRecords_WhenTextIsReEncoded(string encoding, string lineEnd)
    {
        var path = Path.Combine(RepositoryPaths.Layouts, "tab_rows_weight_before_target.txt");
        var utf8 = Extractor.ExtractFile(path);
        var text = File.ReadAllText(path).Replace("\n", lineEnd, StringComparison.Ordinal);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = encoding == "utf-8-bom"
            ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]
            : Encoding.GetEncoding(encoding).GetBytes(text);

        var result = Extractor.Extract("tab_rows_weight_before_target.txt", bytes);

        Assert.Equal(utf8.Records.Select(RecordJson.ToJsonLine), result.Records.Select(RecordJson.ToJsonLine));
    }

    [Fact]
    public void Extract_ReadsFullWidthDigitsAndKangxiRadicals_AsTheirPlainForms()
    {
        var path = Path.Combine(RepositoryPaths.Layouts, "tab_rows_weight_before_target.txt");
        var plain = Extractor.ExtractFile(path).Records.Single();
        var damaged = new StringBuilder(File.ReadAllText(path));
        for (var i = 0; i < damaged.Length; i++)
        {
            damaged[i] = damaged[i] switch
            {
                >= '0' and <= '9' => (char)('０' + (damaged[i] - '0')),
                '.' => '．',
                '金' => '⾦',
                _ => damaged[i],
            };
        }

        var record = Extractor.Extract("tab_rows_weight_before_target.txt", Encoding.UTF8.GetBytes(damaged.ToString())).Records.Single();

        Assert.Equal(plain.Budget, record.Budget);
        Assert.Equal(plain.Execution, record.Execution);
        Assert.Equal(plain.Indicators.Select(row => (row.Name, row.Weight, row.ScoreReported)), record.Indicators.Select(row => (row.Name, row.Weight, row.ScoreReported)));
    }
}
