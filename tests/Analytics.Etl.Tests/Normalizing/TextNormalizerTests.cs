using Analytics.Etl.Normalizing;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Tests.Normalizing;

public class TextNormalizerTests
{
    private const string Report =
        "\u2FA6寨县医疗保障局 2022 年度绩效自评项目清单\r\n"
        + "项目名称\t\t医疗保障专项经费\t\t\r\n"
        + "年度资金总额:\t１７６．７７\t186.816\u3000\r\n"
        + "\r\n"
        + "指标 1: 城乡居民参保人数\t≧355789 人\t355789 人\r\n"
        + "满意度指标\t$\\geq 95\\%$\t98%\r\n"
        + "本年收入合计 27\r\n"
        + "582.\r\n"
        + "\r\n"
        + "36\r\n"
        + "总分\t\t100\t100.37   \r\n";

    [Fact]
    public void Normalize_RunsAllSteps_WhenDefault()
    {
        var lines = TextNormalizer.Default.Normalize(LineSplitter.Split(Report));

        Assert.Equal(
            [
                "金寨县医疗保障局 2022 年度绩效自评项目清单",
                "项目名称\t\t医疗保障专项经费\t\t",
                "年度资金总额:\t176.77\t186.816",
                string.Empty,
                "指标 1: 城乡居民参保人数\t≥355789 人\t355789 人",
                "满意度指标\t≥95%\t98%",
                "本年收入合计 27",
                "582.36",
                string.Empty,
                string.Empty,
                "总分\t\t100\t100.37",
            ],
            lines.Select(l => l.Text));
    }

    [Fact]
    public void Normalize_KeepsLineNumbers_WhenLinesChangeOrAreConsumed()
    {
        var input = LineSplitter.Split(Report);

        var output = TextNormalizer.Default.Normalize(input);

        Assert.Equal(input.Select(l => l.Number), output.Select(l => l.Number));
    }

    [Fact]
    public void Normalize_ReturnsNoLines_WhenDocumentIsEmpty()
    {
        Assert.Empty(TextNormalizer.Default.Normalize([]));
    }

    [Fact]
    public void Normalize_Throws_WhenDocumentStepChangesLineCount()
    {
        var normalizer = new TextNormalizer([], [new DropFirstLine()]);

        Assert.Throws<InvalidOperationException>(() => normalizer.Normalize([new SourceLine(1, "a"), new SourceLine(2, "b")]));
    }

    [Fact]
    public void NormalizeLine_RunsLineSteps_WhenSingleLabel()
    {
        Assert.Equal("满意度(%) ≥95%", TextNormalizer.Default.NormalizeLine("满意度（％）\u3000$\\geq 95\\%$ "));
    }

    private sealed class DropFirstLine : IDocumentNormalizer
    {
        public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines) => [.. lines.Skip(1)];
    }
}
