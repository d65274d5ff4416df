namespace OneStop.Metrics.Tallies;

/// <summary>Which due date a tally judges timeliness against.</summary>
public enum DueDateSource
{
    /// <summary>The due date as stored by the provincial system (<see cref="Domain.Dossier.DueAt"/>): the default, as in the seed report.</summary>
    Stored = 0,

    /// <summary>
    /// The due date computed from the intake time, the procedure's <see cref="Domain.Procedure.TimeLimit"/>, the
    /// dossier's supplements and re-appointment under the scope's <see cref="Deadlines.DeadlineRules"/>; the
    /// stored due date for a procedure without a time limit.
    /// </summary>
    Computed = 1,
}
