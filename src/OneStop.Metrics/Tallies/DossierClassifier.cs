using System;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Decides which counters one dossier adds to, given the tally's scope: the single place where the period,
/// status and timeliness rules are written down.
/// </summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item>Received after the period's last day: <see cref="TallyCounter.ReceivedAfterPeriod"/> only.</item>
/// <item>Received before the period and ended before its first day: <see cref="TallyCounter.EndedBeforePeriod"/> only.</item>
/// <item>Otherwise carried over (received before the period) or received in the period, plus exactly one status:
/// ended on or before the period's last day → the outcome's counter (split early / on time / overdue against
/// the due date — stored or computed, per <see cref="TallyScope.DueDates"/> — except cancelled); not ended by then → in progress, within or past the deadline as of
/// <see cref="TallyScope.AsOf"/>. A dossier without a due date is on time, and within its deadline.</item>
/// <item>Received in the period also adds its channel, online-service, intake digitization, reuse and boundary
/// counters; carried over adds its intake digitization counters; resolved in the period adds its result
/// documents.</item>
/// </list>
/// </remarks>
internal static class DossierClassifier
{
    /// <summary>The most hits one dossier can produce.</summary>
    public const int MaxHits = 16;

    /// <summary>Classifies one row: writes the counters it adds to into <paramref name="hits"/> and returns how many.</summary>
    public static int Classify(in DossierRow row, in ScopeDays scope, Span<CounterHit> hits)
    {
        var n = 0;
        if (row.ReceivedDay > scope.EndDay)
        {
            hits[n++] = new CounterHit(TallyCounter.ReceivedAfterPeriod, 1);
            return n;
        }

        var ended = row.Kind != OutcomeKind.InProgress;
        if (row.ReceivedDay < scope.StartDay)
        {
            if (ended && row.EndDay < scope.StartDay)
            {
                hits[n++] = new CounterHit(TallyCounter.EndedBeforePeriod, 1);
                return n;
            }

            hits[n++] = new CounterHit(TallyCounter.CarriedOver, 1);
            if ((row.Flags & RowFlags.SubjectToDigitization) != 0)
            {
                hits[n++] = new CounterHit(TallyCounter.SubjectToDigitizationCarriedOver, 1);
                if ((row.Flags & RowFlags.DigitizedAtIntake) != 0)
                {
                    hits[n++] = new CounterHit(TallyCounter.DigitizedAtIntakeCarriedOver, 1);
                }
            }
        }
        else
        {
            n = ClassifyIntake(row, hits);
        }

        if (ended && row.EndDay <= scope.EndDay)
        {
            n = ClassifyEnded(row, scope.ByInstant, hits, n);
        }
        else
        {
            hits[n++] = new CounterHit(IsPastDeadline(row, scope)
                ? TallyCounter.InProgressPastDeadline
                : TallyCounter.InProgressWithinDeadline, 1);
        }

        return n;
    }

    /// <summary>Compares an end time with a due time under the given rule.</summary>
    /// <returns>Negative: early; zero: on time; positive: overdue. Without a due time: on time.</returns>
    public static int CompareWithDue(LocalDateTime end, LocalDateTime? due, TimelinessComparison comparison) =>
        due is { } dueAt
            ? CompareWithDue(DayNumber.Of(end.Date), DayNumber.SecondOf(end.TimeOfDay), DayNumber.Of(dueAt.Date),
                DayNumber.SecondOf(dueAt.TimeOfDay), comparison == TimelinessComparison.ByInstant)
            : 0;

    private static int CompareWithDue(int endDay, int endSecond, int dueDay, int dueSecond, bool byInstant)
    {
        if (endDay != dueDay)
        {
            return endDay < dueDay ? -1 : 1;
        }

        return byInstant && endSecond > dueSecond ? 1 : 0;
    }

    private static int ClassifyIntake(in DossierRow row, Span<CounterHit> hits)
    {
        var n = 0;
        hits[n++] = new CounterHit(TallyCounter.ReceivedInPeriod, 1);
        hits[n++] = new CounterHit(row.Channel switch
        {
            IntakeChannel.Online => TallyCounter.ReceivedOnline,
            IntakeChannel.Postal => TallyCounter.ReceivedByPost,
            _ => TallyCounter.ReceivedInPerson,
        }, 1);

        var flags = row.Flags;
        if ((flags & RowFlags.OnlineService) != 0)
        {
            hits[n++] = new CounterHit(TallyCounter.ReceivedForOnlineService, 1);
            if (row.Channel == IntakeChannel.Online)
            {
                hits[n++] = new CounterHit(TallyCounter.ReceivedOnlineForOnlineService, 1);
            }
        }

        if ((flags & RowFlags.SubjectToDigitization) != 0)
        {
            hits[n++] = new CounterHit(TallyCounter.SubjectToDigitizationReceived, 1);
            if ((flags & RowFlags.DigitizedAtIntake) != 0)
            {
                hits[n++] = new CounterHit(TallyCounter.DigitizedAtIntakeReceived, 1);
            }
        }

        if ((flags & RowFlags.ReusedDigitizedData) != 0)
        {
            hits[n++] = new CounterHit(TallyCounter.ReusedDigitizedData, 1);
        }

        if ((flags & RowFlags.RegardlessOfBoundary) != 0)
        {
            hits[n++] = new CounterHit(TallyCounter.ReceivedRegardlessOfBoundary, 1);
        }

        return n;
    }

    private static int ClassifyEnded(in DossierRow row, bool byInstant, Span<CounterHit> hits, int n)
    {
        if (row.Kind == OutcomeKind.Cancelled)
        {
            hits[n++] = new CounterHit(TallyCounter.Cancelled, 1);
            return n;
        }

        var first = row.Kind switch
        {
            OutcomeKind.Resolved => TallyCounter.ResolvedEarly,
            OutcomeKind.ReturnedIneligible => TallyCounter.ReturnedEarly,
            OutcomeKind.Refused => TallyCounter.RefusedEarly,
            _ => TallyCounter.WithdrawnEarly,
        };
        var offset = (row.Flags & RowFlags.HasDue) != 0
            ? CompareWithDue(row.EndDay, row.EndSecond, row.DueDay, row.DueSecond, byInstant) + 1
            : 1;
        hits[n++] = new CounterHit(first + offset, 1);

        if (row.Kind == OutcomeKind.Resolved)
        {
            if (row.ResultDocuments > 0)
            {
                hits[n++] = new CounterHit(TallyCounter.ResultDocumentsIssued, row.ResultDocuments);
            }

            if (row.DigitizedResultDocuments > 0)
            {
                hits[n++] = new CounterHit(TallyCounter.ResultDocumentsDigitized, row.DigitizedResultDocuments);
                hits[n++] = new CounterHit(TallyCounter.ResolvedWithDigitizedResult, 1);
            }
        }

        return n;
    }

    /// <summary>
    /// By date: past when the due date is before the as-of date. By instant: past when the due time is before the
    /// end of the as-of date, i.e. when the due date is on or before the as-of date.
    /// </summary>
    private static bool IsPastDeadline(in DossierRow row, in ScopeDays scope)
    {
        if ((row.Flags & RowFlags.HasDue) == 0)
        {
            return false;
        }

        return scope.ByInstant ? row.DueDay <= scope.AsOfDay : row.DueDay < scope.AsOfDay;
    }
}
