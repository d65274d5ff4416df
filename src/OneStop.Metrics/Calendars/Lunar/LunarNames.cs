namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>Vietnamese names used by the lunar calendar: the sexagenary year names (Can Chi) and the month names.</summary>
internal static class LunarNames
{
    // The ten heavenly stems (thiên can); 4 AD, a Giáp Tý year, starts the cycle.
    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];

    // The twelve earthly branches (địa chi).
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    // Month names as spoken: tháng Giêng (1), tháng Một (11), tháng Chạp (12).
    private static readonly string[] Months = ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Một", "Chạp"];

    /// <summary>Returns the Can Chi name of a positive year, for example "Bính Ngọ" for 2026.</summary>
    internal static string CanChi(int year) => Stems[(year + 6) % 10] + " " + Branches[(year + 8) % 12];

    /// <summary>Returns the name of month 1..12, for example "Giêng" for 1.</summary>
    internal static string Month(int month) => Months[month - 1];
}
