using System;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// The definitions that regulations and provincial systems disagree on, each a named choice. The defaults
/// reproduce the seed report (Tứ Kỳ district, January–August 2023); <c>docs/options.md</c> gives each choice's
/// source.
/// </summary>
/// <remarks>
/// How a dossier's end is compared with its due date (by date or by instant) and the "as of" date are part of
/// the tally's <see cref="Tallies.TallyScope"/>, because they decide which counter a dossier goes to; the options
/// here only choose how counters combine into rates, so one tally serves every combination.
/// </remarks>
public sealed record MetricsOptions
{
    private readonly EndedOutcomes _countedAsResolved;

    /// <summary>The defaults, which reproduce the seed report.</summary>
    public static MetricsOptions Default { get; } = new();

    /// <summary>Which dossiers the on-time and overdue rates are over. Default: <see cref="OnTimeRateBasis.Resolved"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member of its enum.</exception>
    public OnTimeRateBasis OnTimeRate { get; init => field = Defined(value); } = OnTimeRateBasis.Resolved;

    /// <summary>
    /// Which ended outcomes count as resolved (split early / on time / overdue by their end) rather than standing
    /// apart. Default: <see cref="EndedOutcomes.None"/>, as in the seed report, which lists returned and
    /// cancelled dossiers apart. Cancelled dossiers always stand apart.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has bits outside <see cref="EndedOutcomes.All"/>.</exception>
    public EndedOutcomes CountedAsResolved
    {
        get => _countedAsResolved;
        init => _countedAsResolved = (value & ~EndedOutcomes.All) == 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value,
                $"CountedAsResolved may combine only Returned, Refused and Withdrawn; was {(int)value}.");
    }

    /// <summary>Which dossiers the intake digitization rate is over. Default: <see cref="IntakeDigitizationBasis.HandledInPeriod"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member of its enum.</exception>
    public IntakeDigitizationBasis IntakeDigitization { get; init => field = Defined(value); } = IntakeDigitizationBasis.HandledInPeriod;

    /// <summary>What the result digitization rate counts. Default: <see cref="ResultDigitizationBasis.ResultDocuments"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member of its enum.</exception>
    public ResultDigitizationBasis ResultDigitization { get; init => field = Defined(value); } = ResultDigitizationBasis.ResultDocuments;

    /// <summary>Which dossiers the online intake rate is over. Default: <see cref="OnlineIntakeBasis.ReceivedForOnlineServices"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member of its enum.</exception>
    public OnlineIntakeBasis OnlineIntake { get; init => field = Defined(value); } = OnlineIntakeBasis.ReceivedForOnlineServices;

    /// <summary>Which procedures the procedure-level reuse rate is over. Default: <see cref="ReuseProcedureBasis.Catalogue"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member of its enum.</exception>
    public ReuseProcedureBasis ReuseProcedures { get; init => field = Defined(value); } = ReuseProcedureBasis.Catalogue;

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value,
                $"{typeof(T).Name} must be one of {string.Join(", ", Enum.GetNames<T>())}; was {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}.");
}
