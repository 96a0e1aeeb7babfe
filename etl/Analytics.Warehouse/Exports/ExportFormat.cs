namespace Analytics.Warehouse.Exports;

/// <summary>The file formats an export is written in.</summary>
public enum ExportFormat
{
    Xlsx,
    Csv,
}

public static class ExportFormats
{
    /// <summary>"xlsx" or "csv" (any case) → the format; null for anything else.</summary>
    public static ExportFormat? Parse(string? text) => text?.ToLowerInvariant() switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "csv" => ExportFormat.Csv,
        _ => null,
    };

    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";
}
