using FsCheck;
using FsCheck.Fluent;
using OneStop.Metrics.Generation;

namespace OneStop.Metrics.Tests.Generation;

/// <summary>A small random province, a seed and a number of dossiers to draw from it.</summary>
public sealed record GenerationCase(ProvinceShape Shape, ulong Seed, int Count)
{
    public override string ToString() =>
        $"seed {Seed}, {Count} dossiers, year {Shape.Year}, {Shape.Districts}×{Shape.CommunesPerDistrict} communes, " +
        $"{Shape.ProvinceDepartments}/{Shape.DepartmentsPerDistrict} departments, {Shape.Fields} fields, " +
        $"catalogues {Shape.ProvinceCatalogue} / {Shape.DistrictCatalogue} / {Shape.CommuneCatalogue}, " +
        $"weights {Shape.ProvinceWeight}/{Shape.DistrictWeight}/{Shape.CommuneWeight}, " +
        $"limits {Shape.CalendarDayLimitsPerMille}‰ calendar days, {Shape.WorkingHourLimitsPerMille}‰ working hours";
}

/// <summary>FsCheck generators of small valid province shapes and full-range seeds.</summary>
public static class GenerationArbitraries
{
    private static Gen<CatalogueShape> Catalogue { get; } =
        from partial in Gen.Choose(0, 5)
        from full in Gen.Choose(0, 5)
        from none in Gen.Choose(0, 3)
        select new CatalogueShape(partial, full, none);

    /// <summary>Any 64-bit seed, from two 32-bit halves.</summary>
    public static Gen<ulong> Seed { get; } =
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select unchecked(((ulong)(uint)high << 32) | (uint)low);

    /// <summary>
    /// Small shapes that pass <see cref="ProvinceShape.Validate"/>: a level gets volume only when it has procedures,
    /// and the commune level always has both; years from 1995 to 2040 (announced and derived calendar years).
    /// </summary>
    public static Gen<ProvinceShape> Shape { get; } =
        from districts in Gen.Choose(1, 3)
        from communes in Gen.Choose(1, 4)
        from departments in Gen.Choose(1, 4)
        from provinceDepartments in Gen.Choose(1, 5)
        from fields in Gen.Choose(1, 8)
        from province in Catalogue
        from district in Catalogue
        from commune in Catalogue
        from provinceWeight in Gen.Choose(0, 200)
        from districtWeight in Gen.Choose(0, 200)
        from communeWeight in Gen.Choose(1, 800)
        from calendarDays in Gen.Choose(0, 400)
        from workingHours in Gen.Choose(0, 400)
        from year in Gen.Choose(1995, 2040)
        select ProvinceShape.Small with
        {
            Districts = districts,
            CommunesPerDistrict = communes,
            DepartmentsPerDistrict = departments,
            ProvinceDepartments = provinceDepartments,
            Fields = fields,
            ProvinceCatalogue = province,
            DistrictCatalogue = district,
            CommuneCatalogue = commune.Procedures == 0 ? new CatalogueShape(1, 0, 0) : commune,
            ProvinceWeight = province.Procedures == 0 ? 0 : provinceWeight,
            DistrictWeight = district.Procedures == 0 ? 0 : districtWeight,
            CommuneWeight = communeWeight,
            CalendarDayLimitsPerMille = calendarDays,
            WorkingHourLimitsPerMille = workingHours,
            Year = year,
        };

    public static Arbitrary<GenerationCase> Cases() => Arb.From(
        from shape in Shape
        from seed in Seed
        from count in Gen.Choose(0, 400)
        select new GenerationCase(shape, seed, count));
}
