using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// The indicators that any group of dossiers has — a level, a one-stop department, a resolving department, a
/// field — derived from the group's <see cref="DossierCounts"/> alone.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record GroupIndicators
{
    /// <summary>The counts the indicators derive from.</summary>
    public DossierCounts Counts { get; init; }

    /// <summary>Timeliness: carried over, received, resolved early / on time / overdue, in progress, returned, cancelled.</summary>
    public required TimelinessIndicators Timeliness { get; init; }

    /// <summary>Digitization of dossiers and results, and reuse of digitized data.</summary>
    public required DigitizationIndicators Digitization { get; init; }

    /// <summary>
    /// Online intake (tỷ lệ hồ sơ tiếp nhận trực tuyến): dossiers received online / the dossiers chosen by
    /// <see cref="MetricsOptions.OnlineIntake"/>.
    /// </summary>
    public Ratio OnlineIntake { get; init; }

    /// <summary>Dossiers received in the period regardless of administrative boundary (không phụ thuộc địa giới hành chính).</summary>
    public long ReceivedRegardlessOfBoundary { get; init; }

    /// <summary>Derives the indicators of a group from its counts.</summary>
    /// <param name="counts">The group's counts.</param>
    /// <param name="options">The definitions to apply; <see cref="MetricsOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The indicators.</returns>
    public static GroupIndicators From(DossierCounts counts, MetricsOptions? options = null)
    {
        options ??= MetricsOptions.Default;
        var online = options.OnlineIntake switch
        {
            OnlineIntakeBasis.ReceivedInPeriod => Ratio.Of(counts[TallyCounter.ReceivedOnline], counts.ReceivedInPeriod),
            OnlineIntakeBasis.TotalToHandle => Ratio.Of(counts[TallyCounter.ReceivedOnline], counts.Total),
            _ => Ratio.Of(counts[TallyCounter.ReceivedOnlineForOnlineService], counts[TallyCounter.ReceivedForOnlineService]),
        };
        return new GroupIndicators
        {
            Counts = counts,
            Timeliness = TimelinessIndicators.From(counts, options),
            Digitization = DigitizationIndicators.From(counts, options),
            OnlineIntake = online,
            ReceivedRegardlessOfBoundary = counts[TallyCounter.ReceivedRegardlessOfBoundary],
        };
    }
}
