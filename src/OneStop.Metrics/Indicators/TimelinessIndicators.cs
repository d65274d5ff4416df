using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// Timeliness of dossier handling for a group of dossiers (tình hình, kết quả giải quyết TTHC; Biểu 06 columns
/// 3 and 6 to 13): what was to be handled in the period and where each dossier stood at its end.
/// </summary>
/// <remarks>
/// Identities, which always hold: <see cref="Total"/> = <see cref="CarriedOver"/> + <see cref="ReceivedInPeriod"/>
/// = <see cref="Resolved"/> + <see cref="InProgress"/> + <see cref="Returned"/> + <see cref="Refused"/> +
/// <see cref="Withdrawn"/> + <see cref="Cancelled"/>; <see cref="Resolved"/> = <see cref="ResolvedEarly"/> +
/// <see cref="ResolvedOnTime"/> + <see cref="ResolvedOverdue"/>; <see cref="InProgress"/> =
/// <see cref="InProgressWithinDeadline"/> + <see cref="InProgressPastDeadline"/>. Outcomes chosen in
/// <see cref="MetricsOptions.CountedAsResolved"/> are inside <see cref="Resolved"/> and zero in their own bucket.
/// </remarks>
public sealed record TimelinessIndicators
{
    /// <summary>Dossiers carried over from before the period (kỳ trước chuyển sang).</summary>
    public long CarriedOver { get; init; }

    /// <summary>Dossiers received in the period (tiếp nhận trong kỳ).</summary>
    public long ReceivedInPeriod { get; init; }

    /// <summary>Dossiers to handle: carried over + received in the period (tổng số hồ sơ tiếp nhận).</summary>
    public long Total { get; init; }

    /// <summary>Dossiers resolved in the period (đã giải quyết), including outcomes counted as resolved.</summary>
    public long Resolved { get; init; }

    /// <summary>Resolved before the due date (trước hạn).</summary>
    public long ResolvedEarly { get; init; }

    /// <summary>Resolved on the due date (đúng hạn).</summary>
    public long ResolvedOnTime { get; init; }

    /// <summary>Resolved after the due date (quá hạn).</summary>
    public long ResolvedOverdue { get; init; }

    /// <summary>Resolved early or on time (trước và đúng hạn) = <see cref="ResolvedEarly"/> + <see cref="ResolvedOnTime"/>.</summary>
    public long ResolvedEarlyOrOnTime => checked(ResolvedEarly + ResolvedOnTime);

    /// <summary>Not ended at the period's end (đang giải quyết).</summary>
    public long InProgress { get; init; }

    /// <summary>In progress and not past the due date as of the "as of" date (trong hạn).</summary>
    public long InProgressWithinDeadline { get; init; }

    /// <summary>In progress and past the due date as of the "as of" date (quá hạn).</summary>
    public long InProgressPastDeadline { get; init; }

    /// <summary>Returned to the applicant as ineligible, when standing apart (trả lại do không đủ điều kiện).</summary>
    public long Returned { get; init; }

    /// <summary>Refused, when standing apart (từ chối).</summary>
    public long Refused { get; init; }

    /// <summary>Withdrawn by the applicant, when standing apart (rút hồ sơ).</summary>
    public long Withdrawn { get; init; }

    /// <summary>Cancelled (đã hủy).</summary>
    public long Cancelled { get; init; }

    /// <summary>
    /// The on-time rate (tỷ lệ giải quyết trước và đúng hạn) as an exact fraction; numerator and denominator per
    /// <see cref="MetricsOptions.OnTimeRate"/> (by default early-or-on-time / resolved).
    /// </summary>
    public Ratio EarlyOrOnTimeRate { get; init; }

    /// <summary>The overdue rate (tỷ lệ quá hạn) as an exact fraction, over the same denominator as <see cref="EarlyOrOnTimeRate"/>.</summary>
    public Ratio OverdueRate { get; init; }

    internal static TimelinessIndicators From(DossierCounts counts, MetricsOptions options)
    {
        var folded = options.CountedAsResolved;
        long early = counts[TallyCounter.ResolvedEarly];
        long onTime = counts[TallyCounter.ResolvedOnTime];
        long overdue = counts[TallyCounter.ResolvedOverdue];
        long returned = Fold(counts, TallyCounter.ReturnedEarly, folded.HasFlag(EndedOutcomes.Returned), ref early, ref onTime, ref overdue);
        long refused = Fold(counts, TallyCounter.RefusedEarly, folded.HasFlag(EndedOutcomes.Refused), ref early, ref onTime, ref overdue);
        long withdrawn = Fold(counts, TallyCounter.WithdrawnEarly, folded.HasFlag(EndedOutcomes.Withdrawn), ref early, ref onTime, ref overdue);

        var resolved = checked(early + onTime + overdue);
        var within = counts[TallyCounter.InProgressWithinDeadline];
        var past = counts[TallyCounter.InProgressPastDeadline];
        var inProgress = checked(within + past);

        var (onTimeRate, overdueRate) = options.OnTimeRate switch
        {
            OnTimeRateBasis.ResolvedAndInProgress => (
                Ratio.Of(checked(early + onTime + within), checked(resolved + inProgress)),
                Ratio.Of(checked(overdue + past), checked(resolved + inProgress))),
            OnTimeRateBasis.TotalToHandle => (
                Ratio.Of(checked(early + onTime), counts.Total),
                Ratio.Of(overdue, counts.Total)),
            _ => (Ratio.Of(checked(early + onTime), resolved), Ratio.Of(overdue, resolved)),
        };

        return new TimelinessIndicators
        {
            CarriedOver = counts.CarriedOver,
            ReceivedInPeriod = counts.ReceivedInPeriod,
            Total = counts.Total,
            Resolved = resolved,
            ResolvedEarly = early,
            ResolvedOnTime = onTime,
            ResolvedOverdue = overdue,
            InProgress = inProgress,
            InProgressWithinDeadline = within,
            InProgressPastDeadline = past,
            Returned = returned,
            Refused = refused,
            Withdrawn = withdrawn,
            Cancelled = counts.Cancelled,
            EarlyOrOnTimeRate = onTimeRate,
            OverdueRate = overdueRate,
        };
    }

    /// <summary>Either moves an outcome's early / on-time / overdue counts into the resolved ones (returning 0), or returns their sum.</summary>
    private static long Fold(DossierCounts counts, TallyCounter firstOfThree, bool intoResolved,
        ref long early, ref long onTime, ref long overdue)
    {
        var e = counts[firstOfThree];
        var o = counts[firstOfThree + 1];
        var l = counts[firstOfThree + 2];
        if (!intoResolved)
        {
            return checked(e + o + l);
        }

        early = checked(early + e);
        onTime = checked(onTime + o);
        overdue = checked(overdue + l);
        return 0;
    }
}
