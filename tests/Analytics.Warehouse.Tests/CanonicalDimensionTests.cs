namespace Analytics.Warehouse.Tests;

/// <summary>Every seed project and indicator maps to a canonical category and code (sql/seeds/*.csv).</summary>
public sealed class CanonicalDimensionTests(SeedWarehouseFixture warehouse) : IClassFixture<SeedWarehouseFixture>
{
    [Fact]
    public void EverySeedProject_GetsACategoryByPattern()
    {
        var projects = WarehouseQueries.Query<(string Project, string Category, string Method)>(
            warehouse.Database, "select project, project_category, match_method from dim_project where project <> '(none)'");

        Assert.Equal(35, projects.Count);
        Assert.All(projects, project => Assert.True(project.Method == "pattern", $"{project.Project} → {project.Category} ({project.Method})"));
    }

    [Theory]
    [InlineData("城乡医疗救助", "医疗救助")]
    [InlineData("医疗救助补助资金", "医疗救助")]
    [InlineData("医疗救助地方配套资金", "医疗救助")]
    [InlineData("人员经费", "人员经费")]
    [InlineData("城乡居民医疗保险地方配套资金", "城乡居民医保补助")]
    public void Project_MapsToItsCategory_WhenNamedDifferently(string project, string category) =>
        Assert.Equal(category, WarehouseQueries.Scalar<string>(warehouse.Database, "select project_category from dim_project where project = $project", new { project }));

    [Fact]
    public void EverySeedIndicator_MapsToASeededCode_ByExactSynonym()
    {
        var rows = WarehouseQueries.Query<(string Name, string Code, string Method)>(
            warehouse.Database, "select indicator_name, indicator_code, indicator_match_method from indicator_results");

        Assert.Equal(215, rows.Count);
        Assert.All(rows, row => Assert.True(row.Method == "exact" && !row.Code.StartsWith("name:", StringComparison.Ordinal), $"{row.Name} → {row.Code} ({row.Method})"));
    }

    [Fact]
    public void SameIndicatorWordedDifferently_SharesOneCode()
    {
        var codes = WarehouseQueries.Query<string>(
            warehouse.Database,
            "select distinct indicator_code from indicator_results where indicator_name in ('服务对象满意度', '服务对象满意度指标', '提高服务对象的满意度')");

        Assert.Single(codes);
    }

    [Fact]
    public void CatastrophicIllnessShare_IsOneIndicator_AcrossCounties()
    {
        var rows = WarehouseQueries.Query<(string Code, string File)>(
            warehouse.Database,
            "select indicator_code, source_file from indicator_results where indicator_name = '重特大疾病医疗救助人次占直接救助人次比例'");

        Assert.Equal(2, rows.Select(row => row.File).Distinct().Count());
        Assert.Single(rows.Select(row => row.Code).Distinct());
    }
}
