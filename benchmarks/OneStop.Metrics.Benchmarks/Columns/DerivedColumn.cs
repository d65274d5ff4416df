using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OneStop.Metrics.Benchmarks.Columns;

/// <summary>
/// A column derived from a benchmark's mean time and its parameters: nanoseconds per dossier, or gigabytes per
/// second read from the benchmark's file. Benchmark output only; never a published figure.
/// </summary>
/// <param name="name">The column header.</param>
/// <param name="legend">What the column means.</param>
/// <param name="value">From the benchmark's report (mean in nanoseconds, GC statistics) and case, the value; <see langword="null"/> when it does not apply.</param>
/// <param name="format">The numeric format of the value.</param>
public sealed class DerivedColumn(string name, string legend, Func<BenchmarkReport, BenchmarkCase, double?> value, string format) : IColumn
{
    /// <summary>Nanoseconds per dossier: the mean divided by the <c>Dossiers</c> (or <c>Rows</c>) parameter.</summary>
    public static DerivedColumn NanosecondsPerDossier { get; } = new("ns/dossier",
        "Mean time divided by the number of dossiers (rows)", (report, c) => report.ResultStatistics!.Mean / Count(c), "0.00");

    /// <summary>Allocated bytes per dossier: BenchmarkDotNet's allocated bytes per operation divided by the number of dossiers.</summary>
    public static DerivedColumn BytesPerDossier { get; } = new("B/dossier",
        "Managed bytes allocated per operation divided by the number of dossiers (rows)",
        (report, c) => report.GcStats.GetBytesAllocatedPerOperation(c) is { } bytes ? (double)bytes / Count(c) : null, "0.000");

    /// <summary>The benchmark configuration adding these columns.</summary>
    public static IConfig Config(params IColumn[] extra) =>
        ManualConfig.CreateEmpty().AddColumn([NanosecondsPerDossier, BytesPerDossier, .. extra]);

    /// <inheritdoc />
    public string Id => $"{nameof(DerivedColumn)}.{ColumnName}";

    /// <inheritdoc />
    public string ColumnName { get; } = name;

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend { get; } = legend;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "NA";
        }

        var result = value(report, benchmarkCase);
        return result is { } number ? number.ToString(format, CultureInfo.InvariantCulture) : "-";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => ColumnName;

    /// <summary>The <c>Dossiers</c> or <c>Rows</c> parameter of a case.</summary>
    public static long Count(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var parameter = benchmarkCase.Parameters.Items.First(p => p.Name is "Dossiers" or "Rows");
        return Convert.ToInt64(parameter.Value, CultureInfo.InvariantCulture);
    }
}
