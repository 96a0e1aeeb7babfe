using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Extraction;

/// <summary>Facts about a whole document that its parts fall back on: the year, the unit, the text for context.</summary>
internal sealed partial class DocumentContext
{
    [GeneratedRegex(@"(?<y>20\d{2})\s*年")]
    private static partial Regex YearPattern();

    public DocumentContext(string fileName, IReadOnlyList<SourceLine> lines)
    {
        FileName = fileName;
        Lines = lines;
        FullText = string.Join('\n', lines.Select(line => line.Text));
        TitleLines = lines.Where(line => !line.IsBlank).Take(6).Select(line => line.Text.Trim()).ToList();
    }

    public string FileName { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    public string FullText { get; }

    public IReadOnlyList<string> TitleLines { get; }

    /// <summary>The year stated in a title, or failing that the year the text names most often.</summary>
    public int? FallbackYear { get; set; }

    public static int? YearIn(string text) =>
        YearPattern().Match(ChineseDigits(text)) is { Success: true } match ? int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>"二〇二一年度" → "2021年度": years written in Chinese numerals.</summary>
    private static string ChineseDigits(string text)
    {
        if (text.IndexOfAny(['〇', '零']) < 0)
        {
            return text;
        }

        return ChineseYear().Replace(text, match => string.Concat(match.Value.Select(c => "〇一二三四五六七八九".IndexOf(c) is var digit and >= 0 ? (char)('0' + digit) : c == '零' ? '0' : c)));
    }

    [GeneratedRegex("[〇零一二三四五六七八九]{4}(?=\\s*年)")]
    private static partial Regex ChineseYear();

    /// <summary>
    /// "2022年2月3日": a day's date (the filing, the signature) says when a report was written, not the year it evaluates;
    /// "较2020年度决算数", "比2020年", "与2020年相比": the year compared with is not the year reported either.
    /// </summary>
    [GeneratedRegex(@"(?<![较比与]\s*)(?<y>20\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")]
    private static partial Regex YearNotOfADate();

    public int? MostFrequentYear() =>
        YearNotOfADate().Matches(FullText)
            .Select(match => int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .GroupBy(year => year)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .Select(group => (int?)group.Key)
            .FirstOrDefault();
}
