namespace Analytics.Warehouse.Exports;

/// <summary>How a column's values are written: the same rule for the xlsx number format and the csv text.</summary>
public enum ColumnFormat
{
    /// <summary>Text as it is.</summary>
    Text,

    /// <summary>A whole number: a rank, a count, a year, a line number.</summary>
    WholeNumber,

    /// <summary>An amount in 万元, two decimals with thousands separators.</summary>
    Amount,

    /// <summary>A rate or ratio held as a fraction, shown as a percentage with two decimals.</summary>
    Rate,

    /// <summary>Points of a score, two decimals.</summary>
    Score,

    /// <summary>A boolean shown as 是 / 否.</summary>
    YesNo,

    /// <summary>A rule code (rule_violations.rule) shown by its Chinese name.</summary>
    Rule,
}

/// <summary>
/// One column of an export: the view column it reads, its Chinese header and unit, its format and how wide it may
/// grow. Defined once in <see cref="ExportCatalog"/> and used by both the xlsx and the csv writer.
/// </summary>
public sealed record ExportColumn(string Column, string HeaderZh, string? Unit, ColumnFormat Format, int MaxWidth = 16)
{
    /// <summary>The header as printed: the Chinese name with its unit, e.g. 调整后预算（万元）.</summary>
    public string Header => Unit is null ? HeaderZh : $"{HeaderZh}（{Unit}）";
}
