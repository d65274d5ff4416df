using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using OneStop.Metrics.Benchmarks.Baselines;
using OneStop.Metrics.Benchmarks.Columns;
using OneStop.Metrics.Benchmarks.Data;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tallies.Columnar;

namespace OneStop.Metrics.Benchmarks;

/// <summary>
/// Every way of counting the same dossiers, in one run, against idiomatic LINQ as the baseline: (a) LINQ
/// GroupBy/Count over dossier objects, (b) the library's object path, (c) the columnar path on 1 and 2 threads,
/// (d) DuckDB's GROUP BY over the same rows already loaded in an in-memory table, (e) a plain sequential read of the
/// columnar batch's bytes as the memory-bandwidth floor. The data: the built-in Tứ Kỳ 2023 sample (36.171
/// dossiers, 2.718 cells) repeated up to <see cref="Dossiers"/> in a seeded random order. Setup checks that LINQ,
/// DuckDB and both columnar paths give exactly the object path's counters in every cell before they are timed
/// (each benchmark runs in its own process with the setup it needs).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TallyBenchmarks : IDisposable
{
    private ReferenceData _reference = null!;
    private TallyScope _scope = null!;
    private Dossier[] _dossiers = null!;
    private DossierBatch _batch = null!;
    private DuckDbDossierTable _duck = null!;
    private string _duckQuery = null!;

    /// <summary>The number of dossiers (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(DossierCounts))]
    public int Dossiers { get; set; }

    /// <summary>The counts to run (see <see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> DossierCounts => BenchmarkSizes.Counts;

    /// <summary>The dossier objects, for every benchmark.</summary>
    [GlobalSetup(Targets = [nameof(ObjectPath)])]
    public void Setup()
    {
        var sample = BuiltInSamples.TuKy2023;
        _reference = sample.Reference;
        _scope = sample.Scope;
        _dossiers = RepeatedSample.Create(sample.Dossiers, Dossiers, seed: 20230831);
    }

    /// <summary>The objects; LINQ must count what the object path counts.</summary>
    [GlobalSetup(Targets = [nameof(LinqGroupByCount)])]
    public void SetupLinq()
    {
        Setup();
        CounterTable.From(ObjectPath()).MustEqual(LinqGroupByCount(), "LINQ");
    }

    /// <summary>The objects and the batch; both columnar paths must count what the object path counts.</summary>
    [GlobalSetup(Targets = [nameof(Columnar1Thread), nameof(Columnar2Threads), nameof(ColumnBytesSum)])]
    public void SetupColumnar()
    {
        Setup();
        _batch = DossierBatch.Create(_reference, _dossiers, DossierBatchOptions.For(_scope));
        var expected = CounterTable.From(ObjectPath());
        expected.MustEqual(CounterTable.From(Columnar1Thread()), "The columnar path (1 thread)");
        expected.MustEqual(CounterTable.From(Columnar2Threads()), "The columnar path (2 threads)");
    }

    /// <summary>The objects loaded into DuckDB; its query must count what the object path counts.</summary>
    [GlobalSetup(Targets = [nameof(DuckDbGroupBy)])]
    public void SetupDuckDb()
    {
        Setup();
        _duck = DuckDbDossierTable.Load(_reference, _dossiers);
        _duckQuery = DuckDbTally.Query(DuckDbDossierTable.Name, _scope);
        CounterTable.From(ObjectPath()).MustEqual(DuckDbGroupBy(), "DuckDB");
    }

    /// <summary>Closes the DuckDB database.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _duck?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>(a) Idiomatic LINQ: GroupBy cell, then one Count (or Sum) per counter.</summary>
    [Benchmark(Baseline = true)]
    public CounterTable LinqGroupByCount() => LinqTally.Run(_dossiers, _reference, _scope);

    /// <summary>(b) The library's object path: <see cref="DossierTally.Build"/> over <see cref="Dossier"/> objects, one thread.</summary>
    [Benchmark]
    public DossierTally ObjectPath() => DossierTally.Build(_reference, _scope, _dossiers);

    /// <summary>(c) The columnar path on the calling thread.</summary>
    [Benchmark]
    public DossierTally Columnar1Thread() => _batch.Tally(_scope, degreeOfParallelism: 1);

    /// <summary>(c) The columnar path on two threads (two workers claiming contiguous ranges, their counters merged).</summary>
    [Benchmark]
    public DossierTally Columnar2Threads() => _batch.Tally(_scope, degreeOfParallelism: 2);

    /// <summary>(d) DuckDB (in-process, all cores): the same counters as one GROUP BY over the loaded table.</summary>
    [Benchmark]
    public CounterTable DuckDbGroupBy() => DuckDbTally.Run(_duck.Connection, _duckQuery, _duck.KeyOf);

    /// <summary>(e) The memory-bandwidth floor: a plain sequential sum over every byte of the batch's columns, one thread.</summary>
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

    /// <summary>Adds ns/dossier and B/dossier.</summary>
    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => Add(DerivedColumn.Config());
    }
}
