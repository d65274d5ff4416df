using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// Every indicator of a set of dossiers for one scope, level by level, derived from a <see cref="DossierTally"/>
/// under a set of <see cref="MetricsOptions"/>. Immutable; computing it is a pure function of its inputs.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class IndicatorReport
{
    private IndicatorReport(DossierTally tally, MetricsOptions options, ImmutableArray<LevelIndicators> levels)
    {
        Tally = tally;
        Options = options;
        Levels = levels;
        Totals = GroupIndicators.From(tally.Count(TallyFilter.All), options);
    }

    /// <summary>The tally the report derives from (for drill-down and further grouping).</summary>
    public DossierTally Tally { get; }

    /// <summary>The period, as-of date and comparison rule.</summary>
    public TallyScope Scope => Tally.Scope;

    /// <summary>The definitions applied.</summary>
    public MetricsOptions Options { get; }

    /// <summary>The levels at which the reference data has one-stop departments, from the top down.</summary>
    public ImmutableArray<LevelIndicators> Levels { get; }

    /// <summary>The indicators of all dossiers of every level together.</summary>
    public GroupIndicators Totals { get; }

    /// <summary>Dossiers given to the report: counted + rejected.</summary>
    public long DossiersSeen => Tally.DossiersSeen;

    /// <summary>Dossiers given to the report that lie outside the period (received after it or ended before it).</summary>
    public long DossiersOutsidePeriod => Totals.Counts.OutsidePeriod;

    /// <summary>Dossiers that could not be counted; see <see cref="DossierTally.Rejections"/> for the reasons.</summary>
    public long DossiersRejected => Tally.DossiersRejected;

    /// <summary>Returns the indicators of one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The level's indicators.</returns>
    /// <exception cref="ArgumentException">The reference data has no one-stop department at that level.</exception>
    public LevelIndicators Level(AdministrativeLevel level) =>
        Levels.FirstOrDefault(l => l.Level == level)
        ?? throw new ArgumentException(
            $"The report has no level {level}; its levels are {string.Join(", ", Levels.Select(l => l.Level))}.", nameof(level));

    /// <summary>Computes the report of a tally.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="options">The definitions; <see cref="MetricsOptions.Default"/> (the seed's) when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is <see langword="null"/>.</exception>
    public static IndicatorReport Compute(DossierTally tally, MetricsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        options ??= MetricsOptions.Default;
        var levels = tally.Reference.Levels.Select(level => LevelCalculator.Compute(tally, options, level));
        return new IndicatorReport(tally, options, levels.ToImmutableArray());
    }

    /// <summary>Counts a set of dossiers and computes its report in one call.</summary>
    /// <param name="reference">The reference data.</param>
    /// <param name="scope">The period, as-of date and comparison rule.</param>
    /// <param name="dossiers">The dossiers.</param>
    /// <param name="options">The definitions; <see cref="MetricsOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is <see langword="null"/>.</exception>
    public static IndicatorReport Compute(ReferenceData reference, TallyScope scope, IEnumerable<Dossier> dossiers,
        MetricsOptions? options = null) =>
        Compute(DossierTally.Build(reference, scope, dossiers), options);
}
