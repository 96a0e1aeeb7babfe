using Analytics.Warehouse.Files;
using Analytics.Warehouse.Models;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>The SQL data tests (sql/tests/*.sql) pass on the seeds and catch the rows they are written for.</summary>
public sealed class DataTestTests(SeedWarehouseFixture warehouse) : IClassFixture<SeedWarehouseFixture>
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in SqlFiles.In("tests"))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void DataTest_Passes_OnTheSeedWarehouse(string name)
    {
        var result = Assert.Single(warehouse.Result.Tests, test => test.Name == name);

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void DataTests_FindFailingRows_WhenTheWarehouseBreaksTheirRules()
    {
        using var temp = new TempFolder();
        var copy = temp.Combine("broken.duckdb");
        File.Copy(warehouse.Database, copy);
        using var connection = Database.OpenForWriting(copy);

        // a negative amount, a rate without a budget and an indicator row without its evaluation
        connection.Execute("update raw_records set budget_executed = -5 where evaluation_id = (select min(evaluation_id) from raw_records where kind = 'project_self_eval')");
        connection.Execute("update raw_records set budget_adjusted = null where evaluation_id = (select max(evaluation_id) from raw_records where kind = 'project_self_eval' and budget_executed > 0)");
        connection.Execute("insert into raw_indicators (evaluation_id, indicator_index, indicator_name) values ('no-such-evaluation', 0, '孤儿指标')");
        ModelRunner.Build(connection);

        var failed = DataTests.Run(connection).Where(test => !test.Passed).Select(test => test.Name).ToHashSet();

        Assert.Contains("assert_no_negative_amount", failed);
        Assert.Contains("assert_indicator_rows_belong_to_an_evaluation", failed);
        Assert.DoesNotContain("assert_evaluation_grain_unique", failed);
        Assert.NotEmpty(DataTests.FailingRows(connection, "assert_no_negative_amount"));
    }

    [Fact]
    public void MagnitudeTests_FindAmountsReadTenThousandTimesTooLarge()
    {
        using var temp = new TempFolder();
        var copy = temp.Combine("broken.duckdb");
        File.Copy(warehouse.Database, copy);
        using var connection = Database.OpenForWriting(copy);

        // 元 read as 万元 in one record, an executed amount taken from another column in another
        connection.Execute("update raw_records set budget_adjusted = 6200000 where evaluation_id = (select min(evaluation_id) from raw_records where kind = 'project_self_eval')");
        connection.Execute("update raw_records set budget_executed = budget_adjusted * 10 where evaluation_id = (select max(evaluation_id) from raw_records where kind = 'project_self_eval' and budget_adjusted > 0)");
        ModelRunner.Build(connection);

        var failed = DataTests.Run(connection).Where(test => !test.Passed).Select(test => test.Name).ToHashSet();

        Assert.Contains("assert_amounts_within_county_scale", failed);
        Assert.Contains("assert_executed_not_far_above_budget", failed);
    }
}
