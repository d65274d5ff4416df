using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Indicators;

/// <summary>A test added to kill a mutant that Stryker.NET found surviving in Indicators (see mutation/README.md).</summary>
public partial class IndicatorReportTests
{
    [Fact]
    public void A_specialised_department_first_in_the_reference_still_counts_the_dossiers_it_resolved()
    {
        // The same district with TP moved to the front of the departments, so that its index is 0.
        var departments = ReportReference.Departments;
        var reordered = new ReferenceData(ReportReference.Units,
            [departments.Single(d => d.Code == "TP"), .. departments.Where(d => d.Code != "TP")],
            ReportReference.Fields, ReportReference.Procedures);
        Assert.Equal("TP", reordered.Departments[0].Code);

        var district = IndicatorReport.Compute(reordered, Scope, ReportDossiers).Level(AdministrativeLevel.District);

        Assert.Equal(["TP", "TNMT", "NV"], district.ByResolvingDepartment.Select(d => d.Department.Code));
        Assert.Equal((0L, 2L, 1L, 1L, 0L), Summary(district.ByResolvingDepartment[0].Indicators.Timeliness));
        Assert.Equal((1L, 1L, 1L, 0L, 1L), Summary(district.ByResolvingDepartment[1].Indicators.Timeliness));
    }
}
