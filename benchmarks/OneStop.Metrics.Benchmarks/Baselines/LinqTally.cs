using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Benchmarks.Data;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Benchmarks.Baselines;

/// <summary>
/// The question the library answers, asked the way an analyst would in C#: group the dossier objects by cell
/// (receiving department, resolving department, procedure) and count each counter with its own predicate. Dates
/// are compared by calendar date and the stored due dates are used, as the benchmark scopes do.
/// </summary>
public static class LinqTally
{
    /// <summary>Counts every counter of every cell; the dossiers must fit <paramref name="reference"/>.</summary>
    /// <exception cref="ArgumentException">The scope compares by instant or computes due dates (not what this query writes down).</exception>
    public static CounterTable Run(IEnumerable<Dossier> dossiers, ReferenceData reference, TallyScope scope)
    {
        if (scope.Comparison != TimelinessComparison.ByDate || scope.DueDates != DueDateSource.Stored)
        {
            throw new ArgumentException("The LINQ baseline compares by date with stored due dates.", nameof(scope));
        }

        var start = scope.Period.Start;
        var end = scope.Period.End;
        var asOf = scope.AsOf;
        var onlineService = reference.Procedures.ToDictionary(p => p.Code, p => p.OnlineService != OnlineServiceKind.None);

        bool InPeriod(Dossier d) => d.ReceivedAt.Date >= start && d.ReceivedAt.Date <= end;
        bool CarriedOver(Dossier d) => d.ReceivedAt.Date < start && !(d.Outcome.At?.Date < start);
        bool Counted(Dossier d) => InPeriod(d) || CarriedOver(d);
        bool EndedInPeriod(Dossier d) => Counted(d) && d.Outcome.At?.Date <= end;
        bool InProgress(Dossier d) => Counted(d) && !EndedInPeriod(d);
        bool Is(Dossier d, OutcomeKind kind) => EndedInPeriod(d) && d.Outcome.Kind == kind;
        bool Early(Dossier d) => d.DueAt is { } due && d.Outcome.At!.Value.Date < due.Date;
        bool Overdue(Dossier d) => d.DueAt is { } due && d.Outcome.At!.Value.Date > due.Date;
        bool OnTime(Dossier d) => !Early(d) && !Overdue(d);
        bool PastDeadline(Dossier d) => d.DueAt is { } due && due.Date < asOf;
        bool ResolvedInPeriod(Dossier d) => Is(d, OutcomeKind.Resolved);

        var table = new CounterTable();
        var cells = dossiers
            .GroupBy(d => new CellCodes(d.ReceivingDepartmentCode, d.ResolvingDepartmentCode ?? "", d.ProcedureCode))
            .Select(g => (g.Key, Counters: new Dictionary<TallyCounter, long>
            {
                [TallyCounter.CarriedOver] = g.Count(CarriedOver),
                [TallyCounter.ReceivedInPeriod] = g.Count(InPeriod),
                [TallyCounter.ReceivedAfterPeriod] = g.Count(d => d.ReceivedAt.Date > end),
                [TallyCounter.EndedBeforePeriod] = g.Count(d => d.ReceivedAt.Date < start && d.Outcome.At?.Date < start),
                [TallyCounter.ReceivedInPerson] = g.Count(d => InPeriod(d) && d.Channel == IntakeChannel.InPerson),
                [TallyCounter.ReceivedOnline] = g.Count(d => InPeriod(d) && d.Channel == IntakeChannel.Online),
                [TallyCounter.ReceivedByPost] = g.Count(d => InPeriod(d) && d.Channel == IntakeChannel.Postal),
                [TallyCounter.ReceivedForOnlineService] = g.Count(d => InPeriod(d) && onlineService[d.ProcedureCode]),
                [TallyCounter.ReceivedOnlineForOnlineService] = g.Count(d => InPeriod(d) && onlineService[d.ProcedureCode] && d.Channel == IntakeChannel.Online),
                [TallyCounter.ResolvedEarly] = g.Count(d => Is(d, OutcomeKind.Resolved) && Early(d)),
                [TallyCounter.ResolvedOnTime] = g.Count(d => Is(d, OutcomeKind.Resolved) && OnTime(d)),
                [TallyCounter.ResolvedOverdue] = g.Count(d => Is(d, OutcomeKind.Resolved) && Overdue(d)),
                [TallyCounter.ReturnedEarly] = g.Count(d => Is(d, OutcomeKind.ReturnedIneligible) && Early(d)),
                [TallyCounter.ReturnedOnTime] = g.Count(d => Is(d, OutcomeKind.ReturnedIneligible) && OnTime(d)),
                [TallyCounter.ReturnedOverdue] = g.Count(d => Is(d, OutcomeKind.ReturnedIneligible) && Overdue(d)),
                [TallyCounter.RefusedEarly] = g.Count(d => Is(d, OutcomeKind.Refused) && Early(d)),
                [TallyCounter.RefusedOnTime] = g.Count(d => Is(d, OutcomeKind.Refused) && OnTime(d)),
                [TallyCounter.RefusedOverdue] = g.Count(d => Is(d, OutcomeKind.Refused) && Overdue(d)),
                [TallyCounter.WithdrawnEarly] = g.Count(d => Is(d, OutcomeKind.Withdrawn) && Early(d)),
                [TallyCounter.WithdrawnOnTime] = g.Count(d => Is(d, OutcomeKind.Withdrawn) && OnTime(d)),
                [TallyCounter.WithdrawnOverdue] = g.Count(d => Is(d, OutcomeKind.Withdrawn) && Overdue(d)),
                [TallyCounter.Cancelled] = g.Count(d => Is(d, OutcomeKind.Cancelled)),
                [TallyCounter.InProgressWithinDeadline] = g.Count(d => InProgress(d) && !PastDeadline(d)),
                [TallyCounter.InProgressPastDeadline] = g.Count(d => InProgress(d) && PastDeadline(d)),
                [TallyCounter.SubjectToDigitizationReceived] = g.Count(d => InPeriod(d) && d.Digitization.SubjectToDigitization),
                [TallyCounter.DigitizedAtIntakeReceived] = g.Count(d => InPeriod(d) && d.Digitization is { SubjectToDigitization: true, DigitizedAtIntake: true }),
                [TallyCounter.SubjectToDigitizationCarriedOver] = g.Count(d => CarriedOver(d) && d.Digitization.SubjectToDigitization),
                [TallyCounter.DigitizedAtIntakeCarriedOver] = g.Count(d => CarriedOver(d) && d.Digitization is { SubjectToDigitization: true, DigitizedAtIntake: true }),
                [TallyCounter.ResultDocumentsIssued] = g.Where(ResolvedInPeriod).Sum(d => (long)d.Digitization.ResultDocuments),
                [TallyCounter.ResultDocumentsDigitized] = g.Where(ResolvedInPeriod).Sum(d => (long)d.Digitization.DigitizedResultDocuments),
                [TallyCounter.ResolvedWithDigitizedResult] = g.Count(d => ResolvedInPeriod(d) && d.Digitization.DigitizedResultDocuments > 0),
                [TallyCounter.ReusedDigitizedData] = g.Count(d => InPeriod(d) && d.Digitization.ReusedDigitizedData),
                [TallyCounter.ReceivedRegardlessOfBoundary] = g.Count(d => InPeriod(d) && d.ReceivedRegardlessOfBoundary),
            }));

        foreach (var (key, counters) in cells)
        {
            var row = table[key];
            foreach (var (counter, value) in counters)
            {
                row[(int)counter] = value;
            }
        }

        return table;
    }
}
