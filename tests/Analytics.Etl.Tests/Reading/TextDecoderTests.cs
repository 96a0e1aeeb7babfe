using System.Text;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Tests.Reading;

public class TextDecoderTests
{
    private const string Report =
        "金寨县医疗保障局 2022 年度绩效自评项目清单\n"
        + "项目名称\t医疗保障专项经费\n"
        + "年度资金总额:\t176.77\t186.816\t10\t105.68%\t10.57\n"
        + "指标 1: 城乡居民参保人数\t≧355789 人\t355789 人\n"
        + "满意度指标\t服务对象满意度指标\t≥95%\t98%\t10\t10\n";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_ReturnsSameTextAsGb18030_WhenBytesAreGb18030()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Report);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal(Report, decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Decode_ReturnsGb18030_WhenShortGb18030Line()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("项目名称\t医疗保障专项经费");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal("项目名称\t医疗保障专项经费", decoded.Text);
    }

    [Fact]
    public void Decode_ReturnsGb18030_WhenMostlyAsciiDigitsWithFewChineseLabels()
    {
        var text = "序号\t得分\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => $"{i}\t{i % 100}.5\n"));
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(text);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Decode_GuessesUtf16Le_WhenNoBomAndOnlyChinese()
    {
        const string text = "金寨县医疗保障局绩效自评项目清单，医疗保障专项经费，城乡医疗救助，离退休人员一次性奖励。";

        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(text));

        Assert.Equal("utf-16le", decoded.EncodingName);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Decode_ReturnsUtf8_WhenValidUtf8WithoutBom()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Report));

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal(Report, decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Decode_StripsBom_WhenUtf8WithBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Report)];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8-bom", decoded.EncodingName);
        Assert.Equal(Report, decoded.Text);
        Assert.NotEqual('\uFEFF', decoded.Text[0]);
    }

    [Fact]
    public void Decode_ReturnsUtf16Le_WhenLittleEndianBom()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble()
            .Concat(Encoding.Unicode.GetBytes(Report)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-16le", decoded.EncodingName);
        Assert.Equal(Report, decoded.Text);
    }

    [Fact]
    public void Decode_ReturnsUtf16Be_WhenBigEndianBom()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Report)];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-16be", decoded.EncodingName);
        Assert.Equal(Report, decoded.Text);
    }

    [Fact]
    public void Decode_ReplacesLoneSurrogate_WhenUtf16HasHalfAPair()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report + "总分"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("100")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-16le", decoded.EncodingName);
        Assert.Equal(Report + "总分\uFFFD100", decoded.Text);
    }

    [Fact]
    public void Decode_GuessesUtf16LeWithWarning_WhenNoBomButNulBytesBetweenText()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(Report));

        Assert.Equal("utf-16le", decoded.EncodingName);
        Assert.Equal(Report, decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.Contains("byte-order mark", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_StaysUtf8WithWarning_WhenOneByteIsBroken()
    {
        var bytes = Encoding.UTF8.GetBytes(Report + Report);
        bytes[40] = 0xFF;

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Contains("金寨县医疗保障局", decoded.Text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_ReturnsBinaryWithUndecodableWarning_WhenRandomBytes()
    {
        var bytes = new byte[4096];
        new Random(20220101).NextBytes(bytes);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("binary?", decoded.EncodingName);
        Assert.True(decoded.IsBinary);
        Assert.StartsWith("not text: ", decoded.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("undecodable", decoded.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ReturnsBinaryWithNulWarning_WhenBytesAreMostlyNul()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("PK"), .. new byte[200], .. Encoding.UTF8.GetBytes("word/document.xml")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("binary?", decoded.EncodingName);
        Assert.Contains(decoded.Warnings, w => w.Contains("NUL", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_WarnsButStaysText_WhenOneStrayControlCharacter()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Report + "\u0008"));

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.False(decoded.IsBinary);
        Assert.Contains(decoded.Warnings, w => w.Contains("control characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_ReturnsEmptyText_WhenNoBytes()
    {
        var decoded = TextDecoder.Decode([]);

        Assert.Equal(string.Empty, decoded.Text);
        Assert.False(decoded.IsBinary);
    }
}
