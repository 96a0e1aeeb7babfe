using Analytics.Warehouse.Models;

namespace Analytics.Warehouse.Tests;

public sealed class ModelRunnerTests
{
    [Fact]
    public void Ordered_PutsEveryModelAfterWhatItReads()
    {
        var ordered = ModelRunner.Ordered(ModelRunner.All());
        var position = ordered.Select((model, index) => (model.Name, index)).ToDictionary(pair => pair.Name, pair => pair.index);

        foreach (var model in ordered)
        {
            foreach (var reference in model.References().Where(position.ContainsKey))
            {
                Assert.True(position[reference] < position[model.Name], $"{model.Name} reads {reference}, built later");
            }
        }
    }

    [Fact]
    public void References_IgnoreTheModelsOwnCommonTableExpressions()
    {
        var model = new Model("fct_example", "marts", "with evaluations as (select * from stg_evaluations)\nselect * from evaluations join dim_unit on true");

        Assert.Equal(["dim_unit", "stg_evaluations"], model.References().Order());
    }

    [Fact]
    public void Ordered_Throws_WhenModelsReadEachOther()
    {
        var models = new[] { new Model("a", "staging", "select * from b"), new Model("b", "staging", "select * from a") };

        var error = Assert.Throws<ModelBuildException>(() => ModelRunner.Ordered(models));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Models_FollowTheLayerNaming()
    {
        foreach (var model in ModelRunner.All())
        {
            var prefix = model.Layer switch
            {
                "staging" => "stg_",
                "intermediate" => "int_",
                "marts" => model.Name.StartsWith("dim_", StringComparison.Ordinal) ? "dim_" : "fct_",
                "reports" => "rpt_",
                _ => string.Empty,
            };
            Assert.StartsWith(prefix, model.Name, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("intermediate", "-- materialized: table\n-- why\nselect 1", true)]
    [InlineData("intermediate", "-- a comment\n-- materialized: table\nselect 1", true)]
    [InlineData("intermediate", "select 1 -- materialized: table", false)]
    [InlineData("intermediate", "select 1", false)]
    [InlineData("marts", "select 1", true)]
    [InlineData("public", "select 1", false)]
    public void IsTable_FollowsTheLayer_UnlessTheModelAsksToBeATable(string layer, string sql, bool expected) =>
        Assert.Equal(expected, new Model("m", layer, sql).IsTable);
}
