namespace Analytics.Generator.Metamorphic;

/// <summary>Every meaning-preserving transformation, and seeded random combinations of them.</summary>
public static class Catalog
{
    public static IReadOnlyList<ITextTransformation> All { get; } =
    [
        new TabsToPipes(),
        new PipesToTabs(),
        new SpaceAlignedColumns(),
        new IdeographicColumns(),
        new OneCellPerLine(),
        new BlankLineCells(),
        new TableOnOneLine(),
        new TrailingEmptyPipeCells(),
        new BlankLinesBetweenRows(),
        new TitleYearMoved(),
        new TitleRemoved(),
        new UnitAboveTitle(),
        new IdeographicPadding(),
        new FullWidthDigits(),
        new TraditionalCharacters(),
        new JisComparisonSigns(),
        new PageBreakInTable(),
        new PageBreakInsideLevel1Group(),
        new HeaderOverTwoLines(),
        new AmountsInYuan(),
        new AmountsWithWan(),
        new GluedCells(),
        new CrlfLineEnds(),
        new LineEdgeSpaces(),
        new CommaSeparatedValues(),
    ];

    public static ITextTransformation Named(string name) =>
        All.FirstOrDefault(transformation => transformation.Name == name) ?? throw new ArgumentException($"no transformation named '{name}'", nameof(name));

    /// <summary>
    /// <paramref name="count"/> different transformations drawn with <paramref name="rng"/> from <paramref name="from"/>
    /// (default: all), applied in the order drawn.
    /// </summary>
    public static Combination Draw(Random rng, int count, IReadOnlyList<ITextTransformation>? from = null)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var pool = (from ?? All).ToList();
        var drawn = new List<ITextTransformation>();
        while (drawn.Count < count && pool.Count > 0)
        {
            var index = rng.Next(pool.Count);
            drawn.Add(pool[index]);
            pool.RemoveAt(index);
        }

        return new Combination(drawn);
    }
}

/// <summary>Several transformations one after another; it applies when any of them does.</summary>
public sealed class Combination(IReadOnlyList<ITextTransformation> parts) : ITextTransformation
{
    public IReadOnlyList<ITextTransformation> Parts => parts;

    public string Name => string.Join('+', parts.Select(part => part.Name));

    public string Keeps => "what each of its parts keeps";

    public string Apply(string text, Random rng)
    {
        var result = text;
        foreach (var part in parts)
        {
            result = part.Apply(result, rng);
        }

        return result == text ? text : result;
    }
}
