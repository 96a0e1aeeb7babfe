using System.Reflection;
using Analytics.Etl.Extraction;
using Analytics.Etl.Tests.Golden;
using Analytics.Generator.Metamorphic;
using Xunit.Abstractions;

namespace Analytics.Etl.Tests.Metamorphic;

/// <summary>
/// The metamorphic relation over every gold document (seeds, layout and unseen fixtures, twins when present): a
/// meaning-preserving rewrite of a report must give the records of the original text, or a field may become null
/// with a warning. A changed value fails. Every transformation passes alone and in random combinations of three; a
/// row that a parser change breaks fails (docs/metamorphic.md shows how to look at a case).
/// </summary>
public sealed class MetamorphicRelationTests(ITestOutputHelper output)
{
    private const int CombinationSize = 3;
    private const int ExamplesShown = 15;

    private static readonly Lazy<MetamorphicRunner> Runner =
        new(() => new MetamorphicRunner(Extractor.CreateDefault(), MetamorphicCorpus.Find(RepositoryPaths.Root)));

    [Theory]
    [InlineData("tabs-to-pipes")]
    [InlineData("pipes-to-tabs")]
    [InlineData("space-aligned-columns")]
    [InlineData("ideographic-space-columns")]
    [InlineData("one-cell-per-line")]
    [InlineData("blank-line-cells")]
    [InlineData("table-on-one-line")]
    [InlineData("trailing-empty-pipe-cells")]
    [InlineData("blank-lines-between-rows")]
    [InlineData("title-year-moved")]
    [InlineData("title-removed")]
    [InlineData("unit-above-title")]
    [InlineData("ideographic-padding")]
    [InlineData("full-width-digits")]
    [InlineData("traditional-characters")]
    [InlineData("jis-comparison-signs")]
    [InlineData("page-break-in-table")]
    [InlineData("page-break-level1-continues")]
    [InlineData("header-over-two-lines")]
    [InlineData("amounts-in-yuan")]
    [InlineData("amounts-with-wan")]
    [InlineData("glued-cells")]
    [InlineData("crlf-line-ends")]
    [InlineData("line-edge-spaces")]
    [InlineData("comma-separated-values")]
    public void Transformation_KeepsEveryField_OnEveryGoldDocument(string name)
    {
        var report = Runner.Value.Run(Catalog.Named(name));

        AssertNoChangedValue(report);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void RandomCombination_KeepsEveryField_OnEveryGoldDocument(int seed)
    {
        var report = Runner.Value.RunCombinations([seed], CombinationSize);

        AssertNoChangedValue(report);
    }

    [Fact]
    public void FieldsThatBecomeNull_StayWithinTwoPercent_OverEveryTransformationAndCombination()
    {
        var reports = Catalog.All.Select(transformation => Runner.Value.Run(transformation))
            .Append(Runner.Value.RunCombinations([1, 2, 3, 4, 5], CombinationSize))
            .ToList();
        var fields = reports.Sum(report => report.Tally.Fields);
        var nulled = reports.Sum(report => report.Tally.Nulled);
        output.WriteLine($"{nulled} of {fields} fields became null with a warning");

        // the bound: a meaning-preserving rewrite may cost a value its reading (null, with a warning), rarely
        Assert.True(fields > 50_000, $"only {fields} fields compared");
        Assert.True(nulled <= fields * 0.02, $"{nulled} of {fields} fields became null");
    }

    [Fact]
    public void Catalog_HasAtLeastTwentyTransformations_EachWithOneTheoryRow()
    {
        var rows = typeof(MetamorphicRelationTests).GetMethod(nameof(Transformation_KeepsEveryField_OnEveryGoldDocument))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(row => (string)row.GetData(null!).Single()[0])
            .ToList();

        Assert.True(Catalog.All.Count >= 20, $"only {Catalog.All.Count} transformations");
        Assert.Equal(Catalog.All.Select(transformation => transformation.Name).Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Corpus_HoldsEverySeedLayoutAndUnseenReport_WithRecords()
    {
        var names = Runner.Value.Documents.Select(document => document.Name).ToList();

        Assert.Equal(Directory.GetFiles(RepositoryPaths.Gold, "*.jsonl").Length, names.Count(name => name.StartsWith("samples/reports/", StringComparison.Ordinal)));
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.Layouts, "expected"), "*.jsonl").Length, names.Count(name => name.StartsWith("tests/fixtures/layouts/", StringComparison.Ordinal)));
        Assert.Contains("tests/fixtures/unseen/reports/rt01_lankao_tabs.txt", names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryTransformation_AppliesToSomeGoldDocument()
    {
        var neverApplied = Catalog.All.Where(transformation => Runner.Value.Run(transformation).Applied == 0).Select(transformation => transformation.Name).ToList();

        Assert.Empty(neverApplied);
    }

    private void AssertNoChangedValue(TransformationReport report)
    {
        output.WriteLine($"{report.Name}: applied to {report.Applied}/{report.Documents} documents; {report.Tally.Fields} fields, "
            + $"{report.Tally.Changed} changed, {report.Tally.Nulled} became null with a warning");
        var changed = report.Tally.Differences.Where(change => change.Outcome == FieldOutcome.Changed).ToList();
        changed.Take(ExamplesShown).ToList().ForEach(change => output.WriteLine(change.ToString()));

        Assert.True(report.Applied > 0, $"{report.Name} applied to no gold document");
        Assert.True(changed.Count == 0, $"{report.Name}: {changed.Count} of {report.Tally.Fields} fields changed, e.g.\n"
            + string.Join("\n", changed.Take(ExamplesShown)));
    }
}
