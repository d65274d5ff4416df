using System.Collections.Generic;

namespace OneStop.Metrics.Tests.Seed;

/// <summary>
/// Every figure of sections 1, 2 and 4 of the Tứ Kỳ report (September 2023), keyed as the printer keys it, with
/// the text as the report prints it. Two deliberate differences, both slips of the report: the overdue rates
/// print with a decimal comma (<c>0,04%</c>, not <c>0.04%</c>) and <c>Văn hóa-TT: 13/13</c> gets its rate;
/// the digitizing departments list names Tài chính - Kế hoạch, which the report's <c>08/11</c> counts but omits.
/// </summary>
public static class SeedFigures
{
    public static readonly IReadOnlyList<(string Key, string Text)> All =
    [
        // 1. Digitization
        ("one-stop-departments.district", "01"),
        ("one-stop-departments.commune", "23"),
        ("coverage.district", "08/11"),
        ("coverage.district.digitizing", "Tư pháp, Văn hóa-Thông tin, Kinh tế - Hạ tầng, Tài nguyên và Môi trường, Nội vụ, Lao động – Thương binh và Xã hội, Giáo dục và Đào tạo, Tài chính - Kế hoạch"),
        ("coverage.district.without-dossiers", "03"),
        ("coverage.district.without-dossiers.names", "Y tế, Thanh tra, Nông nghiệp và PTNT"),
        ("coverage.commune", "23/23"),
        ("digitization.intake.district", "2.498/2.531 đạt tỷ lệ 98,70%"),
        ("digitization.results.district", "2.406/2.463 đạt tỷ lệ 97,69%"),
        ("digitization.intake.commune", "32.104/33.394 đạt tỷ lệ 96,14%"),
        ("digitization.results.commune", "32.109/33.184 đạt tỷ lệ 96,76%"),
        ("reuse.procedures.commune.names", "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi; Đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng, trợ cấp mai táng"),

        // 2. Boundary-free intake and online public services
        ("boundary-free.procedures", "Không có"),
        ("online-services.partial.district", "152"),
        ("online-services.full-process.district", "80"),
        ("online-services.partial.commune", "63"),
        ("online-services.full-process.commune", "48"),

        // 4. Timeliness and online intake, district
        ("timeliness.total.district", "2.560"),
        ("timeliness.carried-over.district", "28"),
        ("timeliness.received.district", "2.532"),
        ("timeliness.on-time.district", "2.461/2.462 hồ sơ (đạt tỷ lệ 99,96%)"),
        ("timeliness.overdue.district", "01/2.462 hồ sơ quá hạn đạt tỷ lệ 0,04%"),
        ("timeliness.in-progress.district", "74"),
        ("timeliness.returned.district", "22"),
        ("timeliness.cancelled.district", "02"),
        ("online-intake.district", "2.528/2.532 hồ sơ (đạt tỷ lệ 99,84%)"),
        ("online-intake.district.H-TCKH", "591/591 hồ sơ (đạt tỷ lệ 100%)"),
        ("online-intake.district.H-NV", "390/390 hồ sơ (đạt tỷ lệ 100%)"),
        ("online-intake.district.H-TP", "700/700 hồ sơ (đạt tỷ lệ 100%)"),
        ("online-intake.district.H-TNMT", "761/761 hồ sơ (đạt tỷ lệ 100%)"),
        ("online-intake.district.H-KTHT", "71/75 hồ sơ (đạt tỷ lệ 94,67%)"),
        ("online-intake.district.H-VHTT", "13/13 hồ sơ (đạt tỷ lệ 100%)"),
        ("online-intake.district.H-LDTBXH", "02/02 hồ sơ (đạt tỷ lệ 100%)"),

        // 4. Timeliness and online intake, communes
        ("timeliness.total.commune", "33.533"),
        ("timeliness.carried-over.commune", "149"),
        ("timeliness.received.commune", "33.384"),
        ("timeliness.on-time.commune", "33.100/33.121 hồ sơ (đạt tỷ lệ 99,94%)"),
        ("timeliness.overdue.commune", "21/33.121 hồ sơ quá hạn đạt tỷ lệ 0,06%"),
        ("timeliness.in-progress.commune", "204"),
        ("timeliness.returned.commune", "29"),
        ("timeliness.cancelled.commune", "179"),
        ("online-intake.commune", "32.953/33.024 hồ sơ (đạt tỷ lệ 99,79%)"),
    ];

    /// <summary>The figures as xunit theory data.</summary>
    public static IEnumerable<object[]> Rows()
    {
        foreach (var (key, text) in All)
        {
            yield return [key, text];
        }
    }

    /// <summary>Whole lines of the printed report that read exactly as in the seed (its 0.04% and 0.06% slips corrected).</summary>
    public static readonly IReadOnlyList<string> Lines =
    [
        "+ Tổng số BPMC theo cấp huyện, gồm: 01 BPMC thuộc UBND huyện và 23 BPMC cấp xã.",
        "+ Số hóa hồ sơ khi tiếp nhận: 2.498/2.531 đạt tỷ lệ 98,70%.",
        "+ Số hóa kết quả giải quyết TTHC: 2.406/2.463 đạt tỷ lệ 97,69%.",
        "+ Số hóa hồ sơ khi tiếp nhận: 32.104/33.394 đạt tỷ lệ 96,14%.",
        "+ Số hóa kết quả giải quyết TTHC: 32.109/33.184 đạt tỷ lệ 96,76%.",
        "- Tổng số TTHC đã thực hiện tiếp nhận và giải quyết TTHC không phụ thuộc vào địa giới hành chính: Không có.",
        "+ Cấp huyện: 152 TTHC theo một phần, 80 TTHC theo toàn trình.",
        "+ Cấp xã: 63 TTHC theo một phần, 48 TTHC theo toàn trình.",
        "- Bộ phận Một cửa huyện đã tiếp nhận 2.560 hồ sơ (kỳ trước chuyển sang giải quyết: 28; tiếp nhận trong kỳ: 2.532 hồ sơ), đã giải quyết trả trước và đúng hạn 2.461/2.462 hồ sơ (đạt tỷ lệ 99,96%), 01/2.462 hồ sơ quá hạn đạt tỷ lệ 0,04%; 74 hồ sơ đang trong thời gian giải quyết, 22 hồ sơ trả lại dân do không đủ điều kiện giải quyết, 02 hồ sơ đã hủy.",
        "- Bộ phận Một cửa cấp xã đã tiếp nhận 33.533 hồ sơ (kỳ trước chuyển sang giải quyết: 149; tiếp nhận trong kỳ: 33.384 hồ sơ), đã giải quyết trả trước và đúng hạn 33.100/33.121 hồ sơ (đạt tỷ lệ 99,94%), 21/33.121 hồ sơ quá hạn đạt tỷ lệ 0,06%; 204 hồ sơ đang trong thời gian giải quyết, 29 hồ sơ trả lại dân do không đủ điều kiện giải quyết, 179 hồ sơ đã hủy.",
        "  Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến là 32.953/33.024 hồ sơ (đạt tỷ lệ 99,79%).",
    ];
}
