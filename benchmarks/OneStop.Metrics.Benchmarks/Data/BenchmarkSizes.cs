using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OneStop.Metrics.Benchmarks.Data;

/// <summary>
/// The data sizes the benchmarks run at: 1,000,000 unless the environment variable <c>ONESTOP_BENCH_DOSSIERS</c>
/// lists other counts (comma-separated), e.g. <c>ONESTOP_BENCH_DOSSIERS=1000000,10000000</c> for the full run,
/// which thus needs no code change (see <c>benchmarks/run.sh</c>).
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable naming the counts.</summary>
    public const string Variable = "ONESTOP_BENCH_DOSSIERS";

    /// <summary>1,000,000, or the counts in <see cref="Variable"/>.</summary>
    public static IEnumerable<int> Counts =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } counts
            ? counts.Split(',').Select(count => int.Parse(count, CultureInfo.InvariantCulture))
            : [1_000_000];
}
