namespace Analytics.Etl.Scoring;

/// <summary>
/// A port of Python's <c>difflib.SequenceMatcher(None, a, b)</c> on strings, as far as <c>ratio()</c> needs it:
/// Ratcliff/Obershelp matching blocks, no junk function, and the "popular element" heuristic (autojunk) for a
/// second sequence of 200 or more elements. Strings are compared by code point, as Python strings are.
/// </summary>
public sealed class SequenceMatcher
{
    private readonly int[] a;
    private readonly int[] b;
    private readonly Dictionary<int, List<int>> b2j = [];

    public SequenceMatcher(string a, string b, bool autoJunk = true)
    {
        this.a = CodePoints(a);
        this.b = CodePoints(b);
        ChainB(autoJunk);
    }

    /// <summary><c>SequenceMatcher(None, a, b).ratio()</c>.</summary>
    public static double Ratio(string a, string b) => new SequenceMatcher(a, b).Ratio();

    /// <summary>2.0 * M / T, where M is the number of matched elements and T the total of both lengths; 1.0 when both are empty.</summary>
    public double Ratio()
    {
        var matches = GetMatchingBlocks().Sum(block => block.Size);
        var length = a.Length + b.Length;
        return length > 0 ? 2.0 * matches / length : 1.0;
    }

    public IReadOnlyList<(int A, int B, int Size)> GetMatchingBlocks()
    {
        var queue = new List<(int ALo, int AHi, int BLo, int BHi)> { (0, a.Length, 0, b.Length) };
        var blocks = new List<(int A, int B, int Size)>();
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue[^1];
            queue.RemoveAt(queue.Count - 1);
            var (i, j, k) = FindLongestMatch(alo, ahi, blo, bhi);
            if (k > 0)
            {
                blocks.Add((i, j, k));
                if (alo < i && blo < j)
                {
                    queue.Add((alo, i, blo, j));
                }

                if (i + k < ahi && j + k < bhi)
                {
                    queue.Add((i + k, ahi, j + k, bhi));
                }
            }
        }

        blocks.Sort();

        // collapse adjacent blocks, as difflib does
        var collapsed = new List<(int A, int B, int Size)>();
        int i1 = 0, j1 = 0, k1 = 0;
        foreach (var (i2, j2, k2) in blocks)
        {
            if (i1 + k1 == i2 && j1 + k1 == j2)
            {
                k1 += k2;
            }
            else
            {
                if (k1 > 0)
                {
                    collapsed.Add((i1, j1, k1));
                }

                (i1, j1, k1) = (i2, j2, k2);
            }
        }

        if (k1 > 0)
        {
            collapsed.Add((i1, j1, k1));
        }

        collapsed.Add((a.Length, b.Length, 0));
        return collapsed;
    }

    public (int A, int B, int Size) FindLongestMatch(int alo, int ahi, int blo, int bhi)
    {
        // no junk function, so bjunk is empty: popular elements are only missing from b2j
        var (besti, bestj, bestSize) = (alo, blo, 0);
        var j2len = new Dictionary<int, int>();
        for (var i = alo; i < ahi; i++)
        {
            var newJ2len = new Dictionary<int, int>();
            if (b2j.TryGetValue(a[i], out var indexes))
            {
                foreach (var j in indexes)
                {
                    if (j < blo)
                    {
                        continue;
                    }

                    if (j >= bhi)
                    {
                        break;
                    }

                    var k = newJ2len[j] = j2len.GetValueOrDefault(j - 1) + 1;
                    if (k > bestSize)
                    {
                        (besti, bestj, bestSize) = (i - k + 1, j - k + 1, k);
                    }
                }
            }

            j2len = newJ2len;
        }

        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1])
        {
            (besti, bestj, bestSize) = (besti - 1, bestj - 1, bestSize + 1);
        }

        while (besti + bestSize < ahi && bestj + bestSize < bhi && a[besti + bestSize] == b[bestj + bestSize])
        {
            bestSize++;
        }

        return (besti, bestj, bestSize);
    }

    private void ChainB(bool autoJunk)
    {
        for (var index = 0; index < b.Length; index++)
        {
            if (!b2j.TryGetValue(b[index], out var indexes))
            {
                b2j[b[index]] = indexes = [];
            }

            indexes.Add(index);
        }

        var n = b.Length;
        if (autoJunk && n >= 200)
        {
            var ntest = (n / 100) + 1;
            foreach (var popular in b2j.Where(pair => pair.Value.Count > ntest).Select(pair => pair.Key).ToList())
            {
                b2j.Remove(popular);
            }
        }
    }

    private static int[] CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // a lone surrogate is one element, as in a Python string
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                points.Add(text[i]);
            }
        }

        return [.. points];
    }
}
