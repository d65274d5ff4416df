namespace OneStop.Metrics.Tallies;

/// <summary>
/// Why a tally could not count a dossier: one of its references or values does not fit the reference data.
/// The numeric values are stable.
/// </summary>
public enum RejectionReason
{
    /// <summary>The procedure code is not in the procedure catalogue.</summary>
    UnknownProcedure = 1,

    /// <summary>The receiving department code is not among the departments.</summary>
    UnknownReceivingDepartment = 2,

    /// <summary>The receiving department is a specialised department, not a one-stop department.</summary>
    ReceivingDepartmentNotOneStop = 3,

    /// <summary>The resolving department code is not among the departments.</summary>
    UnknownResolvingDepartment = 4,

    /// <summary>The resolving department is a one-stop department, not a specialised department.</summary>
    ResolvingDepartmentNotSpecialised = 5,

    /// <summary>The intake channel is not a defined <see cref="Domain.IntakeChannel"/> value.</summary>
    UndefinedChannel = 6,

    /// <summary>The receipt or due time is not in the ISO calendar, so it cannot be compared with the period.</summary>
    NonIsoCalendar = 7,

    /// <summary>
    /// The due time computed from the procedure's time limit (<see cref="DueDateSource.Computed"/>) falls outside
    /// the working-day calendar's range (1900–2100), so the dossier cannot be judged on time or late.
    /// </summary>
    DueDateOutsideCalendar = 8,
}
