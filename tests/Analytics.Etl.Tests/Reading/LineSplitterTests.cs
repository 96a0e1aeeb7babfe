using Analytics.Etl.Normalizing;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Tests.Reading;

public class LineSplitterTests
{
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Split_NumbersLinesLikeAnEditor_WhenOneKindOfLineEnd(string end)
    {
        var text = string.Join(end, "项目名称\t医疗保障专项经费", string.Empty, "主管部门\t054-金寨县医疗保障局") + end;

        var lines = LineSplitter.Split(text);

        Assert.Equal(
            [new SourceLine(1, "项目名称\t医疗保障专项经费"), new SourceLine(2, string.Empty), new SourceLine(3, "主管部门\t054-金寨县医疗保障局")],
            lines);
    }

    [Fact]
    public void Split_KeepsNumbers_WhenLineEndsAreMixed()
    {
        var lines = LineSplitter.Split("一、自评结论\r\n（一） 自评得分\n\r2020 年度自评分 100\r分。");

        Assert.Equal(["一、自评结论", "（一） 自评得分", string.Empty, "2020 年度自评分 100", "分。"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4, 5], lines.Select(l => l.Number));
    }

    [Fact]
    public void Split_AddsNoEmptyLine_WhenTextEndsWithNewline()
    {
        Assert.Single(LineSplitter.Split("总分\t100\r\n"));
    }

    [Fact]
    public void Split_KeepsTrailingEmptyLine_WhenTextEndsWithTwoNewlines()
    {
        var lines = LineSplitter.Split("总分\t100\n\n");

        Assert.Equal([new SourceLine(1, "总分\t100"), new SourceLine(2, string.Empty)], lines);
    }

    [Fact]
    public void Split_ReturnsNoLines_WhenTextIsEmpty()
    {
        Assert.Empty(LineSplitter.Split(string.Empty));
    }

    [Fact]
    public void Split_ReturnsOneEmptyLine_WhenTextIsOnlyANewline()
    {
        Assert.Equal([new SourceLine(1, string.Empty)], LineSplitter.Split("\r\n"));
    }
}
