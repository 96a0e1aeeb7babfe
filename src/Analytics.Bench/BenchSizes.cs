namespace Analytics.Bench;

/// <summary>How much each stage works on: the full run's national scale, or a reduced one for --quick.</summary>
internal sealed record BenchSizes(int ExtractionDocuments, int LoadCounties, int NationalCounties, int NationalYears, int ProjectsPerCounty, int RankingQueries, int PageRequests)
{
    /// <summary>3,000 counties × 10 years × 15 projects × about 12 indicators ≈ 5.4 million indicator rows.</summary>
    public static BenchSizes Full { get; } = new(2000, 300, 3000, 10, 15, 200, 100);

    public static BenchSizes Quick { get; } = new(200, 40, 150, 4, 10, 50, 40);
}
