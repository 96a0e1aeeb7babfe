namespace Analytics.Etl.Parsing;

/// <summary>Reads the CSV dictionaries shipped inside the assembly (Data/*.csv).</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string[]> ReadCsv(string fileName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream($"Analytics.Etl.Data.{fileName}")
            ?? throw new InvalidOperationException($"embedded data file {fileName} is missing from the build");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split(',');
            }
        }
    }
}
