using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Etl.Records;

/// <summary>Writes and reads records as the contract's JSON Lines: snake_case, nulls kept, Chinese as is.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        Converters = { new PlainDecimalConverter() },
    };

    public static string ToJsonLine(EvaluationRecord record) => JsonSerializer.Serialize(record, Options);

    public static EvaluationRecord? FromJsonLine(string line) => JsonSerializer.Deserialize<EvaluationRecord>(line, Options);

    /// <summary>10.00 is written 10, 1.0568 as is: amounts read from text carry no meaningful trailing zeros.</summary>
    private sealed class PlainDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("0.############################", CultureInfo.InvariantCulture));
    }
}
