using System.Globalization;
using System.Text;

namespace Analytics.Generator.Content;

/// <summary>How numbers are printed in the reports.</summary>
internal static class Numbers
{
    /// <summary>10 → "10", 9.50 → "9.5", 96.476 → "96.48".</summary>
    public static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Two decimals always: 24.32, 100.00.</summary>
    public static string Fixed(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Amounts in 元 with thousands separators: 18,650,000.00.</summary>
    public static string Yuan(decimal wanYuan) => (wanYuan * 10000m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => Plain(percent) + "%";

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static decimal Round(double value, int decimals) => Round((decimal)value, decimals);

    /// <summary>"１２３.４": ASCII digits as their full-width forms (NFKC maps them back).</summary>
    public static string FullWidth(string text)
    {
        if (!text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c);
        }

        return builder.ToString();
    }

    /// <summary>"≧95%": the comparison signs of 2000s fonts (seeds 000 and 003), when <paramref name="old"/> is set.</summary>
    public static string Signs(string text, bool old) => old ? text.Replace('≥', '≧').Replace('≤', '≦') : text;

    /// <summary>A round-looking number near <paramref name="value"/>: 2 or 3 significant digits.</summary>
    public static decimal Nice(double value)
    {
        if (value < 20)
        {
            return Round(value, 0);
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Round(Math.Round(value / magnitude) * magnitude, 0);
    }
}
