using System.Globalization;

namespace Analytics.Dashboards;

/// <summary>The warehouse stores UTC; analysts read 北京时间 (UTC+8, no daylight saving).</summary>
public static class BeijingTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + Offset;

    /// <summary>e.g. 2026-11-23 23:54（北京时间）; "尚无数据" when nothing was loaded.</summary>
    public static string Format(DateTime? utc) =>
        utc is { } value
            ? FromUtc(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（北京时间）"
            : "尚无数据";
}
