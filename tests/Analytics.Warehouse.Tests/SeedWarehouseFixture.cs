namespace Analytics.Warehouse.Tests;

/// <summary>One warehouse loaded with the five seeds, shared by the read-only tests of a class.</summary>
public sealed class SeedWarehouseFixture : IDisposable
{
    private readonly TempFolder temp = new();

    public SeedWarehouseFixture()
    {
        Database = temp.Combine("warehouse.duckdb");
        Result = new Warehouse(Database).Refresh(Analytics.Warehouse.Loading.ReportFiles.List(temp.Inbox()));
    }

    public string Database { get; }

    public RefreshResult Result { get; }

    public void Dispose() => temp.Dispose();
}
