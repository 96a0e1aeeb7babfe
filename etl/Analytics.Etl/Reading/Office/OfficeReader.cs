using Analytics.Etl.Reading.Formats;

namespace Analytics.Etl.Reading.Office;

/// <summary>Reads a zip-based Office file (.docx or .xlsx, told apart by its parts). Placeholder until the readers land.</summary>
public static class OfficeReader
{
    /// <returns>The format found ("docx", "xlsx" or "zip") and what was read.</returns>
    public static (string Format, ReadOutcome Outcome) Read(byte[] bytes, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        return ("zip", ReadOutcome.Failed("Office reading is not available yet"));
    }
}
