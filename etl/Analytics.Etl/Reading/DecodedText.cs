namespace Analytics.Etl.Reading;

/// <summary>
/// The result of <see cref="TextDecoder.Decode"/>: the text, the encoding that was detected
/// (one of the <c>TextDecoder.*Name</c> constants) and any warnings about the bytes.
/// </summary>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the bytes did not look like text in any supported encoding.</summary>
    public bool IsBinary => EncodingName == TextDecoder.BinaryName;
}
