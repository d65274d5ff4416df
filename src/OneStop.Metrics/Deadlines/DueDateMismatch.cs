using NodaTime;

namespace OneStop.Metrics.Deadlines;

/// <summary>A dossier whose stored due date disagrees with the one computed from its timeline.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="ProcedureCode">Its procedure.</param>
/// <param name="Stored">The due time the provincial system stored.</param>
/// <param name="Computed">The due time computed under the audit's rules (<see langword="null"/>: no deadline running).</param>
/// <param name="WorkingDaysLate">
/// Working days from the computed to the stored due date: positive when the system gave the applicant a later
/// date than the rules allow, negative when earlier; 0 when only the time of day differs (by-instant audits).
/// </param>
public sealed record DueDateMismatch(string DossierId, string ProcedureCode, LocalDateTime Stored, LocalDateTime? Computed,
    int WorkingDaysLate);
