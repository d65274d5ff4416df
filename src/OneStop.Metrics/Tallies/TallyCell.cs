using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// One cell of a tally: the counts of the dossiers received by one one-stop department, resolved by one
/// department (or by the receiving unit itself), for one procedure.
/// </summary>
/// <param name="OneStopDepartment">The receiving one-stop department.</param>
/// <param name="ResolvingDepartment">The resolving specialised department, or <see langword="null"/> for none.</param>
/// <param name="Procedure">The procedure.</param>
/// <param name="Counts">The counts.</param>
public sealed record TallyCell(Department OneStopDepartment, Department? ResolvingDepartment, Procedure Procedure,
    DossierCounts Counts);
