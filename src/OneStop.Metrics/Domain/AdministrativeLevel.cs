namespace OneStop.Metrics.Domain;

/// <summary>
/// The tier of local government (cấp hành chính) that an administrative unit, a one-stop department or a
/// procedure belongs to.
/// </summary>
/// <remarks>
/// Until 30/6/2025 Vietnam had three tiers (province, district, commune). From 1/7/2025 the district tier is
/// abolished (Law 72/2025/QH15); data after that date uses <see cref="Province"/> and <see cref="Commune"/> only.
/// The numeric values order the tiers from the top down and are stable.
/// </remarks>
public enum AdministrativeLevel
{
    /// <summary>Province or centrally governed city (cấp tỉnh: tỉnh, thành phố trực thuộc trung ương).</summary>
    Province = 1,

    /// <summary>District (cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh); abolished from 1/7/2025.</summary>
    District = 2,

    /// <summary>Commune (cấp xã: xã, phường, thị trấn, đặc khu).</summary>
    Commune = 3,
}
