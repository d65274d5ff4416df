using System;
using System.Runtime.CompilerServices;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Decides which counters one dossier adds to, given the tally's scope: the single place where the period,
/// status and timeliness rules are written down. The object path (<see cref="DossierTallyBuilder"/>) and the
/// columnar path (<see cref="Columnar.DossierBatch"/>) both call <see cref="Classify{TSink}"/>.
/// </summary>
/// <remarks>
/// <para>Rules, in order:</para>
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
/// <para>
/// Hot-path shape: the scope decisions (before / in / after the period, ended or not, resolved or not) are
/// branches, as real data is dominated by one side of each; the yes/no facts of a dossier (channel, flags,
/// timeliness) are turned into counter offsets and 0/1 amounts instead, because they vary from dossier to dossier
/// and a mispredicted branch costs more than adding 0.
/// </para>
/// </remarks>
internal static class DossierClassifier
{
    /// <summary>
    /// The counters of each outcome kind are laid out in the order of <see cref="OutcomeKind"/>, three per kind (early,
    /// on time, overdue) from <see cref="TallyCounter.ResolvedEarly"/>, then Cancelled; the intake channels' counters
    /// in the order of <see cref="IntakeChannel"/> from <see cref="TallyCounter.ReceivedInPerson"/>. Both enums'
    /// values are stable (a test pins these layouts), so counters are computed with one addition, not looked up.
    /// </summary>
    private const int CountersPerKind = 3;

    /// <summary>Classifies one row: adds 1 to every dossier counter it counts in (and 0 to some it does not) and, when resolved in the period, its result documents.</summary>
    /// <typeparam name="TSink">The sink; a struct, so that the JIT compiles one specialised copy per sink.</typeparam>
    /// <param name="row">The dossier, reduced; its channel and kind must be defined values (rows of rejected dossiers are never classified).</param>
    /// <param name="scope">The scope, as day numbers.</param>
    /// <param name="sink">Receives the counters of the row's cell.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Classify<TSink>(in DossierRow row, in ScopeDays scope, ref TSink sink)
        where TSink : struct, ICounterSink, allows ref struct
    {
        if (row.ReceivedDay > scope.EndDay)
        {
            sink.Add(TallyCounter.ReceivedAfterPeriod, 1);
            return;
        }

        var ended = row.Kind != OutcomeKind.InProgress;
        var flags = row.Flags;
        var subject = Bit(flags, RowFlags.SubjectToDigitization);
        var digitized = subject & Bit(flags, RowFlags.DigitizedAtIntake);
        if (row.ReceivedDay < scope.StartDay)
        {
            if (ended && row.EndDay < scope.StartDay)
            {
                sink.Add(TallyCounter.EndedBeforePeriod, 1);
                return;
            }

            sink.Add(TallyCounter.CarriedOver, 1);
            sink.Add(TallyCounter.SubjectToDigitizationCarriedOver, subject);
            sink.Add(TallyCounter.DigitizedAtIntakeCarriedOver, digitized);
        }
        else
        {
            var onlineService = Bit(flags, RowFlags.OnlineService);
            var online = row.Channel == IntakeChannel.Online ? 1 : 0;
            sink.Add(TallyCounter.ReceivedInPeriod, 1);
            // The channel is InPerson, Online or Postal (validated): ReceivedInPerson, ReceivedOnline or ReceivedByPost.
            sink.Add(unchecked(TallyCounter.ReceivedInPerson + (row.Channel - IntakeChannel.InPerson)), 1);
            sink.Add(TallyCounter.ReceivedForOnlineService, onlineService);
            sink.Add(TallyCounter.ReceivedOnlineForOnlineService, onlineService & online);
            sink.Add(TallyCounter.SubjectToDigitizationReceived, subject);
            sink.Add(TallyCounter.DigitizedAtIntakeReceived, digitized);
            sink.Add(TallyCounter.ReusedDigitizedData, Bit(flags, RowFlags.ReusedDigitizedData));
            sink.Add(TallyCounter.ReceivedRegardlessOfBoundary, Bit(flags, RowFlags.RegardlessOfBoundary));
        }

        if (!ended || row.EndDay > scope.EndDay)
        {
            // In progress at the period's end; PastDeadline is 0 or 1: within or past.
            sink.Add(unchecked(TallyCounter.InProgressWithinDeadline + PastDeadline(row, scope)), 1);
            return;
        }

        // Ended in the period (written out here rather than in a helper: the JIT must inline all of it into the
        // columnar loop, and a second generic helper was measured not to be).
        var kind = row.Kind;
        if (kind == OutcomeKind.Cancelled)
        {
            sink.Add(TallyCounter.Cancelled, 1);
            return;
        }

        // Early, on time or overdue: the first counter of the kind + 0, 1 or 2. Without a due date: on time.
        var hasDue = Bit(flags, RowFlags.HasDue);
        var order = CompareWithDue(row.EndDay, row.EndSecond, row.DueDay, row.DueSecond, scope.ByInstant);
        unchecked
        {
            // kind is Resolved to Withdrawn, order -1, 0 or 1 and hasDue 0 or 1: no overflow, and the counter is
            // the kind's early (0), on-time (1) or overdue (2) one.
            var early = TallyCounter.ResolvedEarly + (CountersPerKind * (kind - OutcomeKind.Resolved));
            sink.Add(early + 1 + (order * hasDue), 1);
        }

        if (kind == OutcomeKind.Resolved)
        {
            int digitizedDocuments = row.DigitizedResultDocuments;
            sink.AddDocuments(row.ResultDocuments, digitizedDocuments);
            sink.Add(TallyCounter.ResolvedWithDigitizedResult, digitizedDocuments > 0 ? 1 : 0);
        }
    }

    /// <summary>Compares an end time with a due time under the given rule.</summary>
    /// <returns>Negative: early; zero: on time; positive: overdue. Without a due time: on time.</returns>
    public static int CompareWithDue(LocalDateTime end, LocalDateTime? due, TimelinessComparison comparison) =>
        due is { } dueAt
            ? CompareWithDue(DayNumber.Of(end.Date), DayNumber.SecondOf(end.TimeOfDay), DayNumber.Of(dueAt.Date),
                DayNumber.SecondOf(dueAt.TimeOfDay), comparison == TimelinessComparison.ByInstant)
            : 0;

    /// <summary>
    /// -1 (early): ended on a day before the due day; +1 (overdue): ended on a later day, or — by instant — at a
    /// later instant (the due day, a later second); 0 (on time) otherwise. Without data-dependent branches (the
    /// branch on <paramref name="byInstant"/> goes the same way for every row of a tally).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CompareWithDue(int endDay, int endSecond, int dueDay, int dueSecond, bool byInstant)
    {
        var earlier = endDay < dueDay ? 1 : 0;
        int later;
        if (byInstant)
        {
            // Day and second as one number that orders like the instant: seconds are below 2^17 (86,400), days
            // below 2^31 in magnitude, so the shift neither overflows nor mixes the two.
            var endInstant = ((long)endDay << 17) | unchecked((uint)endSecond);
            var dueInstant = ((long)dueDay << 17) | unchecked((uint)dueSecond);
            later = endInstant > dueInstant ? 1 : 0;
        }
        else
        {
            later = endDay > dueDay ? 1 : 0;
        }

        // Each term is 0 or 1: the result is -1, 0 or 1.
        return unchecked(later - earlier);
    }

    /// <summary>
    /// 1 when past the deadline, else 0. By date: past when the due date is before the as-of date. By instant: past
    /// when the due time is before the end of the as-of date, i.e. when the due date is on or before the as-of date.
    /// Without a due date: never past.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PastDeadline(in DossierRow row, in ScopeDays scope)
    {
        return Bit(row.Flags, RowFlags.HasDue) & (row.DueDay < scope.PastDeadlineBeforeDay ? 1 : 0);
    }

    /// <summary>1 when <paramref name="flag"/> (a single bit) is set in <paramref name="flags"/>, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(RowFlags flags, RowFlags flag) => (flags & flag) != 0 ? 1 : 0;
}
