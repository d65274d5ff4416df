using NodaTime;

namespace OneStop.Metrics.Validation;

/// <summary>
/// A reporting period (kỳ báo cáo) and "as of" date (ngày tính đến) as a user or a file gives them, before
/// validation: any date may be missing, out of order or implausible. <see cref="PeriodIntake"/> turns a valid one
/// into a <see cref="Periods.ReportingPeriod"/> and an as-of date for <see cref="Tallies.TallyScope.For"/>.
/// </summary>
/// <param name="Start">The first day (từ ngày), included; required.</param>
/// <param name="End">The last day (đến ngày), included; required, not before <paramref name="Start"/>.</param>
/// <param name="AsOf">The date in-progress dossiers are judged at; <see langword="null"/> for <paramref name="End"/>; never before it.</param>
public sealed record PeriodRequest(LocalDate? Start, LocalDate? End, LocalDate? AsOf = null);
