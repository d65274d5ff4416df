using NodaTime;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies;

public partial class DossierTallyTests
{
    [Fact]
    public void A_receipt_time_outside_the_ISO_calendar_is_rejected_not_thrown()
    {
        var julian = new LocalDateTime(2023, 3, 1, 9, 0, CalendarSystem.Julian);
        var tally = DossierTally.Build(Reference, Scope, [NewDossier("J1", julian)]);

        var rejection = Assert.Single(tally.Rejections);
        Assert.Equal(RejectionReason.NonIsoCalendar, rejection.Reason);
        Assert.Equal("Dossier 'J1': ReceivedAt '2023-03-01T09:00:00 (Julian)' is not in the ISO calendar.", rejection.Message);
        Assert.Equal(0, tally.DossiersCounted);
    }

    [Fact]
    public void A_due_time_outside_the_ISO_calendar_is_rejected_not_thrown()
    {
        var dossier = NewDossier("J2", At(2023, 3, 1)) with { DueAt = new LocalDateTime(2023, 3, 10, 17, 0, CalendarSystem.Julian) };
        var tally = DossierTally.Build(Reference, Scope, [dossier]);

        var rejection = Assert.Single(tally.Rejections);
        Assert.Equal(RejectionReason.NonIsoCalendar, rejection.Reason);
        Assert.Equal("Dossier 'J2': DueAt '2023-03-10T17:00:00 (Julian)' is not in the ISO calendar.", rejection.Message);
    }
}
