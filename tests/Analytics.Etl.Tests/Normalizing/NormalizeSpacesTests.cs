using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public class NormalizeSpacesTests
{
    private readonly NormalizeSpaces step = new();

    [Fact]
    public void Normalize_UsesPlainSpace_WhenIdeographicSpace()
    {
        Assert.Equal("\t区医保局 53556726", step.Normalize("\t区医保局\u300053556726\u3000"));
    }

    [Fact]
    public void Normalize_UsesPlainSpace_WhenNoBreakSpace()
    {
        Assert.Equal("全年预算数 176.77", step.Normalize("全年预算数\u00A0176.77\u00A0"));
    }

    [Theory]
    [InlineData("\u2002")]
    [InlineData("\u2003")]
    [InlineData("\u2009")]
    [InlineData("\u202F")]
    public void Normalize_UsesPlainSpace_WhenOtherSpaceCharacter(string space)
    {
        Assert.Equal("执行率 100%", step.Normalize($"执行率{space}100%"));
    }

    [Fact]
    public void Normalize_RemovesZeroWidthCharacters_WhenInsideWord()
    {
        Assert.Equal("金寨县医疗保障局", step.Normalize("\uFEFF金\u200B寨县医疗保障局"));
    }

    [Fact]
    public void Normalize_TrimsTrailingSpacesButKeepsTabs_WhenLineEndsWithEmptyCells()
    {
        Assert.Equal("项目名称\t\t医疗保障专项经费\t\t", step.Normalize("项目名称\t\t医疗保障专项经费\t\t"));
        Assert.Equal("项目名称\t医疗保障专项经费", step.Normalize("项目名称\t医疗保障专项经费   "));
    }

    [Fact]
    public void Normalize_KeepsLeadingTabsAndInteriorRuns_WhenCellsAreSpaceSeparated()
    {
        Assert.Equal("\t 成志明   53556726", step.Normalize("\t 成志明   53556726 \u3000"));
    }

    [Fact]
    public void Normalize_ReturnsSameInstance_WhenNothingToChange()
    {
        const string line = "项目名称\t医疗保障专项经费";

        Assert.Same(line, step.Normalize(line));
    }
}
