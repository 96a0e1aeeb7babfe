namespace Analytics.Generator.Metamorphic;

/// <summary>A gold document: a text report with hand-checked records beside it.</summary>
public sealed record GoldDocument(string Path, string Name)
{
    /// <summary>The report's text; a BOM is dropped (the transformed copy is written without one).</summary>
    public string Text => File.ReadAllText(Path).TrimStart('\uFEFF');
}

/// <summary>
/// Every gold document of the repository: the seeds (samples/reports with tests/fixtures/gold), the layout and unseen
/// fixtures with their expected/ records, and tests/fixtures/twins (*.txt with a *.jsonl beside it) when it exists.
/// </summary>
public static class MetamorphicCorpus
{
    public static IReadOnlyList<GoldDocument> Find(string root)
    {
        var fixtures = Path.Combine(root, "tests", "fixtures");
        var documents = new List<GoldDocument>();
        documents.AddRange(WithRecords(root, Path.Combine(root, "samples", "reports"), Path.Combine(fixtures, "gold")));
        documents.AddRange(WithRecords(root, Path.Combine(fixtures, "layouts"), Path.Combine(fixtures, "layouts", "expected")));
        documents.AddRange(WithRecords(root, Path.Combine(fixtures, "unseen", "reports"), Path.Combine(fixtures, "unseen", "expected")));
        var twins = Path.Combine(fixtures, "twins");
        if (Directory.Exists(twins))
        {
            documents.AddRange(Directory.EnumerateFiles(twins, "*.txt", SearchOption.AllDirectories)
                .Where(file => File.Exists(Path.ChangeExtension(file, ".jsonl")))
                .Order(StringComparer.Ordinal)
                .Select(file => Document(root, file)));
        }

        return documents;
    }

    /// <summary>The folder holding Analytics.sln at or above <paramref name="start"/>, or null.</summary>
    public static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Analytics.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static IEnumerable<GoldDocument> WithRecords(string root, string reports, string records) =>
        !Directory.Exists(reports) ? [] : Directory.EnumerateFiles(reports, "*.txt")
            .Where(file => File.Exists(Path.Combine(records, Path.GetFileNameWithoutExtension(file) + ".jsonl")))
            .Order(StringComparer.Ordinal)
            .Select(file => Document(root, file));

    private static GoldDocument Document(string root, string file) =>
        new(file, Path.GetRelativePath(root, file).Replace('\\', '/'));
}
