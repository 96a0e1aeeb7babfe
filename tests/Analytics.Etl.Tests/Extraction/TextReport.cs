using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;

namespace Analytics.Etl.Tests.Extraction;

/// <summary>A report written in a test as its lines, extracted as a UTF-8 text file of that name would be.</summary>
internal static class TextReport
{
    public static ExtractionResult Extract(string fileName, params string[] lines) =>
        Extractor.CreateDefault().Extract(fileName, Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    public static IReadOnlyList<EvaluationRecord> Records(string fileName, params string[] lines) => Extract(fileName, lines).Records;
}
