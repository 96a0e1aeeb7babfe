namespace Analytics.Etl.Normalizing;

/// <summary>
/// One cleaning step that looks across lines. Must be pure and must return exactly as many lines
/// as it was given, with the same numbers in the same order (provenance depends on it).
/// </summary>
public interface IDocumentNormalizer
{
    IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines);
}
