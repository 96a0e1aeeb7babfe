namespace Analytics.Etl.Normalizing;

/// <summary>One per-line cleaning step. Must be pure and must not add or remove line breaks.</summary>
public interface ILineNormalizer
{
    string Normalize(string line);
}
