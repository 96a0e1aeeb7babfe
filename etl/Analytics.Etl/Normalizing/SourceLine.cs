namespace Analytics.Etl.Normalizing;

/// <summary>One line of a source text with its 1-based line number in the original file.</summary>
public readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
