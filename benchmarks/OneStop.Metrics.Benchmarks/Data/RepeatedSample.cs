using System;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Benchmarks.Data;

/// <summary>The built-in sample's dossiers repeated to any count, in a seeded random order.</summary>
public static class RepeatedSample
{
    /// <summary>
    /// <paramref name="count"/> dossiers: the sample's, repeated with ids suffixed <c>#k</c>, in a seeded random
    /// order (so that branch prediction cannot learn the data), each copy allocated in that order, as a reader would.
    /// </summary>
    public static Dossier[] Create(ImmutableArray<Dossier> sample, int count, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var dossiers = new Dossier[count];
        for (var i = 0; i < count; i++)
        {
            var n = order[i];
            var source = sample[n % sample.Length];
            dossiers[i] = n < sample.Length ? source : source with { Id = $"{source.Id}#{n / sample.Length}" };
        }

        return dossiers;
    }
}
