namespace Analytics.Etl.Values;

/// <summary>What a qualitative target or actual ("及时", "有所提升", "待支付") says about achievement.</summary>
public enum QualitativeLevel
{
    Achieved,
    Partial,
    NotAchieved,
}

/// <summary>
/// A target (年度指标值) or actual (实际完成值) read into a comparison, a number in a canonical unit and,
/// for text without a number, a level of achievement.
/// </summary>
/// <param name="Operator">"&gt;=", "&lt;=", "=" or null when no comparison is stated.</param>
/// <param name="Value">The number in the canonical <paramref name="Unit"/>; null for qualitative text.</param>
/// <param name="Unit">One of <see cref="CanonicalUnits"/>, a rate unit as written ("元/人.年"), or null for a bare number.</param>
/// <param name="UnitText">The unit as written ("万人次", "%"), after NFKC.</param>
/// <param name="Level">For qualitative text, what it says about achievement; null when it says nothing.</param>
/// <param name="IsQualitative">True when the text holds no number to compare (words, dates, an operator without a number).</param>
public sealed record MeasuredValue(
    string? Operator,
    decimal? Value,
    string? Unit,
    string? UnitText,
    QualitativeLevel? Level,
    bool IsQualitative);

/// <summary>The canonical units of <see cref="MeasuredValue.Unit"/> (a rate unit such as "元/人.年" is kept as written instead).</summary>
public static class CanonicalUnits
{
    /// <summary>Percent and permille, stored as a fraction: 98% is 0.98.</summary>
    public const string Ratio = "ratio";

    /// <summary>万元: 元 is divided by 10000, 亿元 multiplied by 10000.</summary>
    public const string Yuan10k = "yuan_10k";

    /// <summary>人 (万人 multiplied by 10000).</summary>
    public const string Person = "person";

    /// <summary>人次 (万人次 multiplied by 10000).</summary>
    public const string PersonTime = "person_time";

    /// <summary>次, 个, 家, 户, 条, 套, 件, 项, 份, 所 and other measure words of things.</summary>
    public const string Count = "count";

    public const string Day = "day";

    public const string Hour = "hour";

    public const string Minute = "minute";

    public const string Week = "week";

    public const string Month = "month";

    public const string Year = "year";

    /// <summary>平方米.</summary>
    public const string SquareMeter = "sqm";
}
