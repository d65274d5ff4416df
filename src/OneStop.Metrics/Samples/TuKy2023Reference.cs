using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Samples;

/// <summary>
/// The reference data of the Tứ Kỳ 2023 sample: Hải Dương province (30), Tứ Kỳ district (298) with its district
/// one-stop department and eleven specialised departments as named in the report, 23 communes (synthetic names
/// and codes: the report does not name them), and a procedure catalogue whose online-service counts match the
/// report (district 152 partial + 80 full-process; commune 63 partial + 48 full-process).
/// </summary>
internal static class TuKy2023Reference
{
    public const string ProvinceCode = "30";
    public const string DistrictCode = "298";
    public const string DistrictOneStop = "298-BPMC";
    public const int Communes = 23;
    public const string BirthGroup = "X-LT-01";
    public const string DeathGroup = "X-LT-02";

    /// <summary>
    /// The district's specialised departments and the field each resolves, in the order the report lists them
    /// (Tài chính - Kế hoạch, missing from the report's list, is placed after the seven it names).
    /// Tuple: department code, department name, field code, field name.
    /// </summary>
    public static readonly (string Department, string DepartmentName, string Field, string FieldName)[] DistrictDepartments =
    [
        ("298-TP", "Tư pháp", "H-TP", "Tư pháp"),
        ("298-VHTT", "Văn hóa-Thông tin", "H-VHTT", "Văn hóa-TT"),
        ("298-KTHT", "Kinh tế - Hạ tầng", "H-KTHT", "Kinh tế - Hạ tầng"),
        ("298-TNMT", "Tài nguyên và Môi trường", "H-TNMT", "Tài nguyên&Môi trường"),
        ("298-NV", "Nội vụ", "H-NV", "Nội vụ"),
        ("298-LDTBXH", "Lao động – Thương binh và Xã hội", "H-LDTBXH", "Lao động – Thương binh và Xã hội"),
        ("298-GDDT", "Giáo dục và Đào tạo", "H-GDDT", "Giáo dục và Đào tạo"),
        ("298-TCKH", "Tài chính - Kế hoạch", "H-TCKH", "Tài chính - Kế hoạch"),
        ("298-YT", "Y tế", "H-YT", "Y tế"),
        ("298-TTR", "Thanh tra", "H-TTR", "Thanh tra"),
        ("298-NNPTNT", "Nông nghiệp và PTNT", "H-NNPTNT", "Nông nghiệp và PTNT"),
    ];

    /// <summary>District fields in the order the report's section 4 lists them, then the rest.</summary>
    private static readonly string[] DistrictFieldOrder =
        ["H-TCKH", "H-NV", "H-TP", "H-TNMT", "H-KTHT", "H-VHTT", "H-LDTBXH", "H-GDDT", "H-YT", "H-TTR", "H-NNPTNT"];

    /// <summary>Commune fields: code and name.</summary>
    private static readonly (string Code, string Name)[] CommuneFields =
    [
        ("X-HT", "Hộ tịch"),
        ("X-CT", "Chứng thực"),
        ("X-DD", "Đất đai"),
        ("X-BTXH", "Bảo trợ xã hội"),
        ("X-NCC", "Người có công"),
        ("X-VH", "Văn hóa cơ sở"),
        ("X-LT", "Liên thông Đề án 06"),
    ];

    public static string CommuneUnitCode(int commune) => $"298-X{commune:00}";

    public static string CommuneOneStop(int commune) => $"298-X{commune:00}-BPMC";

    public static ReferenceData Create()
    {
        var units = new List<AdministrativeUnit>
        {
            new() { Code = ProvinceCode, Name = "tỉnh Hải Dương", Level = AdministrativeLevel.Province },
            new() { Code = DistrictCode, Name = "huyện Tứ Kỳ", Level = AdministrativeLevel.District, ParentCode = ProvinceCode },
        };
        var departments = new List<Department>
        {
            new() { Code = DistrictOneStop, Name = "Bộ phận Một cửa huyện Tứ Kỳ", UnitCode = DistrictCode, Kind = DepartmentKind.OneStop },
        };
        departments.AddRange(DistrictDepartments.Select(d =>
            new Department { Code = d.Department, Name = d.DepartmentName, UnitCode = DistrictCode, Kind = DepartmentKind.Specialised }));

        for (var c = 1; c <= Communes; c++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"xã số {c:00}");
            units.Add(new AdministrativeUnit
            {
                Code = CommuneUnitCode(c), Name = name, Level = AdministrativeLevel.Commune, ParentCode = DistrictCode,
            });
            departments.Add(new Department
            {
                Code = CommuneOneStop(c), Name = "Bộ phận Một cửa " + name, UnitCode = CommuneUnitCode(c), Kind = DepartmentKind.OneStop,
            });
        }

        var districtFieldNames = DistrictDepartments.ToDictionary(d => d.Field, d => d.FieldName);
        var fields = DistrictFieldOrder.Select(code => new ProcedureField { Code = code, Name = districtFieldNames[code] })
            .Concat(CommuneFields.Select(f => new ProcedureField { Code = f.Code, Name = f.Name }))
            .ToList();

        return new ReferenceData(units, departments, fields, Procedures(districtFieldNames).ToList());
    }

    /// <summary>
    /// District: 152 partial, 80 full-process and 24 without online service, spread over the eleven district
    /// fields. Commune: 63 partial, 48 full-process (two of them the interlinked groups of Scheme 06) and 30
    /// without online service.
    /// </summary>
    private static IEnumerable<Procedure> Procedures(Dictionary<string, string> districtFieldNames)
    {
        var district = Spread(DistrictFieldOrder, partial: 152, full: 80, none: 24);
        foreach (var (field, kind, number) in district)
        {
            yield return new Procedure
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"H.{field[2..]}.{number:000}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"Thủ tục cấp huyện lĩnh vực {districtFieldNames[field]} số {number:000}"),
                FieldCode = field,
                Level = AdministrativeLevel.District,
                OnlineService = kind,
            };
        }

        yield return new Procedure
        {
            Code = BirthGroup,
            Name = "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
            FieldCode = "X-LT", Level = AdministrativeLevel.Commune, OnlineService = OnlineServiceKind.FullProcess,
        };
        yield return new Procedure
        {
            Code = DeathGroup,
            Name = "Đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng, trợ cấp mai táng",
            FieldCode = "X-LT", Level = AdministrativeLevel.Commune, OnlineService = OnlineServiceKind.FullProcess,
        };

        var communeFieldNames = CommuneFields.Where(f => f.Code != "X-LT").ToDictionary(f => f.Code, f => f.Name);
        var commune = Spread(communeFieldNames.Keys.ToArray(), partial: 63, full: 46, none: 30);
        foreach (var (field, kind, number) in commune)
        {
            yield return new Procedure
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"X.{field[2..]}.{number:000}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"Thủ tục cấp xã lĩnh vực {communeFieldNames[field]} số {number:000}"),
                FieldCode = field,
                Level = AdministrativeLevel.Commune,
                OnlineService = kind,
            };
        }
    }

    /// <summary>Deals procedures of each online-service kind round-robin over the fields, numbering them per field.</summary>
    private static List<(string Field, OnlineServiceKind Kind, int Number)> Spread(string[] fields, int partial, int full, int none)
    {
        var numbers = fields.ToDictionary(f => f, _ => 0);
        var result = new List<(string, OnlineServiceKind, int)>();
        var next = 0;
        foreach (var (kind, count) in new[] { (OnlineServiceKind.FullProcess, full), (OnlineServiceKind.Partial, partial), (OnlineServiceKind.None, none) })
        {
            for (var i = 0; i < count; i++)
            {
                var field = fields[next++ % fields.Length];
                result.Add((field, kind, ++numbers[field]));
            }
        }

        return result;
    }
}
