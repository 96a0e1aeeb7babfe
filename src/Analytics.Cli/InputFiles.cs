namespace Analytics.Cli;

/// <summary>The report files a command works on: one file, or every file of a folder (recursively), in name order.</summary>
public static class InputFiles
{
    public static IReadOnlyList<string>? List(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
