using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Selects the cells of a tally to add up: by level, by receiving one-stop department, by resolving department,
/// by field and by procedure. Every criterion left <see langword="null"/> matches everything; the criteria given
/// must all hold.
/// </summary>
public sealed record TallyFilter
{
    /// <summary>Matches every cell.</summary>
    public static TallyFilter All { get; } = new();

    /// <summary>The level of the receiving one-stop department, or <see langword="null"/> for any.</summary>
    public AdministrativeLevel? Level { get; init; }

    /// <summary>The receiving one-stop department's code, or <see langword="null"/> for any.</summary>
    public string? OneStopDepartmentCode { get; init; }

    /// <summary>
    /// The resolving department's code, or <see langword="null"/> for any. Dossiers without a resolving
    /// department match only a filter that leaves this <see langword="null"/>.
    /// </summary>
    public string? ResolvingDepartmentCode { get; init; }

    /// <summary>The procedure field's code, or <see langword="null"/> for any.</summary>
    public string? FieldCode { get; init; }

    /// <summary>The procedure's code, or <see langword="null"/> for any.</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>A filter for one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The filter.</returns>
    public static TallyFilter ForLevel(AdministrativeLevel level) => new() { Level = level };
}
