using System;
using System.Linq.Expressions;
using FluentValidation;
using NodaTime;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The checks of a <see cref="PeriodRequest"/>, codes <c>OSM7001</c>–<c>OSM7007</c>: both ends present, in the ISO
/// calendar and in years 1 to 9999 (as <see cref="Periods.ReportingPeriod.Custom"/> requires), the end not before
/// the start, the as-of date not before the end (as <see cref="Tallies.TallyScope.For"/> requires), and every date
/// within the plausible range 2000-01-01..2100-12-31 (soft). Messages start with <c>Period request:</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed class PeriodRequestValidator : AbstractValidator<PeriodRequest>
{
    private const string Label = "Period request";

    /// <summary>Creates the validator.</summary>
    public PeriodRequestValidator()
    {
        RuleFor(r => r.Start).Fails(ErrorCodes.PeriodStartMissing, IntakeSeverity.Error, nameof(PeriodRequest.Start),
            (_, start) => start is null, (_, _) => null, (_, _) => "Start is missing", _ => Label);
        RuleFor(r => r.End).Fails(ErrorCodes.PeriodEndMissing, IntakeSeverity.Error, nameof(PeriodRequest.End),
            (_, end) => end is null, (_, _) => null, (_, _) => "End is missing", _ => Label);

        DateRules(r => r.Start, nameof(PeriodRequest.Start));
        DateRules(r => r.End, nameof(PeriodRequest.End));
        DateRules(r => r.AsOf, nameof(PeriodRequest.AsOf));

        RuleFor(r => r.End).Fails(ErrorCodes.PeriodEndBeforeStart, IntakeSeverity.Error, nameof(PeriodRequest.End),
            (r, end) => IsIso(r.Start) && IsIso(end) && end!.Value < r.Start!.Value, (_, end) => Of(end),
            (r, end) => $"End {Of(end!.Value)} is before Start {Of(r.Start!.Value)}", _ => Label);
        RuleFor(r => r.AsOf).Fails(ErrorCodes.PeriodAsOfBeforeEnd, IntakeSeverity.Error, nameof(PeriodRequest.AsOf),
            (r, asOf) => IsIso(r.End) && IsIso(asOf) && asOf!.Value < r.End!.Value, (_, asOf) => Of(asOf),
            (r, asOf) => $"AsOf {Of(asOf!.Value)} is before End {Of(r.End!.Value)}", _ => Label);
    }

    /// <summary>The shared instance.</summary>
    internal static PeriodRequestValidator Instance { get; } = new();

    private static bool IsIso(LocalDate? date) => date is { } d && d.Calendar == CalendarSystem.Iso;

    private void DateRules(Expression<Func<PeriodRequest, LocalDate?>> property, string field) =>
        RuleFor(property).Custom((value, context) =>
        {
            if (value is not { } date)
            {
                return;
            }

            if (date.Calendar != CalendarSystem.Iso)
            {
                context.AddFailure(Failures.Create(ErrorCodes.PeriodNonIsoCalendar, IntakeSeverity.Error, field, Of(date),
                    Label, $"{field} {Of(date)} is not in the ISO calendar"));
            }
            else if (date.Year is < 1 or > 9999)
            {
                context.AddFailure(Failures.Create(ErrorCodes.PeriodDateUnsupported, IntakeSeverity.Error, field, Of(date),
                    Label, $"{field} {Of(date)} is outside the supported years 0001..9999"));
            }
            else if (IsImplausible(date))
            {
                context.AddFailure(Failures.Create(ErrorCodes.PeriodDateImplausible, IntakeSeverity.Warning, field, Of(date),
                    Label, $"{field} {Of(date)} is outside the plausible range {PlausibleRange}"));
            }
        });
}
