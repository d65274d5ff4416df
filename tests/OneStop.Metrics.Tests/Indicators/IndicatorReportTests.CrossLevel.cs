using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Indicators;

// Dossiers received at one level for another level's procedure or department (data faults the validators flag).
public partial class IndicatorReportTests
{
    private static Dossier CommuneDossier(string id, string procedure, string? resolving) =>
        NewDossier(id, At(2023, 4, 3)) with
        {
            ProcedureCode = procedure,
            ReceivingDepartmentCode = "MC-X",
            ResolvingDepartmentCode = resolving,
            Digitization = DigitizationFacts.Create(true, true, resultDigitized: false, reusedDigitizedData: true),
        };

    [Fact]
    public void The_reuse_share_counts_received_procedures_of_other_levels_in_its_denominator_and_never_exceeds_one()
    {
        var report = IndicatorReport.Compute(Reference, Scope,
            [CommuneDossier("C1", "P1", null), CommuneDossier("C2", "P2", null)]);

        var commune = report.Level(AdministrativeLevel.Commune).ReusingProcedures;

        Assert.Equal(Ratio.Of(2, 3), commune.Share);
        Assert.Equal(new[] { "P1", "P2" }, commune.Procedures.Select(p => p.Code));
    }

    [Fact]
    public void A_specialised_department_digitizes_whichever_level_received_its_dossier()
    {
        var report = IndicatorReport.Compute(Reference, Scope, [CommuneDossier("C1", "P3", "TP")]);

        var coverage = report.Level(AdministrativeLevel.District).Coverage;

        Assert.Equal(Ratio.Of(1, 2), coverage.Digitizing);
        Assert.Equal("TP", Assert.Single(coverage.DigitizingUnits).Code);
        Assert.Equal("TNMT", Assert.Single(coverage.UnitsWithoutDossiers).Code);
    }
}
