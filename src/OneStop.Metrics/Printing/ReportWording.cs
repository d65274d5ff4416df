using System;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Printing;

/// <summary>
/// The words of a printed report in one language: section titles and composite format strings whose
/// arguments are already formatted numbers and names. <see cref="Vietnamese"/> follows the seed report's wording.
/// </summary>
public sealed record ReportWording
{
    /// <summary>The seed report's wording (Tứ Kỳ district, September 2023).</summary>
    public static ReportWording Vietnamese { get; } = new()
    {
        Title = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        Period = "Kỳ báo cáo: {0}",
        PeriodRange = "từ ngày {0} đến ngày {1}",
        DatePattern = "dd/MM/yyyy",
        DigitizationTitle = "1. Về gắn kết việc số hoá hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính (TTHC) với quá trình tiếp nhận, xử lý TTHC tại Bộ phận Một cửa (BPMC)",
        OneStopTotal = "+ Tổng số BPMC theo {0}, gồm: {1}.",
        CoverageIntro = "+ Cụ thể: {0}.",
        CoverageSpecialised = "có {0} đơn vị {1} đã thực hiện{2}",
        CoverageOneStop = "{0} {1} đã thực hiện",
        CoverageWithoutDossiers = ", còn {0} {1} ({2}) chưa có phát sinh hồ sơ",
        CoverageNotDigitizing = ", {0} {1} ({2}) có hồ sơ nhưng chưa thực hiện",
        And = " và ",
        ResultsIntro = "+ Kết quả {0} như sau:",
        IntakeDigitized = "+ Số hóa hồ sơ khi tiếp nhận: {0}.",
        ResultsDigitized = "+ Số hóa kết quả giải quyết TTHC: {0}.",
        RatioWithRate = "{0} đạt tỷ lệ {1}",
        ReuseTitle = "- Kết quả việc sử dụng thông tin, dữ liệu số hóa:",
        ReuseLevel = "+ {0}: {1} TTHC đã sử dụng lại kết quả số hóa đã có trong quá trình giải quyết TTHC{2}; {3}.",
        ProcedureList = " ({0})",
        BoundaryTitle = "2. Mở rộng việc tiếp nhận, giải quyết hồ sơ TTHC theo hướng không phụ thuộc vào địa giới hành chính",
        BoundaryFree = "- Tổng số TTHC đã thực hiện tiếp nhận và giải quyết TTHC không phụ thuộc vào địa giới hành chính: {0}.",
        BoundaryNone = "Không có",
        BoundarySome = "{0} TTHC{1}, {2} hồ sơ",
        OnlineServicesTitle = "- Số lượng dịch vụ công trực tuyến trên Hệ thống thông tin giải quyết TTHC:",
        OnlineServicesLevel = "+ {0}: {1} TTHC theo một phần, {2} TTHC theo toàn trình.",
        TimelinessTitle = "4. Đổi mới việc giám sát, đánh giá chất lượng giải quyết TTHC",
        Timeliness = "- {0} đã tiếp nhận {1} hồ sơ (kỳ trước chuyển sang giải quyết: {2}; tiếp nhận trong kỳ: {3} hồ sơ), đã giải quyết trả trước và đúng hạn {4}, {5}; {6}.",
        DossierRatio = "{0} hồ sơ (đạt tỷ lệ {1})",
        Overdue = "{0} hồ sơ quá hạn đạt tỷ lệ {1}",
        InProgressWithin = "{0} hồ sơ đang trong thời gian giải quyết",
        InProgressSplit = "{0} hồ sơ đang giải quyết ({1} trong hạn, {2} quá hạn)",
        Returned = "{0} hồ sơ trả lại dân do không đủ điều kiện giải quyết",
        Refused = "{0} hồ sơ bị từ chối giải quyết",
        Withdrawn = "{0} hồ sơ công dân rút",
        Cancelled = "{0} hồ sơ đã hủy",
        ListSeparator = ", ",
        OnlineIntake = "  Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến là {0}.",
        OnlineByField = " Phát sinh ở lĩnh vực: {0}.",
        FieldRatio = "{0}: {1}",
        FieldSeparator = "; ",
        Accounting = "Số hồ sơ đã đọc: {0}; trong kỳ: {1}; ngoài kỳ: {2}; không tính được: {3}.",
        Province = new LevelTerms("province", "UBND cấp tỉnh", "Cấp tỉnh", "cấp tỉnh", "{0} BPMC cấp tỉnh", "Bộ phận Một cửa cấp tỉnh", "cơ quan chuyên môn", "BPMC cấp tỉnh"),
        District = new LevelTerms("district", "UBND cấp huyện", "Cấp huyện", "cấp huyện", "{0} BPMC thuộc UBND huyện", "Bộ phận Một cửa huyện", "phòng chuyên môn", "BPMC cấp huyện"),
        Commune = new LevelTerms("commune", "UBND cấp xã", "Cấp xã", "cấp xã", "{0} BPMC cấp xã", "Bộ phận Một cửa cấp xã", "cơ quan chuyên môn", "xã, thị trấn"),
    };

    /// <summary>An English rendering of the same report.</summary>
    public static ReportWording English { get; } = new()
    {
        Title = "REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURES",
        Period = "Reporting period: {0}",
        PeriodRange = "from {0} to {1}",
        DatePattern = "uuuu-MM-dd",
        DigitizationTitle = "1. Digitization of dossiers, documents and results at the one-stop departments",
        OneStopTotal = "+ One-stop departments of the {0}: {1}.",
        CoverageIntro = "+ In detail: {0}.",
        CoverageSpecialised = "{0} {1} digitize{2}",
        CoverageOneStop = "{0} {1} digitize",
        CoverageWithoutDossiers = "; {0} {1} ({2}) had no dossiers",
        CoverageNotDigitizing = "; {0} {1} ({2}) had dossiers but digitized none",
        And = " and ",
        ResultsIntro = "+ Results {0}:",
        IntakeDigitized = "+ Dossiers digitized at intake: {0}.",
        ResultsDigitized = "+ Results digitized: {0}.",
        RatioWithRate = "{0} ({1})",
        ReuseTitle = "- Reuse of digitized data:",
        ReuseLevel = "+ {0}: {1} procedures reused digitized results{2}; {3}.",
        ProcedureList = " ({0})",
        BoundaryTitle = "2. Intake regardless of administrative boundary",
        BoundaryFree = "- Procedures received and resolved regardless of administrative boundary: {0}.",
        BoundaryNone = "none",
        BoundarySome = "{0} procedures{1}, {2} dossiers",
        OnlineServicesTitle = "- Online public services offered:",
        OnlineServicesLevel = "+ {0}: {1} partial, {2} full-process.",
        TimelinessTitle = "4. Monitoring the timeliness of dossier handling",
        Timeliness = "- {0} handled {1} dossiers (carried over: {2}; received in the period: {3}), resolved early or on time {4}, {5}; {6}.",
        DossierRatio = "{0} dossiers ({1})",
        Overdue = "{0} overdue ({1})",
        InProgressWithin = "{0} in progress within the deadline",
        InProgressSplit = "{0} in progress ({1} within the deadline, {2} past it)",
        Returned = "{0} returned as ineligible",
        Refused = "{0} refused",
        Withdrawn = "{0} withdrawn",
        Cancelled = "{0} cancelled",
        ListSeparator = ", ",
        OnlineIntake = "  Received online: {0}.",
        OnlineByField = " By field: {0}.",
        FieldRatio = "{0}: {1}",
        FieldSeparator = "; ",
        Accounting = "Dossiers read: {0}; in the period: {1}; outside it: {2}; not countable: {3}.",
        Province = new LevelTerms("province", "Provincial People's Committee", "Province", "province", "{0} provincial one-stop department(s)", "The provincial one-stop department", "provincial departments", "provincial one-stop departments"),
        District = new LevelTerms("district", "District People's Committee", "District", "district", "{0} district one-stop department(s)", "The district one-stop department", "district departments", "district one-stop departments"),
        Commune = new LevelTerms("commune", "Commune People's Committees", "Communes", "communes", "{0} commune one-stop departments", "The commune one-stop departments", "commune departments", "communes"),
    };

#pragma warning disable CS1591 // The members below are format strings documented by their use in ReportPrinter and by the Vietnamese instance above.
    public required string Title { get; init; }
    public required string Period { get; init; }
    public required string PeriodRange { get; init; }
    public required string DatePattern { get; init; }
    public required string DigitizationTitle { get; init; }
    public required string OneStopTotal { get; init; }
    public required string CoverageIntro { get; init; }
    public required string CoverageSpecialised { get; init; }
    public required string CoverageOneStop { get; init; }
    public required string CoverageWithoutDossiers { get; init; }
    public required string CoverageNotDigitizing { get; init; }
    public required string And { get; init; }
    public required string ResultsIntro { get; init; }
    public required string IntakeDigitized { get; init; }
    public required string ResultsDigitized { get; init; }
    public required string RatioWithRate { get; init; }
    public required string ReuseTitle { get; init; }
    public required string ReuseLevel { get; init; }
    public required string ProcedureList { get; init; }
    public required string BoundaryTitle { get; init; }
    public required string BoundaryFree { get; init; }
    public required string BoundaryNone { get; init; }
    public required string BoundarySome { get; init; }
    public required string OnlineServicesTitle { get; init; }
    public required string OnlineServicesLevel { get; init; }
    public required string TimelinessTitle { get; init; }
    public required string Timeliness { get; init; }
    public required string DossierRatio { get; init; }
    public required string Overdue { get; init; }
    public required string InProgressWithin { get; init; }
    public required string InProgressSplit { get; init; }
    public required string Returned { get; init; }
    public required string Refused { get; init; }
    public required string Withdrawn { get; init; }
    public required string Cancelled { get; init; }
    public required string ListSeparator { get; init; }
    public required string OnlineIntake { get; init; }
    public required string OnlineByField { get; init; }
    public required string FieldRatio { get; init; }
    public required string FieldSeparator { get; init; }
    public required string Accounting { get; init; }
    public required LevelTerms Province { get; init; }
    public required LevelTerms District { get; init; }
    public required LevelTerms Commune { get; init; }
#pragma warning restore CS1591

    /// <summary>Returns the terms of one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public LevelTerms Terms(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => Province,
        AdministrativeLevel.District => District,
        AdministrativeLevel.Commune => Commune,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"The level must be Province, District or Commune; was {(int)level}."),
    };
}
