namespace Analytics.Generator.Metamorphic;

/// <summary>Splitting a report into lines and joining them back with the line end it had.</summary>
public static class ReportText
{
    public static string LineEnd(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>The lines without their line ends; a final line end gives a last empty line, so joining restores it.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        [.. text.Split('\n').Select(line => line.EndsWith('\r') ? line[..^1] : line)];

    public static string Join(IEnumerable<string> lines, string lineEnd) => string.Join(lineEnd, lines);

    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);
}
