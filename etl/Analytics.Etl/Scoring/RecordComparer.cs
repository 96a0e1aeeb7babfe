using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Etl.Records;
using PyDict = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace Analytics.Etl.Scoring;

/// <summary>What <see cref="RecordComparer.Compare"/> found: the numbers <c>compare_records.py --json</c> prints, its mismatch lines, and the matched pairs.</summary>
public sealed record ComparisonResult(
    int GoldRecords,
    int MatchedRecords,
    int ExtraRecords,
    int FieldsCorrect,
    int FieldsTotal,
    IReadOnlyList<string> Mismatches,
    IReadOnlyList<(PyDict Gold, PyDict Got)> Matches)
{
    public double Accuracy => FieldsTotal > 0 ? (double)FieldsCorrect / FieldsTotal : 0.0;

    public string Summary =>
        $"records {MatchedRecords}/{GoldRecords} matched, {ExtraRecords} extra; fields {FieldsCorrect}/{FieldsTotal} "
        + $"correct (accuracy {Accuracy.ToString("0.0000", CultureInfo.InvariantCulture)})";
}

/// <summary>
/// A port of tests/tools/compare_records.py, the contract's reference scorer. Records are held as Python's json
/// module would load them (dict → <see cref="PyDict"/>, list → <see cref="List{T}"/>, int → <see cref="BigInteger"/>,
/// float → <see cref="double"/>, str, bool, None → null), so that numbers, texts and the mismatch messages
/// (which print values with Python's repr) come out as the Python scorer gives them.
/// </summary>
public static partial class RecordComparer
{
    public const double Tolerance = 0.005;

    public static readonly IReadOnlyList<string> RecordFields =
    [
        "year", "unit.name", "unit.county", "unit.admin_code", "implementing_unit",
        "budget.initial", "budget.adjusted", "budget.executed",
        "execution.rate_reported", "execution.weight", "execution.score_reported",
        "total_score_reported",
    ];

    public static readonly IReadOnlyList<string> FinalAccountsFields =
    [
        "income_total", "expenditure_total", "basic_expenditure", "project_expenditure",
        "personnel_expenditure", "public_expenditure", "carryover_begin", "carryover_end",
        "three_public_total",
    ];

    public static readonly IReadOnlyList<string> IndicatorFields = ["level1", "level2", "name", "target_text", "actual_text", "weight", "score_reported"];

    private const double SimilarityThreshold = 0.6;

    // ---- loading -------------------------------------------------------------------------------------------

    /// <summary>One JSON line as Python's <c>json.loads</c> gives it; the line must hold an object.</summary>
    public static PyDict ParseLine(string line)
    {
        if (line.StartsWith('\uFEFF'))
        {
            throw new JsonException("Unexpected UTF-8 BOM");
        }

        using var document = JsonDocument.Parse(line);
        return ToPython(document.RootElement) as PyDict ?? throw new JsonException("a record line must hold a JSON object");
    }

    /// <summary><c>load_jsonl</c>: every non-blank line that is JSON; lines that are not go to <paramref name="errors"/>.</summary>
    public static List<PyDict> LoadJsonl(string path, List<string>? errors = null)
    {
        var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        var records = new List<PyDict>();
        var number = 0;
        foreach (var line in PySplitLines(text))
        {
            number++;
            if (PyStrip(line).Length == 0)
            {
                continue;
            }

            try
            {
                records.Add(ParseLine(line));
            }
            catch (JsonException error)
            {
                errors?.Add($"{path}:{number}: not JSON: {error.Message}");
            }
        }

        return records;
    }

    /// <summary><c>load_gold</c>: a .jsonl file, or every *.jsonl of a folder in name order.</summary>
    public static List<PyDict> LoadGold(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.jsonl").Where(file => file.EndsWith(".jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [path];
        return [.. files.SelectMany(file => LoadJsonl(file))];
    }

    /// <summary>Extracted records as the scorer reads them: written by <see cref="RecordJson"/>, read back as JSON.</summary>
    public static List<PyDict> FromRecords(IEnumerable<EvaluationRecord> records) =>
        [.. records.Select(record => ParseLine(RecordJson.ToJsonLine(record)))];

    private static object? ToPython(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDict(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPython).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ToNumber(element.GetRawText()),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static PyDict ToDict(JsonElement element)
    {
        var dict = new PyDict(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            dict[property.Name] = ToPython(property.Value);
        }

        return dict;
    }

    // json.loads: a number with a fraction or an exponent is a float, any other an int
    private static object ToNumber(string raw) =>
        raw.IndexOfAny(['.', 'e', 'E']) >= 0
            ? double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture)
            : BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    // ---- comparing -----------------------------------------------------------------------------------------

    /// <summary><c>norm_text</c>: NFKC, ≧ → ≥ and ≦ → ≤, all white space removed; null stays null.</summary>
    public static string? NormText(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = PyStr(value);
        try
        {
            text = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // a lone surrogate: Python normalizes around it, .NET refuses; keep the text as is
        }

        text = text.Replace('≧', '≥').Replace('≦', '≤');
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsPySpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary><c>get</c>: follows a dotted name through nested objects; null where a step is missing or not an object.</summary>
    public static object? Get(object? record, string dotted)
    {
        var node = record;
        foreach (var part in dotted.Split('.'))
        {
            if (node is not PyDict dict)
            {
                return null;
            }

            node = dict.GetValueOrDefault(part);
        }

        return node;
    }

    /// <summary><c>same</c>: gold null matches null or ""; numbers within <see cref="Tolerance"/>; text after <see cref="NormText"/>.</summary>
    public static bool Same(object? gold, object? got)
    {
        switch (gold)
        {
            case null:
                return got is null or "";
            case bool flag:
                return got switch
                {
                    bool other => flag == other,
                    BigInteger integer => integer == (flag ? BigInteger.One : BigInteger.Zero),
                    double real => real == (flag ? 1.0 : 0.0),
                    _ => false,
                };
            case BigInteger or double:
                return got is not null && ToFloat(got) is { } value && Math.Abs(value - ToFloat(gold)!.Value) <= Tolerance;
            default:
                return NormText(gold) == NormText(got);
        }
    }

    /// <summary><c>stem</c>: the file name without folders and without anything from its first dot.</summary>
    public static string Stem(object? name)
    {
        var text = IsTruthy(name) ? PyStr(name) : string.Empty;
        var parts = text.Split('/').Where(part => part.Length > 0 && part != ".").ToList();
        var fileName = parts.Count > 0 ? parts[^1] : string.Empty;
        return fileName.Split('.')[0];
    }

    private static (string Stem, string Kind, string? Project) Key(PyDict record) =>
        (Stem(Get(record, "source.file")), PyRepr(record.GetValueOrDefault("kind")), NormText(record.GetValueOrDefault("project")));

    /// <summary><c>align_indicators</c>: for each gold indicator, the extracted one it pairs with (or null), by order and name similarity.</summary>
    public static List<(int Gold, int? Got)> AlignIndicators(IReadOnlyList<PyDict> goldList, IReadOnlyList<PyDict> gotList)
    {
        var goldNames = goldList.Select(indicator => NormText(indicator.GetValueOrDefault("name")) ?? string.Empty).ToList();
        var gotNames = gotList.Select(indicator => NormText(indicator.GetValueOrDefault("name")) ?? string.Empty).ToList();
        var pairs = new List<(int Gold, int? Got)>();
        var used = new HashSet<int>();
        var start = 0;
        for (var gi = 0; gi < goldNames.Count; gi++)
        {
            int? best = null;
            var bestScore = SimilarityThreshold;
            for (var oi = start; oi < gotNames.Count; oi++)
            {
                if (used.Contains(oi))
                {
                    continue;
                }

                var score = SequenceMatcher.Ratio(goldNames[gi], gotNames[oi]);
                if (score > bestScore)
                {
                    (best, bestScore) = (oi, score);
                }

                if (score == 1.0)
                {
                    break;
                }
            }

            if (best is { } chosen)
            {
                used.Add(chosen);
                start = chosen + 1;
            }

            pairs.Add((gi, best));
        }

        return pairs;
    }

    /// <summary><c>compare</c>: gold records matched to extracted ones and scored field by field.</summary>
    public static ComparisonResult Compare(IReadOnlyList<PyDict> goldRecords, IReadOnlyList<PyDict> gotRecords, IReadOnlySet<string>? onlyFiles = null)
    {
        var gotByKey = new Dictionary<(string, string, string?), List<PyDict>>();
        foreach (var record in gotRecords)
        {
            var key = Key(record);
            if (!gotByKey.TryGetValue(key, out var list))
            {
                gotByKey[key] = list = [];
            }

            list.Add(record);
        }

        var mismatches = new List<string>();
        var matches = new List<(PyDict, PyDict)>();
        int correct = 0, total = 0, matched = 0;
        var consumed = new HashSet<PyDict>(ReferenceEqualityComparer.Instance);
        var filter = onlyFiles is { Count: > 0 } ? onlyFiles : null;
        foreach (var gold in goldRecords)
        {
            var goldStem = Stem(Get(gold, "source.file"));
            if (filter is not null && !filter.Contains(goldStem))
            {
                continue;
            }

            var candidates = gotByKey.GetValueOrDefault(Key(gold)) ?? [];
            var got = candidates.FirstOrDefault(candidate => !consumed.Contains(candidate));
            var project = gold.GetValueOrDefault("project");
            var label = PyStrip($"{goldStem} {PyStr(gold.GetValueOrDefault("kind"))} {(IsTruthy(project) ? PyStr(project) : string.Empty)}");
            var fields = new List<string>(RecordFields);
            if (gold.GetValueOrDefault("kind") is "final_accounts")
            {
                fields.AddRange(FinalAccountsFields.Select(name => $"final_accounts.{name}"));
            }

            var goldIndicators = Indicators(gold);
            if (got is null)
            {
                total += fields.Count + (goldIndicators.Count * IndicatorFields.Count);
                mismatches.Add($"MISSING record: {label}");
                continue;
            }

            consumed.Add(got);
            matches.Add((gold, got));
            matched++;
            foreach (var field in fields)
            {
                total++;
                if (Same(Get(gold, field), Get(got, field)))
                {
                    correct++;
                }
                else
                {
                    mismatches.Add($"{label}: {field}: gold {PyRepr(Get(gold, field))} got {PyRepr(Get(got, field))}");
                }
            }

            var gotIndicators = Indicators(got);
            var pairs = AlignIndicators(goldIndicators, gotIndicators);
            foreach (var (gi, oi) in pairs)
            {
                for (var f = 0; f < IndicatorFields.Count; f++)
                {
                    var field = IndicatorFields[f];
                    total++;
                    var goldValue = goldIndicators[gi].GetValueOrDefault(field);
                    var gotValue = oi is { } index ? gotIndicators[index].GetValueOrDefault(field) : null;
                    if (oi is not null && Same(goldValue, gotValue))
                    {
                        correct++;
                        continue;
                    }

                    var where = $"indicator {gi + 1} {PyRepr(goldIndicators[gi].GetValueOrDefault("name"))}";
                    if (oi is null)
                    {
                        mismatches.Add($"{label}: MISSING {where}");
                        total += IndicatorFields.Count - f - 1;
                        break;
                    }

                    mismatches.Add($"{label}: {where}: {field}: gold {PyRepr(goldValue)} got {PyRepr(gotValue)}");
                }
            }

            var extra = gotIndicators.Count - pairs.Count(pair => pair.Got is not null);
            if (extra > 0)
            {
                mismatches.Add($"{label}: {extra} extra indicator(s)");
            }
        }

        var files = goldRecords.Select(gold => Stem(Get(gold, "source.file"))).ToHashSet(StringComparer.Ordinal);
        var extraRecords = gotRecords.Where(record => !consumed.Contains(record) && files.Contains(Stem(Get(record, "source.file")))).ToList();
        foreach (var record in extraRecords)
        {
            mismatches.Add($"EXTRA record: {Stem(Get(record, "source.file"))} {PyStr(record.GetValueOrDefault("kind"))} {PyStr(record.GetValueOrDefault("project"))}");
        }

        var goldCount = goldRecords.Count(gold => filter is null || filter.Contains(Stem(Get(gold, "source.file"))));
        return new ComparisonResult(goldCount, matched, extraRecords.Count, correct, total, mismatches, matches);
    }

    // gold.get("indicators") or []
    private static List<PyDict> Indicators(PyDict record) =>
        record.GetValueOrDefault("indicators") is List<object?> list
            ? [.. list.Select(item => item as PyDict ?? throw new InvalidDataException("an indicator must be a JSON object"))]
            : [];

    /// <summary>A record (or any value) back to one JSON line, floats written as Python writes them ("2021.0" stays a float).</summary>
    public static string ToJson(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case BigInteger integer:
                writer.WriteRawValue(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case double real:
                writer.WriteRawValue(PyFloatRepr(real));
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                list.ForEach(item => Write(writer, item));
                writer.WriteEndArray();
                break;
            case PyDict dict:
                writer.WriteStartObject();
                foreach (var (name, item) in dict)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"not a JSON value: {value.GetType().Name}", nameof(value));
        }
    }

    // ---- Python semantics ----------------------------------------------------------------------------------

    private static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        BigInteger integer => !integer.IsZero,
        double real => real != 0.0,
        string text => text.Length > 0,
        List<object?> list => list.Count > 0,
        PyDict dict => dict.Count > 0,
        _ => true,
    };

    // float(x) for the values json gives; null where Python raises TypeError or ValueError
    private static double? ToFloat(object value) => value switch
    {
        bool flag => flag ? 1.0 : 0.0,
        BigInteger integer => (double)integer,
        double real => real,
        string text => ParsePyFloat(text),
        _ => null,
    };

    [GeneratedRegex(@"^[+-]?(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$")]
    private static partial Regex PyFloatLiteral();

    [GeneratedRegex(@"^[+-]?(?:inf|infinity|nan)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PyFloatSpecial();

    private static double? ParsePyFloat(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in PyStrip(text))
        {
            // float() reads any Unicode decimal digit
            builder.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c);
        }

        var literal = builder.ToString();
        if (PyFloatSpecial().IsMatch(literal))
        {
            var negative = literal.StartsWith('-');
            return literal.Contains("nan", StringComparison.OrdinalIgnoreCase) ? double.NaN
                : negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return PyFloatLiteral().IsMatch(literal)
            ? double.Parse(literal.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>str(value) in Python.</summary>
    public static string PyStr(object? value) => value is string text ? text : PyRepr(value);

    /// <summary>repr(value) in Python, for the values json gives.</summary>
    public static string PyRepr(object? value) => value switch
    {
        null => "None",
        bool flag => flag ? "True" : "False",
        BigInteger integer => integer.ToString(CultureInfo.InvariantCulture),
        double real => PyFloatRepr(real),
        string text => PyStringRepr(text),
        List<object?> list => "[" + string.Join(", ", list.Select(PyRepr)) + "]",
        PyDict dict => "{" + string.Join(", ", dict.Select(pair => $"{PyStringRepr(pair.Key)}: {PyRepr(pair.Value)}")) + "}",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>repr(float): the shortest round-trip digits, fixed notation for 1e-4 ≤ |x| &lt; 1e16, else exponent notation.</summary>
    public static string PyFloatRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : string.Empty;
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOfAny(['E', 'e']);
        var exponent = exponentAt >= 0 ? int.Parse(shortest[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var mantissa = exponentAt >= 0 ? shortest[..exponentAt] : shortest;
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot >= 0 ? dot : mantissa.Length;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);

        // value = 0.<digits> × 10^decimalPoint, with digits free of leading and trailing zeros
        var decimalPoint = integerDigits + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        decimalPoint -= leading;
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        if (decimalPoint is > -4 and <= 16)
        {
            var body = decimalPoint <= 0
                ? "0." + new string('0', -decimalPoint) + digits
                : decimalPoint >= digits.Length
                    ? digits + new string('0', decimalPoint - digits.Length) + ".0"
                    : digits[..decimalPoint] + "." + digits[decimalPoint..];
            return sign + body;
        }

        var scientific = decimalPoint - 1;
        var head = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
        return $"{sign}{head}e{(scientific < 0 ? '-' : '+')}{Math.Abs(scientific):00}";
    }

    private static string PyStringRepr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (codePoint == quote || codePoint == '\\')
            {
                builder.Append('\\').Append((char)codePoint);
            }
            else if (codePoint == '\t')
            {
                builder.Append("\\t");
            }
            else if (codePoint == '\n')
            {
                builder.Append("\\n");
            }
            else if (codePoint == '\r')
            {
                builder.Append("\\r");
            }
            else if (codePoint < ' ' || codePoint == 0x7f)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{codePoint:x2}");
            }
            else if (codePoint < 0x7f || IsPyPrintable(codePoint))
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                var (prefix, digits) = codePoint <= 0xff ? ("\\x", "x2") : codePoint <= 0xffff ? ("\\u", "x4") : ("\\U", "x8");
                builder.Append(prefix).Append(codePoint.ToString(digits, CultureInfo.InvariantCulture));
            }
        }

        return builder.Append(quote).ToString();
    }

    // str.isprintable: not Cc, Cf, Cs, Co, Cn, Zl, Zp, nor Zs other than the space
    private static bool IsPyPrintable(int codePoint)
    {
        if (codePoint is >= 0xd800 and <= 0xdfff)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.SpaceSeparator => codePoint == ' ',
            _ => true,
        };
    }

    // str.isspace: .NET's white space plus the four information separators U+001C..U+001F
    private static bool IsPySpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    private static string PyStrip(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsPySpace(text[start]))
        {
            start++;
        }

        while (end > start && IsPySpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    // str.splitlines: \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028, \u2029
    private static List<string> PySplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\u001c' or '\u001d' or '\u001e' or '\u0085' or '\u2028' or '\u2029')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
