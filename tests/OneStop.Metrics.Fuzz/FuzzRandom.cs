using System;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// A small deterministic generator (SplitMix64): the same seed gives the same inputs on every machine and .NET
/// version, which <see cref="Random"/> does not promise.
/// </summary>
public sealed class FuzzRandom
{
    private ulong _state;

    /// <summary>Starts the sequence of a seed.</summary>
    public FuzzRandom(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = unchecked(_state += 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="max"/>); 0 when <paramref name="max"/> is 0 or less.</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>True with probability 1/<paramref name="n"/>.</summary>
    public bool OneIn(int n) => Next(n) == 0;

    /// <summary>One element of a list.</summary>
    public T Pick<T>(System.Collections.Generic.IReadOnlyList<T> items) => items[Next(items.Count)];
}
