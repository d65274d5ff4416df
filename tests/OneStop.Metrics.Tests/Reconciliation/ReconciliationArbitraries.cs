using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Tests.Reconciliation;

/// <summary>FsCheck generators of definitions (every choice of <see cref="MetricsOptions"/>) and of print options.</summary>
public static class ReconciliationArbitraries
{
    /// <summary>Any combination of the six definitions.</summary>
    public static Arbitrary<MetricsOptions> Options() => Arb.From(
        from onTime in Gen.Elements(Enum.GetValues<OnTimeRateBasis>())
        from folded in Gen.Choose(0, 7)
        from intake in Gen.Elements(Enum.GetValues<IntakeDigitizationBasis>())
        from results in Gen.Elements(Enum.GetValues<ResultDigitizationBasis>())
        from online in Gen.Elements(Enum.GetValues<OnlineIntakeBasis>())
        from reuse in Gen.Elements(Enum.GetValues<ReuseProcedureBasis>())
        select new MetricsOptions
        {
            OnTimeRate = onTime,
            CountedAsResolved = (EndedOutcomes)folded,
            IntakeDigitization = intake,
            ResultDigitization = results,
            OnlineIntake = online,
            ReuseProcedures = reuse,
        });

    /// <summary>Vietnamese or English print options, sometimes with a commune breakdown and another rounding rule.</summary>
    public static Arbitrary<ReportPrintOptions> PrintOptions() => Arb.From(
        from english in Gen.Elements(false, true)
        from communes in Gen.Elements(false, true)
        from decimals in Gen.Choose(0, 3)
        from mode in Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero)
        let basis = english ? ReportPrintOptions.English : ReportPrintOptions.Vietnamese
        select basis with
        {
            Numbers = basis.Numbers.WithRounding(RoundingRule.Create(decimals, mode)),
            FieldBreakdownLevels = communes ? [.. Enum.GetValues<AdministrativeLevel>()] : basis.FieldBreakdownLevels,
        });
}
