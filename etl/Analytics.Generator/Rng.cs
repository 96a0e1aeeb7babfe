namespace Analytics.Generator;

/// <summary>
/// A small deterministic random source (SplitMix64): the same seed gives the same sequence on every platform and
/// .NET version, which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class Rng
{
    private ulong state;

    public Rng(ulong seed) => state = seed;

    /// <summary>A generator for one part of the corpus, derived from the corpus seed and the part's keys.</summary>
    public static Rng For(int seed, params ReadOnlySpan<string> keys)
    {
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var key in keys)
        {
            foreach (var c in key)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0x1F) * 1099511628211UL;
        }

        return new Rng(hash);
    }

    public ulong NextULong()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextULong() % (ulong)maxExclusive);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double Between(double min, double max) => min + (NextDouble() * (max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A fresh generator whose sequence does not depend on how much of this one is used later.</summary>
    public Rng Fork() => new(NextULong());

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
