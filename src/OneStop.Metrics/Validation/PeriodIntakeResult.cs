using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using OneStop.Metrics.Periods;

namespace OneStop.Metrics.Validation;

/// <summary>What <see cref="PeriodIntake"/> made of a <see cref="PeriodRequest"/>: the period and as-of date, or the failures that prevent them.</summary>
public sealed class PeriodIntakeResult
{
    internal PeriodIntakeResult(ReportingPeriod? period, LocalDate? asOf, ImmutableArray<IntakeFailure> failures)
    {
        Period = period;
        AsOf = asOf;
        Failures = failures;
    }

    /// <summary>Whether the request was accepted: <see cref="Period"/> and <see cref="AsOf"/> are set.</summary>
    [MemberNotNullWhen(true, nameof(Period), nameof(AsOf))]
    public bool IsAccepted => Period is not null;

    /// <summary>The reporting period, or <see langword="null"/> when the request was rejected.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>The as-of date (the request's, or the period's last day), or <see langword="null"/> when the request was rejected.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Every failure, errors and warnings, ordered by code (rule order within a code).</summary>
    public ImmutableArray<IntakeFailure> Failures { get; }
}
