using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Periods;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// What a tally counts against: the reporting period, the "as of" date at which in-progress dossiers are judged,
/// how ends are compared with due dates, and which due dates (stored or computed). Two tallies merge only when
/// their scopes are equal.
/// </summary>
public sealed record TallyScope
{
    private TallyScope(ReportingPeriod period, LocalDate asOf, TimelinessComparison comparison, DueDateSource dueDates,
        DeadlineRules deadlines)
    {
        Period = period;
        AsOf = asOf;
        Comparison = comparison;
        DueDates = dueDates;
        Deadlines = deadlines;
    }

    /// <summary>The reporting period (inclusive dates).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>
    /// The date at whose end in-progress dossiers are judged within or past their deadline; never earlier than the
    /// period's last day, and by default that day. Reports never read the machine's clock.
    /// </summary>
    public LocalDate AsOf { get; }

    /// <summary>How a dossier's end is compared with its due date.</summary>
    public TimelinessComparison Comparison { get; }

    /// <summary>Whether timeliness is judged against the stored due date (the default) or a computed one.</summary>
    public DueDateSource DueDates { get; }

    /// <summary>The rules due dates are computed under when <see cref="DueDates"/> is <see cref="DueDateSource.Computed"/>.</summary>
    public DeadlineRules Deadlines { get; }

    /// <summary>Creates a scope.</summary>
    /// <param name="period">The reporting period.</param>
    /// <param name="asOf">The "as of" date; <see langword="null"/> for the period's last day.</param>
    /// <param name="comparison">How ends are compared with due dates; by date unless given.</param>
    /// <param name="dueDates">Which due date timeliness is judged against; the stored one unless given.</param>
    /// <param name="deadlines">The rules for computed due dates; <see cref="DeadlineRules.Default"/> when <see langword="null"/>.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="asOf"/> is before the period's last day, or <paramref name="comparison"/> or
    /// <paramref name="dueDates"/> is not defined.
    /// </exception>
    public static TallyScope For(ReportingPeriod period, LocalDate? asOf = null,
        TimelinessComparison comparison = TimelinessComparison.ByDate, DueDateSource dueDates = DueDateSource.Stored,
        DeadlineRules? deadlines = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var date = asOf ?? period.End;
        if (date < period.End)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), date,
                $"The as-of date must not be before the period's last day {Iso(period.End)}; was {Iso(date)}.");
        }

        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison,
                $"The comparison must be ByDate or ByInstant; was {(int)comparison}.");
        }

        if (!Enum.IsDefined(dueDates))
        {
            throw new ArgumentOutOfRangeException(nameof(dueDates), dueDates,
                $"The due-date source must be Stored or Computed; was {(int)dueDates}.");
        }

        return new TallyScope(period, date, comparison, dueDates, deadlines ?? DeadlineRules.Default);
    }

    /// <summary>Returns e.g. <c>2023-01-01..2023-08-31 as of 2023-08-31, by date</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Period} as of {Iso(AsOf)}, {(Comparison == TimelinessComparison.ByDate ? "by date" : "by instant")}"
        + (DueDates == DueDateSource.Computed ? ", computed due dates" : string.Empty);

    /// <summary>The due time a dossier of the given procedure is judged against under this scope.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="procedure">Its procedure.</param>
    /// <param name="outsideCalendar">Whether the computed due date falls outside the working-day calendar (the result is then <see langword="null"/>).</param>
    internal LocalDateTime? DueOf(Dossier dossier, Procedure procedure, out bool outsideCalendar) =>
        DueOf(DueDates, Deadlines, procedure, dossier.ReceivedAt, dossier.Channel, dossier.DueAt, dossier.Supplements,
            dossier.Reappointments, out outsideCalendar);

    /// <summary>
    /// The due time a dossier is judged against: <paramref name="storedDue"/> for <see cref="DueDateSource.Stored"/>
    /// or a procedure without a time limit, else the due time computed under <paramref name="deadlines"/>. Shared by
    /// the object path and the columnar path (which computes due dates when a batch is built).
    /// </summary>
    /// <remarks>
    /// Never throws for a date: a computed due date outside the calendar's range sets
    /// <paramref name="outsideCalendar"/> (the tally rejects the dossier). The exception is caught in a method of its
    /// own, so the common path (stored due dates) has no exception handling.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LocalDateTime? DueOf(DueDateSource source, DeadlineRules deadlines, Procedure procedure,
        LocalDateTime receivedAt, IntakeChannel channel, LocalDateTime? storedDue,
        ImmutableArray<SupplementRequest> supplements, ImmutableArray<LocalDateTime> reappointments, out bool outsideCalendar)
    {
        if (source == DueDateSource.Stored || procedure.TimeLimit is not { } limit)
        {
            outsideCalendar = false;
            return storedDue;
        }

        return ComputeDue(deadlines, limit, receivedAt, channel, supplements, reappointments, out outsideCalendar);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LocalDateTime? ComputeDue(DeadlineRules deadlines, TimeLimit limit, LocalDateTime receivedAt,
        IntakeChannel channel, ImmutableArray<SupplementRequest> supplements, ImmutableArray<LocalDateTime> reappointments,
        out bool outsideCalendar)
    {
        try
        {
            outsideCalendar = false;
            return ComputeDue(deadlines, limit, receivedAt, channel, supplements, reappointments);
        }
        catch (ArgumentOutOfRangeException)
        {
            outsideCalendar = true;
            return null;
        }
    }

    private static LocalDateTime? ComputeDue(DeadlineRules deadlines, TimeLimit limit, LocalDateTime receivedAt,
        IntakeChannel channel, ImmutableArray<SupplementRequest> supplements, ImmutableArray<LocalDateTime> reappointments)
    {
        var timeline = new DossierTimeline
        {
            ReceivedAt = receivedAt,
            Channel = channel,
            TimeLimit = limit,
            Supplements = supplements.IsDefault ? ImmutableArray<SupplementRequest>.Empty : supplements,
            Reappointments = reappointments.IsDefault ? ImmutableArray<LocalDateTime>.Empty : reappointments,
        };
        return DeadlineCalculator.Compute(timeline, deadlines).DueAt;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
