using System.Reflection;

namespace Analytics.Warehouse;

/// <summary>The warehouse's SQL and seed files (sql/ at the top of the repository), embedded in this assembly.</summary>
internal static class SqlFiles
{
    private static readonly Assembly Assembly = typeof(SqlFiles).Assembly;

    /// <summary>Files under a folder of sql/, e.g. "raw" or "models/staging", in name order.</summary>
    public static IReadOnlyList<(string Name, string Text)> In(string folder, string extension = ".sql")
    {
        var prefix = $"sql/{folder.Trim('/')}/";
        return Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal)
                && !name[prefix.Length..].Contains('/', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (Path.GetFileNameWithoutExtension(name), Read(name)))
            .ToList();
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded SQL file {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
