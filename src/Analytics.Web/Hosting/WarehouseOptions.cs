namespace Analytics.Web.Hosting;

/// <summary>
/// Section <c>Warehouse</c>: where the DuckDB file lives, the reports loaded on the first start and the seed CSVs
/// that replace bundled ones. Relative paths are taken from the working directory (the repository root under
/// <c>dotnet run --project src/Analytics.Web</c>).
/// </summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    public string DatabasePath { get; set; } = Analytics.Warehouse.Warehouse.DefaultPath;

    /// <summary>Every report file under this folder is loaded when the warehouse does not exist yet.</summary>
    public string SamplesPath { get; set; } = "samples";

    /// <summary>A folder of seed CSVs (e.g. a province's rule_set_assignments.csv) replacing the bundled ones; optional.</summary>
    public string? SeedsPath { get; set; }

    public string FullDatabasePath => Path.GetFullPath(DatabasePath);

    public string? FullSeedsPath => string.IsNullOrWhiteSpace(SeedsPath) ? null : Path.GetFullPath(SeedsPath);
}
