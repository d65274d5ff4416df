using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Samples;

/// <summary>
/// Turns a <see cref="DossierPlan"/> into a <see cref="Dossier"/> by drawing dates that agree with its plan:
/// received on a weekday, due a few days later at 17:00, ended early, on the due date or after it as planned,
/// and always inside the sample period (or outside it, for the extra dossiers). Ids follow the
/// <c>unit-YYMMDD-sequence</c> shape of Circular 01/2018/TT-VPCP.
/// </summary>
internal sealed class DossierFactory
{
    private static readonly LocalTime DueTime = new(17, 0);
    private readonly SampleRandom _random;
    private readonly Dictionary<(string, LocalDate), int> _sequences = new();

    public DossierFactory(SampleRandom random) => _random = random;

    public Dossier Create(DossierPlan plan)
    {
        var start = TuKy2023Sample.PeriodStart;
        var end = TuKy2023Sample.PeriodEnd;
        LocalDateTime received;
        LocalDateTime due;
        LocalDateTime? ended = null;

        if (plan.Outcome == OutcomeKind.InProgress)
        {
            // Received in the last weeks, due after the period's end: in progress within the deadline.
            received = ReceivedOn(Weekday(end.PlusDays(-17), end));
            due = DueOn(Later(received.Date.PlusDays(_random.Between(5, 20)), end.PlusDays(1)));
        }
        else
        {
            received = plan.CarriedOver
                ? ReceivedOn(Weekday(new LocalDate(2022, 12, 1), new LocalDate(2022, 12, 29)))
                : ReceivedOn(Weekday(start, new LocalDate(2023, 7, 31)));
            var earliestDue = plan.CarriedOver ? new LocalDate(2023, 1, 9) : received.Date.PlusDays(3);
            due = DueOn(Later(received.Date.PlusDays(_random.Between(3, 20)), earliestDue));
            var firstEndDay = Later(received.Date, start);
            var endDate = plan.Timeliness switch
            {
                < 0 => Weekday(firstEndDay, due.Date.PlusDays(-1)),
                0 => due.Date,
                _ => NextWeekday(due.Date.PlusDays(_random.Between(1, 6))),
            };
            var endTime = endDate == received.Date
                ? received.TimeOfDay.PlusMinutes(_random.Between(10, 30))
                : new LocalTime(8, 0).PlusMinutes(_random.Between(0, 510));
            ended = endDate + endTime;
        }

        return Make(plan, received, due, ended);
    }

    /// <summary>A dossier received after the period (in progress, or resolved in September).</summary>
    public Dossier CreateAfter(DossierPlan plan)
    {
        var received = ReceivedOn(Weekday(new LocalDate(2023, 9, 5), new LocalDate(2023, 9, 29)));
        var due = DueOn(received.Date.PlusDays(_random.Between(3, 20)));
        LocalDateTime? ended = _random.Next(2) == 0 ? null : due.PlusDays(-1);
        plan.Outcome = ended is null ? OutcomeKind.InProgress : OutcomeKind.Resolved;
        return Make(plan, received, due, ended);
    }

    /// <summary>A dossier received and resolved before the period.</summary>
    public Dossier CreateBefore(DossierPlan plan)
    {
        var received = ReceivedOn(Weekday(new LocalDate(2022, 10, 3), new LocalDate(2022, 11, 30)));
        var due = DueOn(received.Date.PlusDays(_random.Between(3, 20)));
        plan.Outcome = OutcomeKind.Resolved;
        return Make(plan, received, due, due.PlusHours(-2));
    }

    private Dossier Make(DossierPlan plan, LocalDateTime received, LocalDateTime due, LocalDateTime? ended)
    {
        var key = (plan.OneStop, received.Date);
        var sequence = _sequences.GetValueOrDefault(key) + 1;
        _sequences[key] = sequence;
        var id = string.Create(CultureInfo.InvariantCulture, $"{plan.OneStop}-{received.Date:yyMMdd}-{sequence:0000}");

        var digitization = DigitizationFacts.Create(plan.Subject, plan.Subject && plan.Digitized,
                resultDigitized: false, plan.Reused)
            .WithResultDocuments(plan.ResultDocuments, plan.Outcome == OutcomeKind.Resolved ? plan.DigitizedResultDocuments : 0);

        return new Dossier
        {
            Id = id,
            ProcedureCode = plan.Procedure,
            ReceivingDepartmentCode = plan.OneStop,
            ResolvingDepartmentCode = plan.Resolving,
            Channel = plan.Channel,
            ReceivedAt = received,
            DueAt = due,
            Outcome = ended is { } at ? DossierOutcome.Ended(plan.Outcome, at) : DossierOutcome.InProgress,
            Digitization = digitization,
        };
    }

    private LocalDateTime ReceivedOn(LocalDate date) => date + new LocalTime(7, 30).PlusMinutes(_random.Between(0, 540));

    private static LocalDateTime DueOn(LocalDate date) => NextWeekday(date) + DueTime;

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    /// <summary>A random weekday in [from, to]; <paramref name="from"/> itself (moved to a weekday) when the range has none.</summary>
    private LocalDate Weekday(LocalDate from, LocalDate to)
    {
        var span = Period.Between(from, to, PeriodUnits.Days).Days;
        for (var attempt = 0; attempt < 20 && span >= 0; attempt++)
        {
            var date = from.PlusDays(_random.Between(0, span));
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                return date;
            }
        }

        return NextWeekday(from);
    }

    private static LocalDate NextWeekday(LocalDate date)
    {
        while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        return date;
    }
}
