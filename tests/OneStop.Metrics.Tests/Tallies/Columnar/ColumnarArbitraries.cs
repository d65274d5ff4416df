using FsCheck;
using FsCheck.Fluent;

namespace OneStop.Metrics.Tests.Tallies.Columnar;

/// <summary>A degree of parallelism for <c>DossierBatch.Tally</c>, 1 to 4.</summary>
public sealed record Parallelism(int Value)
{
    public override string ToString() => $"{Value} thread(s)";
}

/// <summary>The FsCheck arbitraries of the columnar properties (used with <c>DossierArbitraries</c>).</summary>
public static class ColumnarArbitraries
{
    public static Arbitrary<Parallelism> Parallelism() => Arb.From(Gen.Choose(1, 4).Select(n => new Parallelism(n)));
}
