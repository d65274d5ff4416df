using OneStop.Metrics.Rates;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Tallies;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Indicators;

/// <summary>
/// A hand-made group of 100 dossiers to handle (10 carried over + 90 received) with every counter set, whose
/// indicators are worked out by hand in the indicator tests.
/// </summary>
internal static class ExampleCounts
{
    /// <summary>
    /// Status: resolved 30 early / 20 on time / 10 overdue; returned 2 / 1 / 3; refused 1 / 0 / 1; withdrawn 0 / 1 / 0;
    /// cancelled 1; in progress 25 within / 5 past (60 + 6 + 2 + 1 + 1 + 30 = 100).
    /// </summary>
    public static DossierCounts Full { get; } = CountsOf(
        (TallyCounter.CarriedOver, 10),
        (TallyCounter.ReceivedInPeriod, 90),
        (TallyCounter.ReceivedAfterPeriod, 3),
        (TallyCounter.EndedBeforePeriod, 4),
        (TallyCounter.ReceivedInPerson, 40),
        (TallyCounter.ReceivedOnline, 45),
        (TallyCounter.ReceivedByPost, 5),
        (TallyCounter.ReceivedForOnlineService, 70),
        (TallyCounter.ReceivedOnlineForOnlineService, 44),
        (TallyCounter.ResolvedEarly, 30),
        (TallyCounter.ResolvedOnTime, 20),
        (TallyCounter.ResolvedOverdue, 10),
        (TallyCounter.ReturnedEarly, 2),
        (TallyCounter.ReturnedOnTime, 1),
        (TallyCounter.ReturnedOverdue, 3),
        (TallyCounter.RefusedEarly, 1),
        (TallyCounter.RefusedOnTime, 0),
        (TallyCounter.RefusedOverdue, 1),
        (TallyCounter.WithdrawnEarly, 0),
        (TallyCounter.WithdrawnOnTime, 1),
        (TallyCounter.WithdrawnOverdue, 0),
        (TallyCounter.Cancelled, 1),
        (TallyCounter.InProgressWithinDeadline, 25),
        (TallyCounter.InProgressPastDeadline, 5),
        (TallyCounter.SubjectToDigitizationReceived, 80),
        (TallyCounter.DigitizedAtIntakeReceived, 70),
        (TallyCounter.SubjectToDigitizationCarriedOver, 8),
        (TallyCounter.DigitizedAtIntakeCarriedOver, 2),
        (TallyCounter.ResultDocumentsIssued, 65),
        (TallyCounter.ResultDocumentsDigitized, 50),
        (TallyCounter.ResolvedWithDigitizedResult, 45),
        (TallyCounter.ReusedDigitizedData, 12),
        (TallyCounter.ReceivedRegardlessOfBoundary, 7));

    /// <summary>The timeliness indicators of <see cref="Full"/> under the default options, written out by hand.</summary>
    public static TimelinessIndicators FullTimelinessUnderDefaults { get; } = new()
    {
        CarriedOver = 10,
        ReceivedInPeriod = 90,
        Total = 100,
        Resolved = 60,
        ResolvedEarly = 30,
        ResolvedOnTime = 20,
        ResolvedOverdue = 10,
        InProgress = 30,
        InProgressWithinDeadline = 25,
        InProgressPastDeadline = 5,
        Returned = 6,
        Refused = 2,
        Withdrawn = 1,
        Cancelled = 1,
        EarlyOrOnTimeRate = Ratio.Of(50, 60),
        OverdueRate = Ratio.Of(10, 60),
    };
}
