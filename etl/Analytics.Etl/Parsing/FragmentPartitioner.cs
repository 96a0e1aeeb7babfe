namespace Analytics.Etl.Parsing;

/// <summary>
/// Decides which consecutive one-line fragments of flattened table text belong to the same wrapped cell.
/// A cell wraps at its column width, so every line of it but the last has the same printed width and the last
/// is no wider; among the partitions that respect that, the one with the most lines of equal width
/// (evidence of a real column) wins.
/// </summary>
internal static class FragmentPartitioner
{
    private const int WidthTolerance = 1;

    public static List<List<string>> Partition(IReadOnlyList<string> fragments, int maxGroups)
    {
        var widths = fragments.Select(TextTools.DisplayWidth).ToArray();
        List<List<string>>? best = null;
        (int Evidence, int Width) bestScore = (-1, -1);
        var limit = Math.Min(maxGroups, fragments.Count);
        for (var groups = 1; groups <= limit; groups++)
        {
            foreach (var cuts in Cuts(fragments.Count, groups - 1))
            {
                var score = Score(widths, cuts);
                if (score is { } value && (value.Evidence > bestScore.Evidence || (value.Evidence == bestScore.Evidence && value.Width > bestScore.Width)))
                {
                    bestScore = value;
                    best = Split(fragments, cuts);
                }
            }
        }

        // nothing fits the wrapping rule (a damaged text): one cell per fragment group, as many as asked
        return best ?? Split(fragments, Enumerable.Range(1, limit - 1).ToArray());
    }

    private static (int Evidence, int Width)? Score(int[] widths, int[] cuts)
    {
        var evidence = 0;
        var width = 0;
        var start = 0;
        foreach (var end in cuts.Append(widths.Length))
        {
            var first = widths[start];
            for (var i = start + 1; i < end - 1; i++)
            {
                if (Math.Abs(widths[i] - first) > WidthTolerance)
                {
                    return null;
                }

                evidence++;
            }

            if (end - start >= 2 && widths[end - 1] > first + WidthTolerance)
            {
                return null;
            }

            if (end - start >= 2)
            {
                width += first;
            }

            start = end;
        }

        return (evidence, width);
    }

    private static IEnumerable<int[]> Cuts(int count, int cutCount)
    {
        if (cutCount == 0)
        {
            yield return [];
            yield break;
        }

        // fragments per row are few (a wrapped cell rarely exceeds ten lines), so plain enumeration is cheap
        var cuts = Enumerable.Range(1, cutCount).ToArray();
        while (true)
        {
            if (cuts[^1] < count)
            {
                yield return (int[])cuts.Clone();
            }

            var i = cutCount - 1;
            while (i >= 0 && cuts[i] == count - cutCount + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            cuts[i]++;
            for (var j = i + 1; j < cutCount; j++)
            {
                cuts[j] = cuts[j - 1] + 1;
            }
        }
    }

    private static List<List<string>> Split(IReadOnlyList<string> fragments, int[] cuts)
    {
        var groups = new List<List<string>>();
        var start = 0;
        foreach (var end in cuts.Append(fragments.Count))
        {
            groups.Add(fragments.Skip(start).Take(end - start).ToList());
            start = end;
        }

        return groups;
    }
}
