using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Benchmarks;

/// <summary>
/// The built-in Tứ Kỳ 2023 sample (36.171 dossiers): counting it with the library against the same question asked
/// with idiomatic LINQ over the same dossier objects.
/// </summary>
[MemoryDiagnoser]
public class SampleReportBenchmarks
{
    private ReferenceData _reference = null!;
    private TallyScope _scope = null!;
    private MetricsOptions _options = null!;
    private ImmutableArray<Dossier> _dossiers;

    [GlobalSetup]
    public void Setup()
    {
        var sample = BuiltInSamples.TuKy2023;
        _reference = sample.Reference;
        _scope = sample.Scope;
        _options = sample.Options;
        _dossiers = sample.Dossiers;

        // The baseline must answer the same question as the library, or the comparison means nothing.
        var linq = LinqGroupByCount();
        var report = FullReport();
        foreach (var level in report.Levels)
        {
            var expected = level.Totals.Timeliness.ResolvedEarlyOrOnTime;
            var actual = linq.GetValueOrDefault(level.Level);
            if (actual != expected)
            {
                throw new InvalidOperationException(FormattableString.Invariant(
                    $"LINQ counts {actual} dossiers resolved early or on time at {level.Level} level; the library counts {expected}."));
            }
        }
    }

    /// <summary>
    /// Dossiers to handle in the period (received by its end, not ended before its start) that were resolved
    /// within it on or before their due date (compared by date, as the sample's scope does), counted per level of
    /// the receiving one-stop department: the numerator of the on-time rate at district and commune level.
    /// </summary>
    [Benchmark(Baseline = true)]
    public Dictionary<AdministrativeLevel, int> LinqGroupByCount()
    {
        var period = _scope.Period;
        var levelByDepartment = _reference.Departments.ToDictionary(d => d.Code, _reference.LevelOf);
        return _dossiers
            .Where(d => d.ReceivedAt.Date <= period.End)
            .Where(d => d.Outcome.Kind == OutcomeKind.Resolved)
            .Where(d => d.Outcome.At!.Value.Date >= period.Start && d.Outcome.At!.Value.Date <= period.End)
            .Where(d => d.DueAt is null || d.Outcome.At!.Value.Date <= d.DueAt.Value.Date)
            .GroupBy(d => levelByDepartment[d.ReceivingDepartmentCode])
            .ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Every counter of every cell (receiving department × resolving department × procedure) in one pass.</summary>
    [Benchmark]
    public DossierTally TallyBuild() => DossierTally.Build(_reference, _scope, _dossiers);

    /// <summary>The tally and every indicator of every level, field and department derived from it.</summary>
    [Benchmark]
    public IndicatorReport FullReport() => IndicatorReport.Compute(_reference, _scope, _dossiers, _options);
}
