using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// Audits the due dates a provincial system stored (ngày hẹn trả) against the ones the time limits and the
/// working-day calendar give: lists every dossier where they disagree, and by how many working days.
/// </summary>
public static class DeadlineAudit
{
    /// <summary>Compares stored and computed due dates.</summary>
    /// <param name="reference">The reference data (the procedures' time limits).</param>
    /// <param name="dossiers">The dossiers.</param>
    /// <param name="rules">The deadline rules; <see cref="DeadlineRules.Default"/> when <see langword="null"/>.</param>
    /// <param name="comparison">By date (the default: only the due day matters) or by instant (the time of day too).</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/>, <paramref name="dossiers"/> or a dossier is <see langword="null"/>.</exception>
    public static DeadlineAuditReport Run(ReferenceData reference, IEnumerable<Dossier> dossiers, DeadlineRules? rules = null,
        TimelinessComparison comparison = TimelinessComparison.ByDate)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(dossiers);
        rules ??= DeadlineRules.Default;
        long read = 0, agreeing = 0, withoutLimit = 0, withoutStored = 0, unknown = 0;
        var mismatches = new List<DueDateMismatch>();
        foreach (var dossier in dossiers)
        {
            ArgumentNullException.ThrowIfNull(dossier, nameof(dossiers));
            read++;
            if (!reference.TryGetProcedure(dossier.ProcedureCode ?? string.Empty, out var procedure))
            {
                unknown++;
            }
            else if (procedure.TimeLimit is not { } limit)
            {
                withoutLimit++;
            }
            else if (dossier.DueAt is not { } stored)
            {
                withoutStored++;
            }
            else
            {
                var computed = DeadlineCalculator.Compute(new DossierTimeline
                {
                    ReceivedAt = dossier.ReceivedAt,
                    Channel = dossier.Channel,
                    TimeLimit = limit,
                    Supplements = dossier.Supplements,
                    Reappointments = dossier.Reappointments,
                }, rules).DueAt;

                var same = computed is { } c && (comparison == TimelinessComparison.ByDate ? c.Date == stored.Date : c == stored);
                if (same)
                {
                    agreeing++;
                }
                else
                {
                    var late = computed is { } at ? rules.Calendar.WorkingDaysBetween(at.Date, stored.Date) : 0;
                    mismatches.Add(new DueDateMismatch(dossier.Id, procedure.Code, stored, computed, late));
                }
            }
        }

        return new DeadlineAuditReport
        {
            DossiersRead = read,
            Agreeing = agreeing,
            Mismatches = mismatches.OrderBy(m => m.DossierId, StringComparer.Ordinal).ToImmutableArray(),
            WithoutTimeLimit = withoutLimit,
            WithoutStoredDueDate = withoutStored,
            UnknownProcedure = unknown,
        };
    }
}
