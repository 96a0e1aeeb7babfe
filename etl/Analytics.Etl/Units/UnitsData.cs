namespace Analytics.Etl.Units;

/// <summary>Reads the small CSV tables embedded under <c>Analytics.Etl.Data.*</c>.</summary>
internal static class UnitsData
{
    private const string ResourcePrefix = "Analytics.Etl.Data.";

    public static StreamReader Open(string fileName)
    {
        var stream = typeof(UnitsData).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix}{fileName} is missing.");
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>Reads a header + rows CSV (RFC 4180 quoting, one record per line); checks the header and the column count.</summary>
    public static IEnumerable<string[]> ReadRows(TextReader reader, string expectedHeader, string tableName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd('\r');
        if (header != expectedHeader)
        {
            throw new InvalidDataException($"{tableName}: expected header '{expectedHeader}' but found '{header}'.");
        }

        var columns = expectedHeader.Split(',').Length;
        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitLine(line);
            if (fields.Count != columns)
            {
                throw new InvalidDataException($"{tableName} line {lineNumber}: expected {columns} fields but found {fields.Count}.");
            }

            yield return [.. fields];
        }
    }

    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
