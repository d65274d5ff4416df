using System;
using System.Collections.Generic;
using OneStop.Metrics.Generation;
using Xunit;

namespace OneStop.Metrics.Tests.Generation;

public class ProvinceShapeTests
{
    [Fact]
    public void The_default_shape_is_a_pre_2025_province_with_the_seed_proportions()
    {
        var shape = ProvinceShape.Default;

        Assert.Equal(20, shape.ProvinceDepartments);
        Assert.Equal(10, shape.Districts);
        Assert.Equal(11, shape.DepartmentsPerDistrict);
        Assert.Equal(20, shape.CommunesPerDistrict);
        Assert.Equal(200, shape.Communes);
        Assert.Equal(211, shape.OneStopDepartments);
        Assert.Equal(30, shape.Fields);
        Assert.Equal(new CatalogueShape(550, 300, 150), shape.ProvinceCatalogue);
        Assert.Equal(new CatalogueShape(178, 94, 28), shape.DistrictCatalogue);
        Assert.Equal(new CatalogueShape(54, 41, 25), shape.CommuneCatalogue);
        Assert.Equal((1000, 300, 120), (shape.ProvinceCatalogue.Procedures, shape.DistrictCatalogue.Procedures, shape.CommuneCatalogue.Procedures));
        Assert.Equal((160, 60, 780), (shape.ProvinceWeight, shape.DistrictWeight, shape.CommuneWeight));
        Assert.Equal((40, 40), (shape.CalendarDayLimitsPerMille, shape.WorkingHourLimitsPerMille));
        Assert.Equal(2023, shape.Year);
        shape.Validate();
    }

    [Fact]
    public void The_default_catalogues_keep_the_seed_report_online_service_proportions()
    {
        // Seed: district 152 partial + 80 full-process of 256; commune 63 + 48 of 141.
        var district = ProvinceShape.Default.DistrictCatalogue;
        var commune = ProvinceShape.Default.CommuneCatalogue;

        Assert.InRange(Math.Abs((district.Partial * 256) - (152 * district.Procedures)), 0, 256);
        Assert.InRange(Math.Abs((district.FullProcess * 256) - (80 * district.Procedures)), 0, 256);
        Assert.InRange(Math.Abs((commune.Partial * 141) - (63 * commune.Procedures)), 0, 141);
        Assert.InRange(Math.Abs((commune.FullProcess * 141) - (48 * commune.Procedures)), 0, 141);
    }

    [Fact]
    public void The_small_shape_is_valid_and_tiny()
    {
        var shape = ProvinceShape.Small;

        shape.Validate();
        Assert.Equal(9, shape.OneStopDepartments);
        Assert.Equal(2023, shape.Year);
    }

    public static TheoryData<string, Func<ProvinceShape>, string> OutOfRange => new()
    {
        { "ProvinceDepartments", () => ProvinceShape.Default with { ProvinceDepartments = 0 }, "ProvinceShape.ProvinceDepartments must be between 1 and 99; was 0." },
        { "Districts", () => ProvinceShape.Default with { Districts = 101 }, "ProvinceShape.Districts must be between 1 and 100; was 101." },
        { "DepartmentsPerDistrict", () => ProvinceShape.Default with { DepartmentsPerDistrict = -3 }, "ProvinceShape.DepartmentsPerDistrict must be between 1 and 99; was -3." },
        { "CommunesPerDistrict", () => ProvinceShape.Default with { CommunesPerDistrict = 100 }, "ProvinceShape.CommunesPerDistrict must be between 1 and 99; was 100." },
        { "Fields", () => ProvinceShape.Default with { Fields = 0 }, "ProvinceShape.Fields must be between 1 and 99; was 0." },
        { "ProvinceWeight", () => ProvinceShape.Default with { ProvinceWeight = -1 }, "ProvinceShape.ProvinceWeight must be between 0 and 1000000; was -1." },
        { "DistrictWeight", () => ProvinceShape.Default with { DistrictWeight = 1_000_001 }, "ProvinceShape.DistrictWeight must be between 0 and 1000000; was 1000001." },
        { "CommuneWeight", () => ProvinceShape.Default with { CommuneWeight = -5 }, "ProvinceShape.CommuneWeight must be between 0 and 1000000; was -5." },
        { "CalendarDayLimitsPerMille", () => ProvinceShape.Default with { CalendarDayLimitsPerMille = 1001 }, "ProvinceShape.CalendarDayLimitsPerMille must be between 0 and 1000; was 1001." },
        { "WorkingHourLimitsPerMille", () => ProvinceShape.Default with { WorkingHourLimitsPerMille = -1 }, "ProvinceShape.WorkingHourLimitsPerMille must be between 0 and 1000; was -1." },
        { "Year", () => ProvinceShape.Default with { Year = 1900 }, "ProvinceShape.Year must be between 1901 and 2099; was 1900." },
        { "Year", () => ProvinceShape.Default with { Year = 2100 }, "ProvinceShape.Year must be between 1901 and 2099; was 2100." },
        { "Partial", () => ProvinceShape.Default with { CommuneCatalogue = new CatalogueShape(-1, 0, 0) }, "CatalogueShape.Partial must be between 0 and 9999; was -1." },
        { "FullProcess", () => ProvinceShape.Default with { CommuneCatalogue = new CatalogueShape(0, 10_000, 0) }, "CatalogueShape.FullProcess must be between 0 and 9999; was 10000." },
        { "WithoutOnlineService", () => ProvinceShape.Default with { DistrictCatalogue = ProvinceShape.Default.DistrictCatalogue with { WithoutOnlineService = -2 } }, "CatalogueShape.WithoutOnlineService must be between 0 and 9999; was -2." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_value_out_of_range_is_refused_with_its_name_value_and_range(string property, Func<ProvinceShape> create, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(property, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_catalogue_is_refused()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ProvinceShape.Default with { ProvinceCatalogue = null! });

        Assert.Equal("ProvinceCatalogue", error.ParamName);
    }

    public static TheoryData<Func<ProvinceShape>, string> Inconsistent => new()
    {
        {
            () => ProvinceShape.Small with { DistrictCatalogue = new CatalogueShape(0, 0, 0) },
            "ProvinceShape.DistrictWeight is 60 but DistrictCatalogue has no procedures; set the weight to 0 or add procedures."
        },
        {
            () => ProvinceShape.Small with { ProvinceWeight = 0, DistrictWeight = 0, CommuneWeight = 0 },
            "ProvinceShape.ProvinceWeight, DistrictWeight and CommuneWeight are all 0; at least one level must receive dossiers."
        },
        {
            () => ProvinceShape.Small with { CalendarDayLimitsPerMille = 600, WorkingHourLimitsPerMille = 401 },
            "ProvinceShape.CalendarDayLimitsPerMille (600) + WorkingHourLimitsPerMille (401) must not exceed 1000; was 1001."
        },
    };

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void Rules_between_properties_are_checked_by_Validate_and_by_the_generator(Func<ProvinceShape> create, string message)
    {
        var shape = create();

        Assert.Equal(message, Assert.Throws<ArgumentException>(shape.Validate).Message);
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => new ProvinceGenerator(shape, 1)).Message);
    }

    [Fact]
    public void A_level_without_procedures_is_fine_when_it_receives_nothing()
    {
        var shape = ProvinceShape.Small with { DistrictCatalogue = new CatalogueShape(0, 0, 0), DistrictWeight = 0 };

        var generator = new ProvinceGenerator(shape, 7);

        Assert.All(generator.Dossiers(500), d => Assert.False(d.ProcedureCode.StartsWith("9.2", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_catalogue_shape_adds_up_and_prints_its_counts()
    {
        var catalogue = new CatalogueShape(178, 94, 28);

        Assert.Equal(300, catalogue.Procedures);
        Assert.Equal("300 procedures (178 partial, 94 full-process, 28 without online service)", catalogue.ToString());
    }

    [Fact]
    public void Shapes_are_values()
    {
        var a = ProvinceShape.Default with { Districts = 3 };
        var b = ProvinceShape.Default with { Districts = 3 };

        Assert.Equal(a, b);
        Assert.NotEqual(a, ProvinceShape.Default);
        Assert.Single(new HashSet<ProvinceShape> { a, b });
    }
}
