using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tallies.Columnar;

namespace OneStop.Metrics.Benchmarks;

/// <summary>
/// The columnar fast path against the object path on the same dossiers: the built-in Tứ Kỳ 2023 sample (36.171
/// dossiers, 2.718 cells) repeated with shifted ids up to <see cref="Dossiers"/>, in a seeded random order (so
/// that branch prediction cannot learn the data; objects are allocated in that order, as a reader would). The
/// floor reads every byte of the batch's columns once, sequentially, on one thread. ns per dossier = mean / Dossiers.
/// </summary>
/// <remarks>
/// <see cref="Dossiers"/> is 1,000,000 unless the environment variable <c>ONESTOP_BENCH_DOSSIERS</c> lists other
/// counts (comma-separated), e.g. <c>ONESTOP_BENCH_DOSSIERS=1000000,10000000</c> for the full run, which thus
/// needs no code change.
/// </remarks>
[MemoryDiagnoser]
public class ColumnarBenchmarks
{
    private ReferenceData _reference = null!;
    private TallyScope _scope = null!;
    private Dossier[] _dossiers = null!;
    private DossierBatch _batch = null!;

    [ParamsSource(nameof(DossierCountsToRun))]
    public int Dossiers { get; set; }

    /// <summary>1,000,000, or the counts in <c>ONESTOP_BENCH_DOSSIERS</c>.</summary>
    public static IEnumerable<int> DossierCountsToRun =>
        Environment.GetEnvironmentVariable("ONESTOP_BENCH_DOSSIERS") is { Length: > 0 } counts
            ? counts.Split(',').Select(count => int.Parse(count, CultureInfo.InvariantCulture))
            : [1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        var sample = BuiltInSamples.TuKy2023;
        _reference = sample.Reference;
        _scope = sample.Scope;
        _dossiers = Repeat(sample.Dossiers, Dossiers, seed: 20230831);
        _batch = DossierBatch.Create(_reference, _dossiers, DossierBatchOptions.For(_scope));

        // Every path must count the same thing, or the comparison means nothing.
        var expected = ObjectPath();
        foreach (var tally in new[] { Columnar1Thread(), Columnar2Threads() })
        {
            if (!tally.Equals(expected))
            {
                throw new InvalidOperationException($"The columnar tally {tally} differs from the object path's {expected}.");
            }
        }
    }

    /// <summary>The library's object path: <see cref="DossierTally.Build"/> over <see cref="Dossier"/> objects, one thread.</summary>
    [Benchmark(Baseline = true)]
    public DossierTally ObjectPath() => DossierTally.Build(_reference, _scope, _dossiers);

    /// <summary>The columnar path on the calling thread.</summary>
    [Benchmark]
    public DossierTally Columnar1Thread() => _batch.Tally(_scope, degreeOfParallelism: 1);

    /// <summary>The columnar path on two threads (two workers claiming contiguous ranges, their counters merged).</summary>
    [Benchmark]
    public DossierTally Columnar2Threads() => _batch.Tally(_scope, degreeOfParallelism: 2);

    /// <summary>The memory-bandwidth floor: a plain sequential sum over every byte of the batch's columns, one thread.</summary>
    [Benchmark]
    public ulong ColumnBytesSum()
    {
        var columns = _batch.Columns;
        var count = _batch.Count;
        return unchecked(Sum(MemoryMarshal.AsBytes(columns.CellIds.AsSpan(0, count)))
                         + Sum(MemoryMarshal.AsBytes(columns.ReceivedDays.AsSpan(0, count)))
                         + Sum(MemoryMarshal.AsBytes(columns.Dues.AsSpan(0, count)))
                         + Sum(MemoryMarshal.AsBytes(columns.Ends.AsSpan(0, count)))
                         + Sum(MemoryMarshal.AsBytes(columns.Facts.AsSpan(0, count)))
                         + Sum(MemoryMarshal.AsBytes(columns.Documents.AsSpan(0, count))));
    }

    /// <summary>Sums a byte span as 64-bit words (four independent accumulators), then the tail bytes; wraps around.</summary>
    private static ulong Sum(ReadOnlySpan<byte> bytes)
    {
        unchecked
        {
            var words = MemoryMarshal.Cast<byte, ulong>(bytes);
            ulong a = 0, b = 0, c = 0, d = 0;
            var i = 0;
            for (; i + 4 <= words.Length; i += 4)
            {
                a += words[i];
                b += words[i + 1];
                c += words[i + 2];
                d += words[i + 3];
            }

            for (; i < words.Length; i++)
            {
                a += words[i];
            }

            for (var j = words.Length * sizeof(ulong); j < bytes.Length; j++)
            {
                b += bytes[j];
            }

            return a + b + c + d;
        }
    }

    /// <summary>
    /// <paramref name="count"/> dossiers: the sample's, repeated with ids suffixed <c>#k</c>, in a seeded random
    /// order, each copy allocated in that order.
    /// </summary>
    private static Dossier[] Repeat(ImmutableArray<Dossier> sample, int count, int seed)
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
