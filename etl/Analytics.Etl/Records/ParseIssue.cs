namespace Analytics.Etl.Records;

/// <summary>A problem found while reading or parsing: collected as a value, never thrown.</summary>
public sealed record ParseIssue(string File, int? Line, string Message, IssueSeverity Severity = IssueSeverity.Warning)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}

public enum IssueSeverity
{
    Warning,

    /// <summary>The document could not be read at all (it belongs in quarantine).</summary>
    Error,
}
