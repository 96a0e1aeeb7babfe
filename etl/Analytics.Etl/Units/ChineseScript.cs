using System.Text;

namespace Analytics.Etl.Units;

/// <summary>
/// Script normalization for Chinese text: a small traditional→simplified character map
/// (embedded <c>Data/traditional_simplified.csv</c>, hand-made, checked against OpenCC), plus NFKC.
/// </summary>
public static class ChineseScript
{
    private static readonly Lazy<Dictionary<char, char>> Map = new(LoadMap, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<System.Buffers.SearchValues<char>> Traditional =
        new(() => System.Buffers.SearchValues.Create([.. Map.Value.Keys]), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<System.Buffers.SearchValues<char>> SimplifiedTwins =
        new(() => System.Buffers.SearchValues.Create([.. Map.Value.Values.Distinct()]), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the text holds a character the map folds (a quick test, vectorized).</summary>
    public static bool HasTraditional(ReadOnlySpan<char> text) => text.ContainsAny(Traditional.Value);

    /// <summary>True when the text holds a simplified character that some traditional one folds to.</summary>
    public static bool HasSimplifiedTwin(ReadOnlySpan<char> text) => text.ContainsAny(SimplifiedTwins.Value);

    /// <summary>Replaces the traditional characters known to the map by their simplified forms; other characters are kept.</summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = Map.Value;
        var firstChange = text.AsSpan().IndexOfAny(Traditional.Value);
        if (firstChange < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, map, firstChange), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.firstChange; i < span.Length; i++)
            {
                if (state.map.TryGetValue(span[i], out var simplified))
                {
                    span[i] = simplified;
                }
            }
        });
    }

    /// <summary>NFKC (full-width forms, compatibility ideographs) followed by <see cref="ToSimplified"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string nfkc;
        try
        {
            nfkc = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // invalid UTF-16 (lone surrogates): keep the text as it is
            nfkc = text;
        }

        return ToSimplified(nfkc);
    }

    private static Dictionary<char, char> LoadMap()
    {
        using var reader = UnitsData.Open("traditional_simplified.csv");
        var map = new Dictionary<char, char>();
        foreach (var row in UnitsData.ReadRows(reader, "traditional,simplified", "traditional_simplified.csv"))
        {
            if (row[0].Length != 1 || row[1].Length != 1 || row[0] == row[1])
            {
                throw new InvalidDataException($"traditional_simplified.csv: bad pair '{row[0]}' → '{row[1]}'.");
            }

            map[row[0][0]] = row[1][0];
        }

        return map;
    }
}
