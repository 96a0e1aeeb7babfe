using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Etl.Units;

namespace Analytics.Generator.Metamorphic;

/// <summary>What a table cell or header says, read on simplified characters so traditional reports are found too.</summary>
public static partial class Cells
{
    /// <summary>Amounts as a budget cell writes them: 1,850.00, 176.77, 95万元.</summary>
    [GeneratedRegex(@"^(?<number>[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|[0-9]+(\.[0-9]+)?)\s*(?<unit>万元|元)?$")]
    public static partial Regex Amount();

    /// <summary>Simplified characters without white space: header words printed with a space (年初预 算数) still match.</summary>
    public static string Fold(string text) => ChineseScript.ToSimplified(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));

    public static bool IsNumber(string cell) => Amount().Match(cell) is { Success: true } match && !match.Groups["unit"].Success;

    /// <summary>Target, actual, weight or score: a number, a percent, a signed value.</summary>
    public static bool LooksLikeValue(string cell) =>
        cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || "≥≤≧≦<>＜＞=".Contains(cell[0], StringComparison.Ordinal));

    public static bool StartsWithSign(string cell) => cell.Length > 0 && "≥≤≧≦<>＜＞".Contains(cell[0], StringComparison.Ordinal);

    /// <summary>An indicator header names a target and an actual (年度指标值 / 年初目标值 / 目标值, 实际完成值 / 全年完成值).</summary>
    public static bool IsIndicatorHeader(IReadOnlyList<string> cells)
    {
        var joined = Fold(string.Concat(cells));
        return (joined.Contains("指标值", StringComparison.Ordinal) || joined.Contains("目标值", StringComparison.Ordinal))
            && joined.Contains("完成", StringComparison.Ordinal);
    }

    /// <summary>A budget header names at least two amounts (年初预算数, 全年预算数, 全年执行数, 预算数(A), 实际支出(B)).</summary>
    public static bool IsBudgetHeader(IReadOnlyList<string> cells) => cells.Count(IsMoneyHeader) >= 2;

    public static bool IsMoneyHeader(string cell)
    {
        var folded = Fold(cell);
        return (folded.Contains("预算", StringComparison.Ordinal) || folded.Contains("执行数", StringComparison.Ordinal)
                || folded.Contains("实际支出", StringComparison.Ordinal) || folded.Contains("决算数", StringComparison.Ordinal))
            && !folded.Contains('率', StringComparison.Ordinal) && !folded.Contains("得分", StringComparison.Ordinal)
            && !folded.Contains("执行情况", StringComparison.Ordinal) && !folded.Contains("项目资金", StringComparison.Ordinal);
    }

    public static int Level1Column(IReadOnlyList<string> header) =>
        header.ToList().FindIndex(cell => Fold(cell).Contains("一级", StringComparison.Ordinal));

    /// <summary>Width on a monospaced screen: CJK and full-width forms take two columns.</summary>
    public static int DisplayWidth(string text) => text.Sum(c => c >= '\u2E80' && c != '\u3000' ? 2 : c == '\u3000' ? 2 : 1);

    /// <summary>A number in the form a county writes it, with thousands separators when the original had them.</summary>
    public static string FormatAmount(decimal value, bool thousands) =>
        value.ToString(thousands ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture);

    public static decimal ParseAmount(string number) =>
        decimal.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
}
