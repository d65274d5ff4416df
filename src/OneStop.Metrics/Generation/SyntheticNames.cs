using System.Collections.Generic;
using System.Globalization;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Generation;

/// <summary>
/// The word lists behind the generator's reference data. Field and department names are real names of Vietnamese
/// procedure fields (lĩnh vực) and departments (sở, phòng); place names are made of common place-name syllables
/// and are synthetic — any likeness to a real place is accidental; procedure names are synthetic too.
/// </summary>
internal static class SyntheticNames
{
    /// <summary>
    /// Fields (lĩnh vực TTHC) with the district department (index into <see cref="DistrictDepartments"/>) and the
    /// provincial department (index into <see cref="ProvinceDepartments"/>) that resolve them.
    /// </summary>
    public static readonly (string Name, int District, int Province)[] Fields =
    [
        ("Hộ tịch", 1, 1),
        ("Chứng thực", 1, 1),
        ("Đất đai", 3, 8),
        ("Môi trường", 3, 8),
        ("Tài nguyên nước", 3, 8),
        ("Thành lập và hoạt động của hộ kinh doanh", 2, 2),
        ("Đầu tư tại Việt Nam", 2, 2),
        ("Thành lập và hoạt động của doanh nghiệp", 2, 2),
        ("Quản lý công sản", 2, 3),
        ("Lưu thông hàng hóa trong nước", 9, 4),
        ("Hoạt động xây dựng", 9, 7),
        ("Đường bộ", 9, 6),
        ("Trồng trọt", 10, 5),
        ("Thủy lợi", 10, 5),
        ("Bảo trợ xã hội", 4, 10),
        ("Người có công", 4, 10),
        ("Việc làm", 4, 10),
        ("Giáo dục và Đào tạo", 6, 13),
        ("Khám bệnh, chữa bệnh", 7, 14),
        ("An toàn thực phẩm", 7, 14),
        ("Văn hóa", 5, 11),
        ("Thể dục, thể thao", 5, 11),
        ("Du lịch", 5, 11),
        ("Xuất bản, in và phát hành", 5, 9),
        ("Thi đua - khen thưởng", 0, 0),
        ("Tín ngưỡng, tôn giáo", 0, 0),
        ("Giải quyết khiếu nại", 8, 15),
        ("Giải quyết tố cáo", 8, 15),
        ("Hoạt động khoa học và công nghệ", 9, 12),
        ("Công tác dân tộc", 0, 16),
    ];

    /// <summary>District specialised departments (phòng chuyên môn): code suffix and name.</summary>
    public static readonly (string Code, string Name)[] DistrictDepartments =
    [
        ("NV", "Phòng Nội vụ"),
        ("TP", "Phòng Tư pháp"),
        ("TCKH", "Phòng Tài chính - Kế hoạch"),
        ("TNMT", "Phòng Tài nguyên và Môi trường"),
        ("LDTBXH", "Phòng Lao động - Thương binh và Xã hội"),
        ("VHTT", "Phòng Văn hóa và Thông tin"),
        ("GDDT", "Phòng Giáo dục và Đào tạo"),
        ("YT", "Phòng Y tế"),
        ("TTR", "Thanh tra"),
        ("KTHT", "Phòng Kinh tế - Hạ tầng"),
        ("NNPTNT", "Phòng Nông nghiệp và Phát triển nông thôn"),
    ];

    /// <summary>Provincial departments (sở, ban, ngành): code suffix and name.</summary>
    public static readonly (string Code, string Name)[] ProvinceDepartments =
    [
        ("SNV", "Sở Nội vụ"),
        ("STP", "Sở Tư pháp"),
        ("SKHDT", "Sở Kế hoạch và Đầu tư"),
        ("STC", "Sở Tài chính"),
        ("SCT", "Sở Công Thương"),
        ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("SGTVT", "Sở Giao thông vận tải"),
        ("SXD", "Sở Xây dựng"),
        ("STNMT", "Sở Tài nguyên và Môi trường"),
        ("STTTT", "Sở Thông tin và Truyền thông"),
        ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội"),
        ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("SKHCN", "Sở Khoa học và Công nghệ"),
        ("SGDDT", "Sở Giáo dục và Đào tạo"),
        ("SYT", "Sở Y tế"),
        ("TTT", "Thanh tra tỉnh"),
        ("BDT", "Ban Dân tộc"),
        ("SNGV", "Sở Ngoại vụ"),
        ("BQLKCN", "Ban Quản lý các khu công nghiệp"),
        ("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"),
    ];

    private static readonly string[] Syllables =
    [
        "An", "Bình", "Hòa", "Phú", "Tân", "Thanh", "Đông", "Tây", "Nam", "Bắc", "Long", "Phước", "Hưng", "Thịnh",
        "Xuân", "Hà", "Sơn", "Lạc", "Minh", "Quang", "Vĩnh", "Kim", "Ngọc", "Hải", "Trung", "Đại", "Đức", "Thuận",
        "Lộc", "Yên", "Cẩm", "Gia", "Hồng", "Lam", "Mỹ", "Nghĩa", "Phong", "Quý", "Tiến", "Trường", "Văn", "Việt",
        "Thái", "Khánh", "Cường", "Định", "Hiệp", "Tường",
    ];

    private static readonly string[] Verbs =
    [
        "Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn", "Đăng ký", "Đăng ký thay đổi", "Thẩm định", "Công nhận",
        "Xác nhận", "Thu hồi", "Giải quyết",
    ];

    private static readonly string[] Nouns =
    [
        "giấy phép", "giấy chứng nhận", "hồ sơ", "quyết định", "văn bản chấp thuận", "giấy xác nhận", "chứng chỉ",
        "thông báo",
    ];

    /// <summary>The name of field <paramref name="index"/> (0-based): a real field name, or <c>Lĩnh vực số n</c> past the list.</summary>
    public static string FieldName(int index) =>
        index < Fields.Length ? Fields[index].Name : string.Create(CultureInfo.InvariantCulture, $"Lĩnh vực số {index + 1:00}");

    /// <summary>Draws place names unique within one call's list: two distinct syllables, numbered if the list runs out.</summary>
    public static List<string> PlaceNames(int count, SampleRandom random, HashSet<string> taken)
    {
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            string? name = null;
            for (var attempt = 0; attempt < 16 && name is null; attempt++)
            {
                var a = random.Next(Syllables.Length);
                var b = random.Next(Syllables.Length - 1);
                if (b >= a)
                {
                    b++;
                }

                var candidate = Syllables[a] + " " + Syllables[b];
                if (taken.Add(candidate))
                {
                    name = candidate;
                }
            }

            if (name is null)
            {
                var n = taken.Count + 1;
                name = string.Create(CultureInfo.InvariantCulture, $"{Syllables[i % Syllables.Length]} {n}");
                taken.Add(name);
            }

            names.Add(name);
        }

        return names;
    }

    /// <summary>A synthetic procedure name, e.g. <c>Cấp lại giấy phép lĩnh vực Đất đai (cấp huyện, số 012)</c>.</summary>
    public static string ProcedureName(string field, string level, int number, SampleRandom random) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Verbs[random.Next(Verbs.Length)]} {Nouns[random.Next(Nouns.Length)]} lĩnh vực {field} (cấp {level}, số {number:000})");
}
