using System.Globalization;

namespace Analytics.Dashboards.Components.Shared;

/// <summary>
/// The <c>year</c> of a page's address as typed: a year is four digits; anything else (<c>?year=abc</c>) is no filter,
/// said on the page by <see cref="InvalidYearNotice"/>, rather than an error page.
/// </summary>
public static class QueryYear
{
    public static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999 ? year : null;

    public static bool IsInvalid(string? text) => !string.IsNullOrWhiteSpace(text) && Parse(text) is null;
}
