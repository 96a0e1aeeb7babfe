using System.Globalization;
using System.Numerics;

namespace Analytics.Warehouse.Exports;

/// <summary>The rows of one report for one year (or all years), with what the title row says about them.</summary>
public sealed record ExportTable(
    ExportReport Report,
    int? Year,
    DateTime? DataAsOf,
    IReadOnlyList<string> RuleSets,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    public string Title => Report.Title(this);

    /// <summary>A cell's value as a number, or null when it is empty or not a number.</summary>
    public static double? Number(object? value) => value switch
    {
        null or DBNull => null,
        double number => double.IsFinite(number) ? number : null,
        float number => float.IsFinite(number) ? number : null,
        BigInteger number => (double)number,
        string or bool => null,
        IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A cell's value as text in the column's format (what the csv holds and the xlsx shows).</summary>
    public static string Text(ExportColumn column, object? value)
    {
        if (value is null or DBNull)
        {
            return string.Empty;
        }

        if (column.Format is ColumnFormat.Text or ColumnFormat.YesNo or ColumnFormat.Rule || Number(value) is not { } number)
        {
            return column.Format switch
            {
                ColumnFormat.YesNo => value is true ? "是" : "否",
                ColumnFormat.Rule => ExportCatalog.RuleNames.GetValueOrDefault(value.ToString() ?? string.Empty, value.ToString() ?? string.Empty),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
        }

        return column.Format switch
        {
            ColumnFormat.WholeNumber => number.ToString("0", CultureInfo.InvariantCulture),
            ColumnFormat.Amount => number.ToString("0.00", CultureInfo.InvariantCulture),
            ColumnFormat.Rate => number.ToString("0.00%", CultureInfo.InvariantCulture),
            _ => number.ToString("0.00", CultureInfo.InvariantCulture),
        };
    }
}
