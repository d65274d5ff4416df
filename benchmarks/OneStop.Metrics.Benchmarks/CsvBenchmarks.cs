using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using OneStop.Metrics.Benchmarks.Baselines;
using OneStop.Metrics.Benchmarks.Columns;
using OneStop.Metrics.Benchmarks.Data;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Benchmarks;

/// <summary>
/// From a CSV export to tallies, against the cost of only parsing it: (baseline) Sep reading every field of every
/// row of <c>dossiers.csv</c>, (library) <see cref="DataFolder.TallyDossiers"/> — parse, validate, tally — and
/// (DuckDB) <c>read_csv</c> of the same file joined with <c>procedures.csv</c> and the library's GROUP BY. The file:
/// a generated province (<see cref="GeneratedProvince"/>) of <see cref="Rows"/> dossiers. Setup checks that the
/// library accepts every row and that DuckDB counts what it counts in every cell.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CsvBenchmarks : IDisposable
{
    private static readonly CsvReadOptions OneThread = CsvReadOptions.Default with { UseSecondThread = false };

    private DataFolder _folder = null!;
    private ReferenceData _reference = null!;
    private TallyScope _scope = null!;
    private DuckDBConnection _duck = null!;
    private string _duckQuery = null!;

    /// <summary>The number of dossiers (rows) in the file (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>The counts to run (see <see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> RowCounts => BenchmarkSizes.Counts;

    /// <summary>Writes (or reuses) the folder.</summary>
    [GlobalSetup(Targets = [nameof(SepParse), nameof(DecodeOnly), nameof(DecodeThroughLineGuard)])]
    public void Setup() => _folder = GeneratedProvince.Folder(Rows);

    /// <summary>The folder and its reference data; every row must be accepted.</summary>
    [GlobalSetup(Targets = [nameof(LibraryCsvToTally), nameof(LibraryCsvToTallyOneThread)])]
    public void SetupLibrary()
    {
        Setup();
        var reference = _folder.ReadReference();
        if (!reference.IsComplete)
        {
            throw new InvalidOperationException($"The reference files of {_folder} do not load completely.");
        }

        _reference = reference.Reference;
        _scope = GeneratedProvince.Scope;
        var library = LibraryCsvToTally();
        if (library.Rejected != 0 || library.RowsRead != Rows)
        {
            throw new InvalidOperationException($"The library read {library.RowsRead} rows and rejected {library.Rejected}; expected {Rows} and 0.");
        }
    }

    /// <summary>The folder and an in-memory DuckDB; its query must count what the library counts.</summary>
    [GlobalSetup(Targets = [nameof(DuckDbReadCsv)])]
    public void SetupDuckDb()
    {
        SetupLibrary();
        _duck = new DuckDBConnection("Data Source=:memory:");
        _duck.Open();
        _duckQuery = DuckDbTally.Query(DuckDbCsvRelation.Of(_folder), _scope);
        CounterTable.From(LibraryCsvToTally().Tally).MustEqual(DuckDbReadCsv(), "DuckDB read_csv");
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _duck?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Sep parsing every field of every row (the characters are touched, nothing is converted).</summary>
    [Benchmark(Baseline = true)]
    public long SepParse()
    {
        using var reader = Sep.Reader().FromFile(_folder.DossiersPath);
        long characters = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                characters += row[i].Span.Length;
            }
        }

        return characters;
    }

    /// <summary>The file decoded as the library opens it (the 64 KiB UTF-8 check, then a stream reader), every character read: what the line guard adds to.</summary>
    [Benchmark]
    public long DecodeOnly()
    {
        using var stream = File.OpenRead(_folder.DossiersPath);
        using var text = TextDecoding.Open(stream, null, TextDecoding.FileLabel, out _)!;
        return Drain(text);
    }

    /// <summary>The same, through the physical-line guard (quotes, line bound, row limit, undecodable text): its cost alone.</summary>
    [Benchmark]
    public long DecodeThroughLineGuard()
    {
        using var stream = File.OpenRead(_folder.DossiersPath);
        using var text = TextDecoding.Open(stream, null, TextDecoding.FileLabel, out _)!;
        using var guard = new LineGuard(text, null, CsvReadOptions.Default.Limits);
        var characters = Drain(guard);
        return guard.PhysicalLines == Rows + 1 ? characters : throw new InvalidOperationException($"{guard.PhysicalLines} lines");
    }

    private static long Drain(TextReader text)
    {
        var buffer = new char[1 << 16];
        long characters = 0;
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            characters += read;
        }

        return characters;
    }

    /// <summary>The library: every row parsed, validated and folded into the tally (streaming).</summary>
    [Benchmark]
    public CsvTallyResult LibraryCsvToTally() => _folder.TallyDossiers(_reference, _scope);

    /// <summary>
    /// The same on one thread (parse and fold in turn): the read's whole work without the overlap of the two
    /// threads, which on a 2-core machine makes the default read's time depend on what else runs.
    /// </summary>
    [Benchmark]
    public CsvTallyResult LibraryCsvToTallyOneThread() => _folder.TallyDossiers(_reference, _scope, OneThread);

    /// <summary>DuckDB (in-process, all cores): <c>read_csv</c> of the same file, the join and the same GROUP BY.</summary>
    [Benchmark]
    public CounterTable DuckDbReadCsv() =>
        DuckDbTally.Run(_duck, _duckQuery, r => new CellCodes(r.GetString(0), r.GetString(1), r.GetString(2)));

    /// <summary>Adds ns/row, B/row and GB/s (the file's bytes over the mean time).</summary>
    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => Add(DerivedColumn.Config(new DerivedColumn("GB/s", "Bytes of dossiers.csv divided by the mean time",
            (report, c) => new FileInfo(GeneratedProvince.Folder((int)DerivedColumn.Count(c)).DossiersPath).Length / report.ResultStatistics!.Mean,
            "0.000")));
    }
}
