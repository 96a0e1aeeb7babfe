using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Tests.Normalizing;

public class JoinBrokenNumbersTests
{
    private readonly JoinBrokenNumbers step = new();

    private static SourceLine[] Lines(params string[] texts) =>
        [.. texts.Select((text, index) => new SourceLine(index + 1, text))];

    [Fact]
    public void Normalize_JoinsAndKeepsLineCount_WhenNumberBrokenAcrossBlankLine()
    {
        var input = Lines("本年收入合计 27", "582.", string.Empty, "36", "本年支出合计 58 587.09");

        var output = step.Normalize(input);

        Assert.Equal(Lines("本年收入合计 27", "582.36", string.Empty, string.Empty, "本年支出合计 58 587.09"), output);
    }

    [Fact]
    public void Normalize_AppendsRestOfLine_WhenContinuationHasMoreText()
    {
        var output = step.Normalize(Lines("一、一般公共预算财政拨款收入 1 582.", "36 本年支出合计 58 587.09"));

        Assert.Equal(Lines("一、一般公共预算财政拨款收入 1 582.36 本年支出合计 58 587.09", string.Empty), output);
    }

    [Fact]
    public void Normalize_JoinsPercent_WhenRateIsBroken()
    {
        var output = step.Normalize(Lines("年度资金总额:\t176.77\t186.816\t10\t105.", "68%\t10.57"));

        Assert.Equal("年度资金总额:\t176.77\t186.816\t10\t105.68%\t10.57", output[0].Text);
    }

    [Fact]
    public void Normalize_JoinsTwice_WhenJoinedLineEndsWithBrokenNumberAgain()
    {
        var output = step.Normalize(Lines("收入 582.", "36 支出 587.", "09"));

        Assert.Equal(Lines("收入 582.36 支出 587.09", string.Empty, string.Empty), output);
    }

    [Fact]
    public void Normalize_DoesNotJoin_WhenBothLinesAreWholeNumbers()
    {
        var input = Lines("\t100", "\t10", "100", "10");

        Assert.Same(input, step.Normalize(input));
    }

    [Fact]
    public void Normalize_DoesNotJoin_WhenNextLineIsChinese()
    {
        var input = Lines("本年收入合计 582.", string.Empty, "本年支出合计 58 587.09");

        Assert.Same(input, step.Normalize(input));
    }

    [Theory]
    [InlineData("36.5")]
    [InlineData("36万元")]
    [InlineData("\t36")]
    public void Normalize_DoesNotJoin_WhenContinuationIsNotBareDigits(string next)
    {
        var input = Lines("合计 582.", next);

        Assert.Same(input, step.Normalize(input));
    }

    [Fact]
    public void Normalize_DoesNotJoin_WhenBareListNumberIsFollowedByParagraph()
    {
        var input = Lines("1.", "2020 年度曾都区镇办医疗保障服务中心经费预算数");

        Assert.Same(input, step.Normalize(input));
    }

    [Fact]
    public void Normalize_DoesNotJoin_WhenTooManyBlankLinesBetween()
    {
        var input = Lines("582.", string.Empty, string.Empty, string.Empty, "36");

        Assert.Same(input, step.Normalize(input));
    }

    [Fact]
    public void Normalize_DoesNotJoin_WhenTokenHasMoreThanDigitsBeforeDot()
    {
        var input = Lines("见附件 A1.", "36");

        Assert.Same(input, step.Normalize(input));
    }
}
