using System.Collections.Generic;
using System.Collections.Immutable;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Validation;

/// <summary>
/// What <see cref="ReferenceIntake"/> made of reference lists (danh mục): a consistent <see cref="ReferenceData"/>
/// of the valid entries, and the entries left out with their failures. Nothing is lost: for each list, accepted +
/// rejected = given (e.g. <c>Reference.Units.Length + RejectedUnits.Length</c> = units given).
/// </summary>
public sealed class ReferenceIntakeResult
{
    internal ReferenceIntakeResult(ReferenceData reference,
        ImmutableArray<RejectedEntry<AdministrativeUnit>> rejectedUnits,
        ImmutableArray<RejectedEntry<Department>> rejectedDepartments,
        ImmutableArray<RejectedEntry<ProcedureField>> rejectedFields,
        ImmutableArray<RejectedEntry<Procedure>> rejectedProcedures,
        ImmutableArray<IntakeFailure> failures,
        IReadOnlyDictionary<string, long> rejectedByCode)
    {
        Reference = reference;
        RejectedUnits = rejectedUnits;
        RejectedDepartments = rejectedDepartments;
        RejectedFields = rejectedFields;
        RejectedProcedures = rejectedProcedures;
        Failures = failures;
        RejectedByCode = rejectedByCode;
    }

    /// <summary>The reference data of the accepted entries, each list in its given order.</summary>
    public ReferenceData Reference { get; }

    /// <summary>The administrative units left out, in given order.</summary>
    public ImmutableArray<RejectedEntry<AdministrativeUnit>> RejectedUnits { get; }

    /// <summary>The departments left out, in given order.</summary>
    public ImmutableArray<RejectedEntry<Department>> RejectedDepartments { get; }

    /// <summary>The procedure fields left out, in given order.</summary>
    public ImmutableArray<RejectedEntry<ProcedureField>> RejectedFields { get; }

    /// <summary>The procedures left out, in given order.</summary>
    public ImmutableArray<RejectedEntry<Procedure>> RejectedProcedures { get; }

    /// <summary>Every failure: those of units, then departments, fields and procedures, each list in given order.</summary>
    public ImmutableArray<IntakeFailure> Failures { get; }

    /// <summary>For each code, how many entries were left out with at least one failure of it, ordered by code.</summary>
    public IReadOnlyDictionary<string, long> RejectedByCode { get; }

    /// <summary>Whether every entry was accepted.</summary>
    public bool IsComplete => Failures.IsEmpty;
}
