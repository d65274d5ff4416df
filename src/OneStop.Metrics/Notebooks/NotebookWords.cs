namespace OneStop.Metrics.Notebooks;

/// <summary>
/// The headings of the notebook tables and charts in one language. The report's own sentences, level names and
/// section titles come from <see cref="Printing.ReportWording"/>; these are the short column and row labels a table
/// needs besides them.
/// </summary>
internal sealed record NotebookWords
{
    public static NotebookWords Vietnamese { get; } = new()
    {
        ComputedReport = "Báo cáo tính từ hồ sơ",
        Level = "Cấp",
        Field = "Lĩnh vực",
        OneStopUnit = "Bộ phận Một cửa",
        ResolvingUnit = "Cơ quan chuyên môn",
        Total = "Tổng",
        Rate = "Tỷ lệ",
        Numerator = "Tử số",
        Denominator = "Mẫu số",
        Ratio = "Tỷ số",
        ByField = "{0}: theo lĩnh vực",
        ByOneStopUnit = "{0}: theo Bộ phận Một cửa",
        ByResolvingUnit = "{0}: theo cơ quan chuyên môn",
        OneStopDepartments = "Số BPMC",
        UnitsDigitizing = "Đơn vị thực hiện số hóa",
        IntakeDigitized = "Số hóa khi tiếp nhận",
        ResultsDigitized = "Số hóa kết quả",
        ReusingProcedures = "TTHC sử dụng lại dữ liệu",
        ReusedData = "Hồ sơ sử dụng lại dữ liệu",
        BoundaryFreeProcedures = "TTHC không phụ thuộc địa giới",
        BoundaryFreeDossiers = "Hồ sơ không phụ thuộc địa giới",
        OnlinePartial = "DVC trực tuyến một phần",
        OnlineFullProcess = "DVC trực tuyến toàn trình",
        TotalToHandle = "Tổng số hồ sơ",
        CarriedOver = "Kỳ trước chuyển sang",
        ReceivedInPeriod = "Tiếp nhận trong kỳ",
        Resolved = "Đã giải quyết",
        EarlyOrOnTime = "Trước và đúng hạn",
        Overdue = "Quá hạn",
        InProgressWithin = "Đang giải quyết trong hạn",
        InProgressPast = "Đang giải quyết quá hạn",
        Returned = "Trả lại",
        Refused = "Từ chối",
        Withdrawn = "Rút",
        Cancelled = "Hủy",
        OnlineIntake = "Tiếp nhận trực tuyến",
        Item = "Mục",
        Value = "Giá trị",
        Counter = "Bộ đếm",
        Count = "Số lượng",
        Period = "Kỳ báo cáo",
        AsOf = "Ngày xét hạn",
        Comparison = "So sánh với hạn",
        Cells = "Số ô",
        DossiersSeen = "Hồ sơ đã đọc",
        DossiersInPeriod = "Hồ sơ trong kỳ",
        DossiersOutsidePeriod = "Hồ sơ ngoài kỳ",
        DossiersRejected = "Hồ sơ không tính được",
        RejectionReason = "Lý do không tính được",
        Figures = "Số liệu",
        Key = "Khóa",
        Text = "Nội dung",
        Kind = "Loại",
        Printed = "Đã in",
        Expected = "Đúng ra",
        Gap = "Chênh lệch",
        Message = "Diễn giải",
        Aspect = "Khía cạnh",
        Published = "Công bố",
        Computed = "Tính từ hồ sơ",
        FindingCount = "{0} điểm không khớp trong báo cáo",
        DifferenceCount = "{0} khác biệt so với báo cáo tính từ hồ sơ",
        Date = "Ngày",
        Weekday = "Thứ",
        LunarDate = "Âm lịch",
        Status = "Trạng thái",
        Reason = "Lý do",
        Source = "Nguồn",
        WorkingDay = "Làm việc",
        DayOff = "Nghỉ",
        RuleSource = "quy tắc",
        AnnouncedSource = "công bố",
        UserSource = "người dùng",
        MonthTitle = "Tháng {0}/{1}: {2} ngày làm việc",
        LunarInFull = "Âm lịch",
        LunarShort = "Viết tắt",
        SolarDate = "Dương lịch",
        InvariantForm = "Dạng ISO",
        AuditRead = "Hồ sơ đã kiểm tra",
        AuditAgreeing = "Ngày hẹn trả khớp",
        AuditMismatches = "Ngày hẹn trả lệch",
        AuditWithoutTimeLimit = "TTHC không có thời hạn",
        AuditWithoutStoredDueDate = "Không lưu ngày hẹn trả",
        AuditUnknownProcedure = "TTHC không có trong danh mục",
        Dossier = "Hồ sơ",
        Procedure = "TTHC",
        StoredDue = "Hẹn trả đã lưu",
        ComputedDue = "Hẹn trả tính được",
        WorkingDaysLate = "Chênh (ngày làm việc)",
        MismatchesShown = "{0} hồ sơ lệch đầu tiên trên {1}",
    };

    public static NotebookWords English { get; } = new()
    {
        ComputedReport = "Report computed from dossier records",
        Level = "Level",
        Field = "Field",
        OneStopUnit = "One-stop department",
        ResolvingUnit = "Specialised department",
        Total = "Total",
        Rate = "Rate",
        Numerator = "Numerator",
        Denominator = "Denominator",
        Ratio = "Ratio",
        ByField = "{0}: by field",
        ByOneStopUnit = "{0}: by one-stop department",
        ByResolvingUnit = "{0}: by specialised department",
        OneStopDepartments = "One-stop departments",
        UnitsDigitizing = "Units digitizing",
        IntakeDigitized = "Digitized at intake",
        ResultsDigitized = "Results digitized",
        ReusingProcedures = "Procedures reusing data",
        ReusedData = "Dossiers reusing data",
        BoundaryFreeProcedures = "Procedures regardless of boundary",
        BoundaryFreeDossiers = "Dossiers regardless of boundary",
        OnlinePartial = "Partial online services",
        OnlineFullProcess = "Full-process online services",
        TotalToHandle = "Dossiers to handle",
        CarriedOver = "Carried over",
        ReceivedInPeriod = "Received in the period",
        Resolved = "Resolved",
        EarlyOrOnTime = "Early or on time",
        Overdue = "Overdue",
        InProgressWithin = "In progress within the deadline",
        InProgressPast = "In progress past the deadline",
        Returned = "Returned",
        Refused = "Refused",
        Withdrawn = "Withdrawn",
        Cancelled = "Cancelled",
        OnlineIntake = "Received online",
        Item = "Item",
        Value = "Value",
        Counter = "Counter",
        Count = "Count",
        Period = "Reporting period",
        AsOf = "Deadlines judged as of",
        Comparison = "Comparison with the due date",
        Cells = "Cells",
        DossiersSeen = "Dossiers read",
        DossiersInPeriod = "Dossiers in the period",
        DossiersOutsidePeriod = "Dossiers outside the period",
        DossiersRejected = "Dossiers not countable",
        RejectionReason = "Why not countable",
        Figures = "Figures",
        Key = "Key",
        Text = "Text",
        Kind = "Kind",
        Printed = "Printed",
        Expected = "Expected",
        Gap = "Gap",
        Message = "Explanation",
        Aspect = "Aspect",
        Published = "Published",
        Computed = "Computed",
        FindingCount = "{0} inconsistencies in the report",
        DifferenceCount = "{0} differences from the computed report",
        Date = "Date",
        Weekday = "Weekday",
        LunarDate = "Lunar date",
        Status = "Status",
        Reason = "Reason",
        Source = "Source",
        WorkingDay = "Working day",
        DayOff = "Day off",
        RuleSource = "rule",
        AnnouncedSource = "announced",
        UserSource = "user",
        MonthTitle = "{1}-{0:D2}: {2} working days",
        LunarInFull = "Lunar date",
        LunarShort = "Short form",
        SolarDate = "Solar date",
        InvariantForm = "ISO form",
        AuditRead = "Dossiers audited",
        AuditAgreeing = "Due date agrees",
        AuditMismatches = "Due date differs",
        AuditWithoutTimeLimit = "Procedure without time limit",
        AuditWithoutStoredDueDate = "No stored due date",
        AuditUnknownProcedure = "Procedure not in the catalogue",
        Dossier = "Dossier",
        Procedure = "Procedure",
        StoredDue = "Stored due date",
        ComputedDue = "Computed due date",
        WorkingDaysLate = "Working days late",
        MismatchesShown = "First {0} of {1} differing dossiers",
    };

    public required string ComputedReport { get; init; }
    public required string Level { get; init; }
    public required string Field { get; init; }
    public required string OneStopUnit { get; init; }
    public required string ResolvingUnit { get; init; }
    public required string Total { get; init; }
    public required string Rate { get; init; }
    public required string Numerator { get; init; }
    public required string Denominator { get; init; }
    public required string Ratio { get; init; }
    public required string ByField { get; init; }
    public required string ByOneStopUnit { get; init; }
    public required string ByResolvingUnit { get; init; }
    public required string OneStopDepartments { get; init; }
    public required string UnitsDigitizing { get; init; }
    public required string IntakeDigitized { get; init; }
    public required string ResultsDigitized { get; init; }
    public required string ReusingProcedures { get; init; }
    public required string ReusedData { get; init; }
    public required string BoundaryFreeProcedures { get; init; }
    public required string BoundaryFreeDossiers { get; init; }
    public required string OnlinePartial { get; init; }
    public required string OnlineFullProcess { get; init; }
    public required string TotalToHandle { get; init; }
    public required string CarriedOver { get; init; }
    public required string ReceivedInPeriod { get; init; }
    public required string Resolved { get; init; }
    public required string EarlyOrOnTime { get; init; }
    public required string Overdue { get; init; }
    public required string InProgressWithin { get; init; }
    public required string InProgressPast { get; init; }
    public required string Returned { get; init; }
    public required string Refused { get; init; }
    public required string Withdrawn { get; init; }
    public required string Cancelled { get; init; }
    public required string OnlineIntake { get; init; }
    public required string Item { get; init; }
    public required string Value { get; init; }
    public required string Counter { get; init; }
    public required string Count { get; init; }
    public required string Period { get; init; }
    public required string AsOf { get; init; }
    public required string Comparison { get; init; }
    public required string Cells { get; init; }
    public required string DossiersSeen { get; init; }
    public required string DossiersInPeriod { get; init; }
    public required string DossiersOutsidePeriod { get; init; }
    public required string DossiersRejected { get; init; }
    public required string RejectionReason { get; init; }
    public required string Figures { get; init; }
    public required string Key { get; init; }
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public required string Printed { get; init; }
    public required string Expected { get; init; }
    public required string Gap { get; init; }
    public required string Message { get; init; }
    public required string Aspect { get; init; }
    public required string Published { get; init; }
    public required string Computed { get; init; }
    public required string FindingCount { get; init; }
    public required string DifferenceCount { get; init; }
    public required string Date { get; init; }
    public required string Weekday { get; init; }
    public required string LunarDate { get; init; }
    public required string Status { get; init; }
    public required string Reason { get; init; }
    public required string Source { get; init; }
    public required string WorkingDay { get; init; }
    public required string DayOff { get; init; }
    public required string RuleSource { get; init; }
    public required string AnnouncedSource { get; init; }
    public required string UserSource { get; init; }
    public required string MonthTitle { get; init; }
    public required string LunarInFull { get; init; }
    public required string LunarShort { get; init; }
    public required string SolarDate { get; init; }
    public required string InvariantForm { get; init; }
    public required string AuditRead { get; init; }
    public required string AuditAgreeing { get; init; }
    public required string AuditMismatches { get; init; }
    public required string AuditWithoutTimeLimit { get; init; }
    public required string AuditWithoutStoredDueDate { get; init; }
    public required string AuditUnknownProcedure { get; init; }
    public required string Dossier { get; init; }
    public required string Procedure { get; init; }
    public required string StoredDue { get; init; }
    public required string ComputedDue { get; init; }
    public required string WorkingDaysLate { get; init; }
    public required string MismatchesShown { get; init; }
}
