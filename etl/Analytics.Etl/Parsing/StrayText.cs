using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>
/// Text in a table that is no value: the instructions of a blank template row (（填写说明：…）, 请填写, XX, …,
/// （按实际填写）) and lines dropped between rows (a running page header "…自评表（续）", a stamp （盖章）, scanned noise).
/// </summary>
internal static partial class StrayText
{
    [GeneratedRegex(@"填写说明|填表说明|请填写|请输入|按实际填写|据实填写|如实填写|按实际情况填写|根据实际填写|待填写|此处填写|自行填写|^[(（]?填写[)）]?$")]
    private static partial Regex InstructionWords();

    [GeneratedRegex(@"^[(（]?\s*([≥≤<>=]\s*)?(XX+|xx+|××+|ＸＸ+|X+\s*[%％个人次]*|\*{2,}|＊{2,})\s*[%％]?\s*[)）]?$")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"^指标\d{1,2}[:：]?$")]
    private static partial Regex NumberedSlot();

    [GeneratedRegex(@"^[(（]?\s*(\.{2,}|…+|⋯+|。{3,})\s*[)）]?$")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"^[(（]\s*(单位)?\s*(盖章|公章|签章|签字|签名|印章|财务专用章|盖公章)\s*[)）]$|^(单位)?(盖章|公章|签章)[:：]?$")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"[(（]\s*续(表)?\s*[)）]$|续表$")]
    private static partial Regex Continued();

    [GeneratedRegex(@"20\d{2}\s*年")]
    private static partial Regex YearPattern();

    /// <summary>A cell that holds a template's instruction or placeholder instead of a value.</summary>
    /// <summary>"指标2" alone: a numbered slot of the template left unfilled.</summary>
    public static bool IsNumberedSlot(string? cell) => cell is not null && NumberedSlot().IsMatch(TextTools.RemoveWhiteSpace(cell));

    public static bool IsInstruction(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return false;
        }

        var text = TextTools.RemoveWhiteSpace(cell);
        if (InstructionWords().IsMatch(text) || Ellipsis().IsMatch(text))
        {
            return true;
        }

        // "指标2", "指标3：" alone: a numbered slot of the template left unfilled
        if (NumberedSlot().IsMatch(text))
        {
            return true;
        }

        // "XX", "≥XX%": letters standing for a number to be filled in (no digit anywhere)
        return !text.AsSpan().ContainsAnyInRange('0', '9') && Blanks().IsMatch(text);
    }

    /// <summary>A title repeated at a page break with （续）, e.g. "2021年度部门整体支出绩效自评表（续）".</summary>
    public static bool IsContinuationTitle(string line)
    {
        var text = TextTools.RemoveWhiteSpace(line);
        return text.Length <= 60 && Continued().IsMatch(text);
    }

    /// <summary>A line between table rows that belongs to no row: a repeated page title, a stamp, scanned noise.</summary>
    public static bool IsStrayLine(string line)
    {
        var text = TextTools.RemoveWhiteSpace(line);
        if (text.Length == 0)
        {
            return false;
        }

        if (Stamp().IsMatch(text) || IsContinuationTitle(text) || (YearPattern().IsMatch(text) && Segmenting.DocumentSegmenter.Classify(text) is not null))
        {
            return true;
        }

        // scanned noise: two or more marks, no letter of a word, no digit, no sign a value could hold
        return text.Length >= 2 && !text.Any(c => TextTools.IsCjk(c) || char.IsDigit(c) || char.IsLetter(c) || "≥≤<>=%‰—-－–".Contains(c, StringComparison.Ordinal));
    }
}
