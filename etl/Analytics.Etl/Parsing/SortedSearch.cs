namespace Analytics.Etl.Parsing;

/// <summary>Binary search over values sorted ascending (duplicates allowed), read through an accessor.</summary>
internal static class SortedSearch
{
    /// <summary>The first position whose value is at least <paramref name="value"/>; <paramref name="count"/> when none is.</summary>
    public static int FirstAtOrAfter(int count, Func<int, int> valueAt, int value)
    {
        var low = 0;
        var high = count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (valueAt(middle) < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
