using System;
using System.Globalization;

namespace OneStop.Metrics.Generation;

/// <summary>
/// The size and make-up of a synthetic province (tỉnh) for <see cref="ProvinceGenerator"/>, in the three-tier
/// organisation in force until 30/6/2025: one province with its provincial departments (sở, ban, ngành) and its
/// Public Administration Service Centre (Trung tâm Phục vụ hành chính công, the provincial one-stop department);
/// districts (cấp huyện), each with a one-stop department (Bộ phận Một cửa) and specialised departments (phòng
/// chuyên môn); communes (cấp xã), each with a one-stop department; procedure fields (lĩnh vực); a procedure
/// catalogue per level; how dossier volume splits between levels; the time-limit mix; and the reporting year.
/// </summary>
/// <remarks>
/// <para>
/// Immutable. Each property is checked when set (also in a <c>with</c> expression): a value out of range throws an
/// <see cref="ArgumentOutOfRangeException"/> whose message names the property, the value and the range. Checks that
/// involve several properties (a level with volume needs procedures; some level needs volume; the two time-limit
/// shares together at most 1000‰) are made when a <see cref="ProvinceGenerator"/> is created.
/// </para>
/// <para>
/// Codes are generated in a reserved-looking space of the statistics office's format: province <c>99</c>, districts
/// <c>900</c>..<c>999</c> (hence at most 100), communes <c>9DDCC</c> (hence at most 99 per district).
/// </para>
/// </remarks>
public sealed record ProvinceShape
{
    /// <summary>The first reporting year supported: 1901 (the calendar derives holidays from 1900, and dossiers start in the previous December).</summary>
    public const int MinYear = 1901;

    /// <summary>The last reporting year supported: 2099 (the calendar derives holidays up to 2100, and due dates run into the next year).</summary>
    public const int MaxYear = 2099;

    /// <summary>The largest relative volume weight of a level: 1 000 000.</summary>
    public const int MaxLevelWeight = 1_000_000;

    /// <summary>
    /// A province the size of a pre-2025 province such as Hải Dương: 20 provincial departments and the provincial
    /// service centre; 10 districts with 11 specialised departments each; 20 communes per district (200); 30 fields;
    /// catalogues of 1 000 (province: 550 partial, 300 full-process), 300 (district: 178 / 94, the seed's 152 / 80 of
    /// 256) and 120 procedures (commune: 54 / 41, the seed's 63 / 48 of 141); volume weights 160 / 60 / 780 (communes
    /// receive 13× the district level, as in the seed); 40‰ of procedures limited in calendar days and 40‰ in
    /// working hours; year 2023.
    /// </summary>
    public static ProvinceShape Default { get; } = new();

    /// <summary>
    /// A tiny province for tests: 4 provincial departments, 2 districts with 3 specialised departments each, 3 communes
    /// per district, 6 fields, catalogues of 12 (6 / 4 / 2), 10 (5 / 3 / 2) and 8 procedures (3 / 3 / 2), the default
    /// volume weights, time-limit mix and year.
    /// </summary>
    public static ProvinceShape Small { get; } = new()
    {
        ProvinceDepartments = 4,
        Districts = 2,
        DepartmentsPerDistrict = 3,
        CommunesPerDistrict = 3,
        Fields = 6,
        ProvinceCatalogue = new CatalogueShape(6, 4, 2),
        DistrictCatalogue = new CatalogueShape(5, 3, 2),
        CommuneCatalogue = new CatalogueShape(3, 3, 2),
    };

    /// <summary>Provincial departments (sở, ban, ngành) that resolve provincial dossiers, 1 to 99. Default 20.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..99.</exception>
    public int ProvinceDepartments { get; init => field = Check(value, 1, 99, nameof(ProvinceDepartments)); } = 20;

    /// <summary>Districts (huyện, quận, thị xã, thành phố thuộc tỉnh), 1 to 100. Default 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..100.</exception>
    public int Districts { get; init => field = Check(value, 1, 100, nameof(Districts)); } = 10;

    /// <summary>Specialised departments (phòng chuyên môn) of each district, 1 to 99. Default 11, as in Tứ Kỳ.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..99.</exception>
    public int DepartmentsPerDistrict { get; init => field = Check(value, 1, 99, nameof(DepartmentsPerDistrict)); } = 11;

    /// <summary>Communes (xã, phường, thị trấn) of each district, 1 to 99. Default 20 (Tứ Kỳ had 23).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..99.</exception>
    public int CommunesPerDistrict { get; init => field = Check(value, 1, 99, nameof(CommunesPerDistrict)); } = 20;

    /// <summary>Procedure fields (lĩnh vực TTHC), shared by all levels, 1 to 99. Default 30; the first 30 carry real field names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..99.</exception>
    public int Fields { get; init => field = Check(value, 1, 99, nameof(Fields)); } = 30;

    /// <summary>The provincial catalogue. Default 1 000 procedures: 550 partial, 300 full-process, 150 without online service.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public CatalogueShape ProvinceCatalogue { get; init => field = NotNull(value, nameof(ProvinceCatalogue)); } = new(550, 300, 150);

    /// <summary>The district catalogue. Default 300 procedures: 178 partial, 94 full-process, 28 without online service.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public CatalogueShape DistrictCatalogue { get; init => field = NotNull(value, nameof(DistrictCatalogue)); } = new(178, 94, 28);

    /// <summary>The commune catalogue. Default 120 procedures: 54 partial, 41 full-process, 25 without online service.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public CatalogueShape CommuneCatalogue { get; init => field = NotNull(value, nameof(CommuneCatalogue)); } = new(54, 41, 25);

    /// <summary>Relative share of dossiers received at province level, 0 to <see cref="MaxLevelWeight"/>. Default 160.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..<see cref="MaxLevelWeight"/>.</exception>
    public int ProvinceWeight { get; init => field = Check(value, 0, MaxLevelWeight, nameof(ProvinceWeight)); } = 160;

    /// <summary>Relative share of dossiers received at district level (all districts together), 0 to <see cref="MaxLevelWeight"/>. Default 60.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..<see cref="MaxLevelWeight"/>.</exception>
    public int DistrictWeight { get; init => field = Check(value, 0, MaxLevelWeight, nameof(DistrictWeight)); } = 60;

    /// <summary>Relative share of dossiers received at commune level (all communes together), 0 to <see cref="MaxLevelWeight"/>. Default 780.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..<see cref="MaxLevelWeight"/>.</exception>
    public int CommuneWeight { get; init => field = Check(value, 0, MaxLevelWeight, nameof(CommuneWeight)); } = 780;

    /// <summary>Per mille of procedures whose time limit is in calendar days (ngày), 0 to 1000. Default 40.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1000.</exception>
    public int CalendarDayLimitsPerMille { get; init => field = Check(value, 0, 1000, nameof(CalendarDayLimitsPerMille)); } = 40;

    /// <summary>Per mille of procedures whose time limit is in working hours (giờ làm việc), 0 to 1000. Default 40. The rest are in working days.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1000.</exception>
    public int WorkingHourLimitsPerMille { get; init => field = Check(value, 0, 1000, nameof(WorkingHourLimitsPerMille)); } = 40;

    /// <summary>The reporting year (năm báo cáo), <see cref="MinYear"/> to <see cref="MaxYear"/>. Default 2023, the seed's year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public int Year { get; init => field = Check(value, MinYear, MaxYear, nameof(Year)); } = 2023;

    /// <summary>Communes in the province: <see cref="Districts"/> × <see cref="CommunesPerDistrict"/>.</summary>
    public int Communes => Districts * CommunesPerDistrict;

    /// <summary>One-stop departments in the province: the provincial centre, one per district and one per commune.</summary>
    public int OneStopDepartments => 1 + Districts + Communes;

    /// <summary>
    /// Checks the rules that involve several properties, as <see cref="ProvinceGenerator"/> does before using the shape.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A level has a positive weight but an empty catalogue, every weight is 0, or the calendar-day and working-hour
    /// shares add up to more than 1000‰; the message names the properties and their values.
    /// </exception>
    public void Validate()
    {
        RequireProcedures(ProvinceWeight, ProvinceCatalogue, nameof(ProvinceWeight), nameof(ProvinceCatalogue));
        RequireProcedures(DistrictWeight, DistrictCatalogue, nameof(DistrictWeight), nameof(DistrictCatalogue));
        RequireProcedures(CommuneWeight, CommuneCatalogue, nameof(CommuneWeight), nameof(CommuneCatalogue));
        if (ProvinceWeight == 0 && DistrictWeight == 0 && CommuneWeight == 0)
        {
            throw new ArgumentException(
                "ProvinceShape.ProvinceWeight, DistrictWeight and CommuneWeight are all 0; at least one level must receive dossiers.");
        }

        if (CalendarDayLimitsPerMille + WorkingHourLimitsPerMille > 1000)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"ProvinceShape.CalendarDayLimitsPerMille ({CalendarDayLimitsPerMille}) + WorkingHourLimitsPerMille ({WorkingHourLimitsPerMille}) must not exceed 1000; was {CalendarDayLimitsPerMille + WorkingHourLimitsPerMille}."));
        }
    }

    private static void RequireProcedures(int weight, CatalogueShape catalogue, string weightName, string catalogueName)
    {
        if (weight > 0 && catalogue.Procedures == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"ProvinceShape.{weightName} is {weight} but {catalogueName} has no procedures; set the weight to 0 or add procedures."));
        }
    }

    private static int Check(int value, int min, int max, string name) =>
        value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture,
                $"ProvinceShape.{name} must be between {min} and {max}; was {value}."));

    private static CatalogueShape NotNull(CatalogueShape? value, string name) =>
        value ?? throw new ArgumentNullException(name, $"ProvinceShape.{name} must not be null.");
}
