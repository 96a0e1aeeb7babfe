using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public class StripTypesettingArtifactsTests
{
    private readonly StripTypesettingArtifacts step = new();

    [Fact]
    public void Normalize_KeepsOnlyTheValue_WhenCellIsLatexMath()
    {
        Assert.Equal("满意度指标\t≥95%\t98%", step.Normalize("满意度指标\t$\\geq 95\\%$\t98%"));
    }

    [Theory]
    [InlineData(@"$\leq 30$", "≤30")]
    [InlineData(@"$\geq 95\%$", "≥95%")]
    [InlineData(@"$95\%$", "95%")]
    [InlineData(@"$30$", "30")]
    [InlineData(@"$$\leq 176.77$$", "≤176.77")]
    [InlineData(@"$3 \times 4$", "3×4")]
    [InlineData(@"$\mathrm{m}^{2}$", "m^2")]
    [InlineData(@"$37^{\circ}\mathrm{C}$", "37°C")]
    [InlineData(@"$\text{万元}$", "万元")]
    [InlineData(@"$\frac{1}{2}$", "1/2")]
    public void Normalize_RemovesMarkup_WhenMathSpan(string input, string expected)
    {
        Assert.Equal(expected, step.Normalize(input));
    }

    [Theory]
    [InlineData(@"执行率 100\%", "执行率 100%")]
    [InlineData(@"成本 \leq 176.77 万元", "成本 ≤176.77 万元")]
    [InlineData(@"\textbf{产出指标}", "产出指标")]
    public void Normalize_ReplacesKnownCommand_WhenOutsideMath(string input, string expected)
    {
        Assert.Equal(expected, step.Normalize(input));
    }

    [Theory]
    [InlineData("单价 US$5, US$6")]
    [InlineData("费用 $5 和 $10 元")]
    [InlineData(@"路径 D:\报告\2022")]
    public void Normalize_LeavesLineAlone_WhenNotMathOrUnknownCommand(string line)
    {
        Assert.Equal(line, step.Normalize(line));
    }

    [Fact]
    public void Normalize_KeepsUnknownCommandVerbatim_WhenInsideMath()
    {
        Assert.Equal(@"\alpha", step.Normalize(@"$\alpha$"));
    }

    [Fact]
    public void Normalize_KeepsCells_WhenDollarsAreInDifferentCells()
    {
        const string line = "费用\t$5\t$10";

        Assert.Equal(line, step.Normalize(line));
    }
}
