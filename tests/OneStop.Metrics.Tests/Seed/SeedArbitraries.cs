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

    public static Arbitrary<PartitionSpec> Partitions() =>
        Arb.From(
            from parts in Gen.Choose(1, 7)
            from seed in Gen.Choose(0, int.MaxValue)
            select new PartitionSpec(parts, seed));
}

/// <summary>How to cut a dossier list into parts: how many, and the seed that assigns each dossier a part.</summary>
public sealed record PartitionSpec(int Parts, int Seed);
