using System;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies;

public class DossierTallyBuilderTests
{
    [Fact]
    public void Added_counts_every_dossier_counted_or_rejected()
    {
        var builder = new DossierTallyBuilder(Reference, Scope);

        builder.Add(NewDossier("A", At(2023, 3, 1)));
        builder.AddRange([NewDossier("B", At(2023, 3, 2)) with { ProcedureCode = "P9" }, NewDossier("C", At(2024, 1, 1))]);

        Assert.Equal(3, builder.Added);
        var tally = builder.ToTally();
        Assert.Equal(3, tally.DossiersSeen);
        Assert.Equal(1, tally.DossiersRejected);
    }

    [Fact]
    public void ToTally_is_a_snapshot_and_the_builder_goes_on()
    {
        var options = new TallyOptions { RecordDossierIds = true };
        var builder = new DossierTallyBuilder(Reference, Scope, options);
        builder.Add(NewDossier("A", At(2023, 3, 1)));

        var first = builder.ToTally();
        builder.Add(NewDossier("B", At(2023, 3, 1)));
        builder.Add(NewDossier("C", At(2023, 3, 1)) with { ProcedureCode = "P9" });
        var second = builder.ToTally();

        Assert.Equal(1, first.Count(TallyFilter.All).ReceivedInPeriod);
        Assert.Equal(["A"], first.DossierIds(TallyCounter.ReceivedInPeriod));
        Assert.Empty(first.Rejections);
        Assert.Equal(2, second.Count(TallyFilter.All).ReceivedInPeriod);
        Assert.Equal(["A", "B"], second.DossierIds(TallyCounter.ReceivedInPeriod));
        Assert.Single(second.Rejections);
    }

    [Fact]
    public void Refuses_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new DossierTallyBuilder(null!, Scope));
        Assert.Throws<ArgumentNullException>(() => new DossierTallyBuilder(Reference, null!));
        var builder = new DossierTallyBuilder(Reference, Scope);
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddRange(null!));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(129)]
    [InlineData(300)]
    public void Counts_every_cell_when_there_are_more_cells_than_the_initial_capacity(int procedures)
    {
        // One one-stop department and many procedures: one cell per procedure, so the builder must grow its storage.
        var reference = new ReferenceData(
            [new AdministrativeUnit { Code = "X", Name = "xã", Level = AdministrativeLevel.Commune }],
            [new Department { Code = "MC", Name = "Một cửa", UnitCode = "X", Kind = DepartmentKind.OneStop }],
            [new ProcedureField { Code = "F", Name = "Lĩnh vực" }],
            Enumerable.Range(0, procedures).Select(i => new Procedure
            {
                Code = $"P{i}", Name = $"Thủ tục {i}", FieldCode = "F", Level = AdministrativeLevel.Commune,
                OnlineService = OnlineServiceKind.None,
            }));
        var dossiers = Enumerable.Range(0, procedures).Select(i => new Dossier
        {
            Id = $"D{i}",
            ProcedureCode = $"P{i}",
            ReceivingDepartmentCode = "MC",
            Channel = IntakeChannel.InPerson,
            ReceivedAt = At(2023, 3, 1),
        });

        var tally = DossierTally.Build(reference, Scope, dossiers, new TallyOptions { RecordDossierIds = true });

        Assert.Equal(procedures, tally.DossiersCounted);
        Assert.Equal(procedures, tally.Cells.Count);
        Assert.All(tally.Cells, cell => Assert.Equal(1, cell.Counts.ReceivedInPeriod));
        Assert.All(tally.Cells, cell => Assert.Equal(1, cell.Counts.InProgress));
        Assert.Equal(procedures, tally.DossierIds(TallyCounter.ReceivedInPeriod).Count);
    }
}
