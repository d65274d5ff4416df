using OneStop.Metrics.Indicators;
using Xunit;

namespace OneStop.Metrics.Tests.Indicators;

public class OnlineServiceCatalogueTests
{
    [Fact]
    public void Procedures_without_online_service_are_the_rest_of_the_catalogue()
    {
        // The seed: 152 partial and 80 full-process procedures.
        var catalogue = new OnlineServiceCatalogue { Procedures = 250, Partial = 152, FullProcess = 80 };

        Assert.Equal(18, catalogue.WithoutOnlineService);
    }

    [Fact]
    public void An_empty_catalogue_has_nothing_without_online_service()
    {
        Assert.Equal(0, new OnlineServiceCatalogue().WithoutOnlineService);
    }
}
