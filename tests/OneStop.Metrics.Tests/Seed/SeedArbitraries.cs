using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Tests.Seed;

/// <summary>
/// FsCheck generators of Tứ Kỳ sample variants: any seed (dates, order, early/on-time split, spread over
/// communes and procedures) and up to 300 dossiers on each side outside the period.
/// </summary>
public static class SeedArbitraries
{
    public static Arbitrary<SampleVariation> Variations() =>
        Arb.From(
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            from after in Gen.Choose(0, 300)
            from before in Gen.Choose(0, 300)
            select new SampleVariation(((ulong)(uint)high << 32) | (uint)low, after, before));

    /// <summary>
    /// Permutations as lists of swaps: generated from pairs of positions, shrunk by dropping one swap at a time, so a
    /// failing order shrinks towards the fewest swaps that still fail (none is the identity).
    /// </summary>
    public static Arbitrary<Swaps> Shuffles() =>
        Arb.From(
            from pairs in Gen.ArrayOf(
                from i in Gen.Choose(0, int.MaxValue)
                from j in Gen.Choose(0, int.MaxValue)
                select (i, j))
            select new Swaps(pairs),
            swaps => Enumerable.Range(0, swaps.Pairs.Count).Select(k => new Swaps([.. swaps.Pairs.Where((_, index) => index != k)])));

    public static Arbitrary<PartitionSpec> Partitions() =>
        Arb.From(
            from parts in Gen.Choose(1, 7)
            from seed in Gen.Choose(0, int.MaxValue)
            select new PartitionSpec(parts, seed));
}

/// <summary>How to cut a dossier list into parts: how many, and the seed that assigns each dossier a part.</summary>
public sealed record PartitionSpec(int Parts, int Seed);

/// <summary>A permutation as swaps of positions (taken modulo the length of what is shuffled), applied in order.</summary>
/// <param name="Pairs">The positions swapped, in order.</param>
public sealed record Swaps(IReadOnlyList<(int I, int J)> Pairs)
{
    /// <summary>Applies the swaps to <paramref name="items"/> in place.</summary>
    public void ApplyTo<T>(T[] items)
    {
        if (items.Length == 0)
        {
            return;
        }

        foreach (var (i, j) in Pairs)
        {
            (items[i % items.Length], items[j % items.Length]) = (items[j % items.Length], items[i % items.Length]);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"Swaps({string.Join(", ", Pairs)})";
}
