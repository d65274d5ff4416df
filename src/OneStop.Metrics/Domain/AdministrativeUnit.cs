namespace OneStop.Metrics.Domain;

/// <summary>
/// An administrative unit (đơn vị hành chính): a province, a district or a commune, identified by its official
/// code in the code set the data uses.
/// </summary>
/// <remarks>
/// Codes follow the General Statistics Office list (province 2 digits, district 3, commune 5) but any non-empty
/// code is accepted: after the 2025 reorganization old and new codes overlap, so callers namespace them as they
/// need (for example <c>2023:298</c>). Equality is structural over all properties.
/// </remarks>
public sealed record AdministrativeUnit
{
    /// <summary>The unit's code, unique within a <see cref="ReferenceData"/> set (e.g. <c>298</c> for Tứ Kỳ).</summary>
    public required string Code { get; init; }

    /// <summary>The unit's name as printed in reports (e.g. <c>huyện Tứ Kỳ</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The tier the unit belongs to.</summary>
    public required AdministrativeLevel Level { get; init; }

    /// <summary>The code of the unit one tier up (a commune's district, a district's province), or <see langword="null"/> at the top.</summary>
    public string? ParentCode { get; init; }
}
