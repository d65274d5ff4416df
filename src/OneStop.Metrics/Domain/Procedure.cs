namespace OneStop.Metrics.Domain;

/// <summary>
/// An administrative procedure (thủ tục hành chính, TTHC) of the published procedure catalogue, at the level of
/// government that handles it.
/// </summary>
/// <remarks>
/// The same national procedure handled at two levels appears as two catalogue entries with different codes.
/// Equality is structural over all properties.
/// </remarks>
public sealed record Procedure
{
    /// <summary>The procedure's code, unique within a <see cref="ReferenceData"/> set (e.g. <c>1.001612</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The procedure's name as published (e.g. <c>Đăng ký khai sinh</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The code of the <see cref="ProcedureField"/> the procedure belongs to.</summary>
    public required string FieldCode { get; init; }

    /// <summary>The level of government whose one-stop departments receive the procedure's dossiers.</summary>
    public required AdministrativeLevel Level { get; init; }

    /// <summary>The online public service the procedure offers.</summary>
    public required OnlineServiceKind OnlineService { get; init; }

    /// <summary>
    /// The procedure's time limit (thời hạn giải quyết) as published, or <see langword="null"/> when unknown or
    /// unlimited. Used only when due dates are computed (<see cref="Tallies.DueDateSource.Computed"/>) or audited.
    /// </summary>
    public Deadlines.TimeLimit? TimeLimit { get; init; }
}
