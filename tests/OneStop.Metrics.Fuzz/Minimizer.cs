using System;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// Shrinks a failing input by delta debugging: removes chunks of half, a quarter, … down to one byte while the
/// input still fails with the same signature.
/// </summary>
public static class Minimizer
{
    /// <summary>The smallest input found that still fails as <paramref name="signature"/> does.</summary>
    /// <param name="target">The target.</param>
    /// <param name="input">A failing input.</param>
    /// <param name="signature">Its violation's signature.</param>
    /// <param name="maxChecks">At most this many checks.</param>
    public static byte[] Minimize(IFuzzTarget target, byte[] input, string signature, int maxChecks = 4000)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(input);
        var current = input;
        var checks = 0;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1 && checks < maxChecks;)
        {
            var removed = false;
            for (var start = 0; start < current.Length && checks < maxChecks;)
            {
                var length = Math.Min(chunk, current.Length - start);
                byte[] candidate = [.. current.AsSpan(0, start), .. current.AsSpan(start + length)];
                checks++;
                if (FuzzRunner.Check(target, candidate, FuzzRunner.DefaultBudget)?.Signature == signature)
                {
                    current = candidate;
                    removed = true;
                }
                else
                {
                    start += length;
                }
            }

            if (!removed)
            {
                chunk /= 2;
            }
        }

        return current;
    }
}
