using System;
using System.Collections.Generic;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Generation;

/// <summary>
/// A skewed choice among n items by integer weights: a cumulative table searched by bisection, so a draw costs one
/// random number and about log2(n) comparisons. Items of weight 0 are never chosen. Immutable.
/// </summary>
internal sealed class WeightTable
{
    private readonly int[] _cumulative;

    public WeightTable(IReadOnlyList<long> weights)
    {
        _cumulative = new int[weights.Count];
        long total = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[i], "A weight must not be negative.");
            }

            total = checked(total + weights[i]);
            if (total > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), total, "The weights must add up to at most int.MaxValue.");
            }

            _cumulative[i] = (int)total;
        }

        Total = (int)total;
    }

    /// <summary>The sum of the weights; 0 when every weight is 0 (then <see cref="Pick"/> must not be called).</summary>
    public int Total { get; }

    /// <summary>The number of items.</summary>
    public int Count => _cumulative.Length;

    /// <summary>Draws an item index with probability weight / <see cref="Total"/>.</summary>
    public int Pick(SampleRandom random)
    {
        var x = random.Next(Total);
        int lo = 0, hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > x)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>Zipf–Mandelbrot weights in integers: item of rank r (1-based) weighs <paramref name="scale"/> / (r + <paramref name="offset"/>).</summary>
    public static long ZipfWeight(int rank, int offset, int scale) => scale / (rank + offset);
}
