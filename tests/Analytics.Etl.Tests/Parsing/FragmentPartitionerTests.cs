using Analytics.Etl.Parsing;

namespace Analytics.Etl.Tests.Parsing;

public class FragmentPartitionerTests
{
    // one CJK character prints two columns wide
    private static string Cjk(int characters, char fill = '测') => new(fill, characters);

    private static string[][] Arrays(List<List<string>> groups) => [.. groups.Select(group => group.ToArray())];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Partition_SeparatesNameFromWrappedTarget_WhenTargetLinesShareAWidth(int maxGroups)
    {
        var name = Cjk(10, '名');
        string[] target = [Cjk(8, '目'), Cjk(8, '标'), Cjk(2, '值')];

        var groups = FragmentPartitioner.Partition([name, .. target], maxGroups);

        Assert.Equal(2, groups.Count);
        Assert.Equal([name], groups[0]);
        Assert.Equal(target, groups[1]);
    }

    [Fact]
    public void Partition_KeepsOneCell_WhenAllLinesWrapAtOneWidth()
    {
        string[] cell = [Cjk(8), Cjk(8), Cjk(8), Cjk(3)];

        var groups = FragmentPartitioner.Partition(cell, 3);

        Assert.Equal(cell, Assert.Single(groups));
    }

    [Fact]
    public void Partition_ToleratesOneColumn_WhenWrappedWidthsDifferByOne()
    {
        string[] cell = [Cjk(8), Cjk(8) + "1", Cjk(8), Cjk(2)];

        var groups = FragmentPartitioner.Partition(cell, 2);

        Assert.Single(groups);
    }

    [Fact]
    public void Partition_SplitsTwoWrappedCells_WhenEachHasItsOwnWidth()
    {
        string[] first = [Cjk(6, '甲'), Cjk(6, '甲'), Cjk(6, '甲'), Cjk(1, '甲')];
        string[] second = [Cjk(4, '乙'), Cjk(4, '乙'), Cjk(4, '乙'), Cjk(2, '乙')];

        var groups = FragmentPartitioner.Partition([.. first, .. second], 2);

        Assert.Equal(new[] { first, second }, Arrays(groups));
    }

    [Fact]
    public void Partition_KeepsLoneFragment_WhenOnlyOne()
    {
        Assert.Equal(["独"], Assert.Single(FragmentPartitioner.Partition(["独"], 3)));
    }

    [Fact]
    public void Partition_FallsBackToAsManyGroupsAsAsked_WhenNoPartitionFitsTheWrappingRule()
    {
        // narrow, wide, narrow, wide: no group can be a wrapped cell, so the first fragments stand alone
        string[] fragments = [Cjk(2), Cjk(20), Cjk(2), Cjk(20)];

        Assert.Equal(fragments, Assert.Single(FragmentPartitioner.Partition(fragments, 1)));
        Assert.Equal(new[] { fragments[..1], fragments[1..] }, Arrays(FragmentPartitioner.Partition(fragments, 2)));
    }

    [Fact]
    public void Partition_NeverGivesMoreGroupsThanAsked_WhenManyFragments()
    {
        string[] fragments = [Cjk(5), Cjk(9), Cjk(3), Cjk(7), Cjk(1), Cjk(6)];

        for (var maxGroups = 1; maxGroups <= fragments.Length + 1; maxGroups++)
        {
            var groups = FragmentPartitioner.Partition(fragments, maxGroups);

            Assert.InRange(groups.Count, 1, maxGroups);
            Assert.Equal(fragments, groups.SelectMany(group => group));
        }
    }
}
