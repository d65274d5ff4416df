namespace OneStop.Metrics.Domain;

/// <summary>
/// A department of an administrative unit's People's Committee (UBND) that takes part in handling dossiers:
/// a one-stop department (Bộ phận Một cửa) or a specialised department (phòng chuyên môn).
/// </summary>
/// <remarks>
/// The department's <see cref="AdministrativeLevel"/> is its unit's level. Equality is structural over all
/// properties.
/// </remarks>
public sealed record Department
{
    /// <summary>The department's code, unique within a <see cref="ReferenceData"/> set.</summary>
    public required string Code { get; init; }

    /// <summary>The department's name as printed in reports (e.g. <c>Tư pháp</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The code of the <see cref="AdministrativeUnit"/> the department belongs to.</summary>
    public required string UnitCode { get; init; }

    /// <summary>Whether the department receives dossiers (one-stop) or resolves them (specialised).</summary>
    public required DepartmentKind Kind { get; init; }
}
