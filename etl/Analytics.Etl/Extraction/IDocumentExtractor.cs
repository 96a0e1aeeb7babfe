namespace Analytics.Etl.Extraction;

/// <summary>Turns one document's bytes into records; in this process (<see cref="Extractor"/>) or in a worker process (<see cref="Isolation.IsolatedExtractor"/>).</summary>
public interface IDocumentExtractor
{
    /// <param name="fileName">The document's name or its path relative to the folder it was loaded from; its extension and base name are read.</param>
    ExtractionResult Extract(string fileName, byte[] bytes);
}
