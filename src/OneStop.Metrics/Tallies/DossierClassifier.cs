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

    public static int Classify(Dossier dossier, OnlineServiceKind onlineService, LocalDateTime? dueAt, TallyScope scope,
        Span<CounterHit> hits)
    {
        var period = scope.Period;
        var received = dossier.ReceivedAt.Date;
        var outcome = dossier.Outcome;
        var n = 0;

        if (received > period.End)
        {
            hits[n++] = new CounterHit(TallyCounter.ReceivedAfterPeriod, 1);
            return n;
        }

        var endedBy = outcome.At;
        if (received < period.Start)
        {
            if (endedBy is { } end && end.Date < period.Start)
            {
                hits[n++] = new CounterHit(TallyCounter.EndedBeforePeriod, 1);
                return n;
            }

            hits[n++] = new CounterHit(TallyCounter.CarriedOver, 1);
            if (dossier.Digitization.SubjectToDigitization)
            {
                hits[n++] = new CounterHit(TallyCounter.SubjectToDigitizationCarriedOver, 1);
                if (dossier.Digitization.DigitizedAtIntake)
                {
                    hits[n++] = new CounterHit(TallyCounter.DigitizedAtIntakeCarriedOver, 1);
                }
            }
        }
        else
        {
            n = ClassifyIntake(dossier, onlineService, hits);
        }

        if (endedBy is { } ended && ended.Date <= period.End)
        {
            n = ClassifyEnded(dossier, outcome.Kind, ended, dueAt, scope.Comparison, hits, n);
        }
        else
        {
            hits[n++] = new CounterHit(IsPastDeadline(dueAt, scope)
                ? TallyCounter.InProgressPastDeadline
                : TallyCounter.InProgressWithinDeadline, 1);
        }

        return n;
    }

    /// <summary>Compares an end time with a due time under the given rule.</summary>
    /// <returns>Negative: early; zero: on time; positive: overdue.</returns>
    public static int CompareWithDue(LocalDateTime end, LocalDateTime? due, TimelinessComparison comparison)
    {
        if (due is not { } dueAt)
        {
            return 0;
        }

        var byDate = end.Date.CompareTo(dueAt.Date);
        if (byDate != 0 || comparison == TimelinessComparison.ByDate)
        {
            return Math.Sign(byDate);
        }

        return end <= dueAt ? 0 : 1;
    }

    private static int ClassifyIntake(Dossier dossier, OnlineServiceKind onlineService, Span<CounterHit> hits)
    {
        var n = 0;
        hits[n++] = new CounterHit(TallyCounter.ReceivedInPeriod, 1);
        hits[n++] = new CounterHit(dossier.Channel switch
        {
            IntakeChannel.Online => TallyCounter.ReceivedOnline,
            IntakeChannel.Postal => TallyCounter.ReceivedByPost,
            _ => TallyCounter.ReceivedInPerson,
        }, 1);

        if (onlineService != OnlineServiceKind.None)
        {
            hits[n++] = new CounterHit(TallyCounter.ReceivedForOnlineService, 1);
            if (dossier.Channel == IntakeChannel.Online)
            {
                hits[n++] = new CounterHit(TallyCounter.ReceivedOnlineForOnlineService, 1);
            }
        }

        var facts = dossier.Digitization;
        if (facts.SubjectToDigitization)
        {
            hits[n++] = new CounterHit(TallyCounter.SubjectToDigitizationReceived, 1);
            if (facts.DigitizedAtIntake)
            {
                hits[n++] = new CounterHit(TallyCounter.DigitizedAtIntakeReceived, 1);
            }
        }

        if (facts.ReusedDigitizedData)
        {
            hits[n++] = new CounterHit(TallyCounter.ReusedDigitizedData, 1);
        }

        if (dossier.ReceivedRegardlessOfBoundary)
        {
            hits[n++] = new CounterHit(TallyCounter.ReceivedRegardlessOfBoundary, 1);
        }

        return n;
    }

    private static int ClassifyEnded(Dossier dossier, OutcomeKind kind, LocalDateTime ended, LocalDateTime? dueAt,
        TimelinessComparison comparison, Span<CounterHit> hits, int n)
    {
        if (kind == OutcomeKind.Cancelled)
        {
            hits[n++] = new CounterHit(TallyCounter.Cancelled, 1);
            return n;
        }

        var first = kind switch
        {
            OutcomeKind.Resolved => TallyCounter.ResolvedEarly,
            OutcomeKind.ReturnedIneligible => TallyCounter.ReturnedEarly,
            OutcomeKind.Refused => TallyCounter.RefusedEarly,
            _ => TallyCounter.WithdrawnEarly,
        };
        var offset = CompareWithDue(ended, dueAt, comparison) + 1;
        hits[n++] = new CounterHit(first + offset, 1);

        if (kind == OutcomeKind.Resolved)
        {
            var facts = dossier.Digitization;
            if (facts.ResultDocuments > 0)
            {
                hits[n++] = new CounterHit(TallyCounter.ResultDocumentsIssued, facts.ResultDocuments);
            }

            if (facts.DigitizedResultDocuments > 0)
            {
                hits[n++] = new CounterHit(TallyCounter.ResultDocumentsDigitized, facts.DigitizedResultDocuments);
                hits[n++] = new CounterHit(TallyCounter.ResolvedWithDigitizedResult, 1);
            }
        }

        return n;
    }

    private static bool IsPastDeadline(LocalDateTime? due, TallyScope scope)
    {
        if (due is not { } dueAt)
        {
            return false;
        }

        return scope.Comparison == TimelinessComparison.ByDate
            ? dueAt.Date < scope.AsOf
            : dueAt < scope.AsOf.PlusDays(1).AtMidnight();
    }
}
