namespace Analytics.Dashboards.Queries;

/// <summary>Where a value was read: a source file's name and its lines (1-based, inclusive).</summary>
public sealed record SourceRef(string File, int FirstLine, int LastLine)
{
    public static SourceRef? Of(string? file, int? firstLine, int? lastLine) =>
        string.IsNullOrEmpty(file) || firstLine is not { } first
            ? null
            : new SourceRef(file, first, Math.Max(first, lastLine ?? first));

    public string Label => FirstLine == LastLine ? $"{File} 第 {FirstLine} 行" : $"{File} 第 {FirstLine}–{LastLine} 行";
}
