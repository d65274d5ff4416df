using System;
using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Periods;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The input boundary for reporting periods (kỳ báo cáo): checks a <see cref="PeriodRequest"/> with
/// <see cref="PeriodRequestValidator"/> and builds the <see cref="ReportingPeriod"/> and as-of date that
/// <see cref="Tallies.TallyScope.For"/> takes, without ever throwing on data.
/// </summary>
public static class PeriodIntake
{
    /// <summary>Screens a period request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="policy">What soft failures do; <see cref="IntakePolicy.Default"/> (warn) when <see langword="null"/>.</param>
    /// <returns>The period and as-of date, or the failures that prevent them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static PeriodIntakeResult Screen(PeriodRequest request, IntakePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        policy ??= IntakePolicy.Default;
        var failures = new List<IntakeFailure>();
        Failures.AddTo(failures, PeriodRequestValidator.Instance.Validate(request).Errors, null, null, null);
        var sorted = Failures.SortedByCode(failures);
        var rejected = policy.Rejects(sorted.Any(f => f.Severity == IntakeSeverity.Error),
            sorted.Any(f => f.Severity == IntakeSeverity.Warning));
        if (rejected)
        {
            return new PeriodIntakeResult(null, null, [.. sorted]);
        }

        var period = ReportingPeriod.Custom(request.Start!.Value, request.End!.Value);
        return new PeriodIntakeResult(period, request.AsOf ?? period.End, [.. sorted]);
    }
}
