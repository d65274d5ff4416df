using System.Collections.Generic;
using System.Collections.Immutable;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Validation;

/// <summary>
/// What <see cref="DossierIntake"/> made of a dossier set (kết quả tiếp nhận dữ liệu): the accepted dossiers, the
/// rejected records with their failures, the warnings on accepted records and counts by code. Nothing is lost:
/// <c>Accepted.Length + Rejected.Length == Read</c>, always.
/// </summary>
public sealed class IntakeResult
{
    internal IntakeResult(ImmutableArray<Dossier> accepted, ImmutableArray<RejectedRecord> rejected,
        ImmutableArray<IntakeFailure> warnings, long read, IReadOnlyDictionary<string, long> rejectedByCode,
        IReadOnlyDictionary<string, long> warningsByCode)
    {
        Accepted = accepted;
        Rejected = rejected;
        Warnings = warnings;
        Read = read;
        RejectedByCode = rejectedByCode;
        WarningsByCode = warningsByCode;
    }

    /// <summary>
    /// The accepted dossiers (hồ sơ hợp lệ), in input order: exactly those a <see cref="Tallies.DossierTally"/> over
    /// the same reference data counts without any rejection.
    /// </summary>
    public ImmutableArray<Dossier> Accepted { get; }

    /// <summary>The rejected records (hồ sơ bị loại), in input order, each with all its failures.</summary>
    public ImmutableArray<RejectedRecord> Rejected { get; }

    /// <summary>
    /// The soft failures (<see cref="IntakeSeverity.Warning"/>) of accepted records, in input order; empty under
    /// <see cref="SoftCheckPolicy.Reject"/>. Warnings of rejected records are in their <see cref="RejectedRecord.Failures"/>.
    /// </summary>
    public ImmutableArray<IntakeFailure> Warnings { get; }

    /// <summary>How many records were read: <see cref="Accepted"/>.Length + <see cref="Rejected"/>.Length.</summary>
    public long Read { get; }

    /// <summary>
    /// For each code, how many rejected records have at least one failure with it (records, not failures: two
    /// non-ISO dates of one record count once), ordered by code. A record rejected for two codes counts under both,
    /// so the values may add up to more than <see cref="Rejected"/>.Length.
    /// </summary>
    public IReadOnlyDictionary<string, long> RejectedByCode { get; }

    /// <summary>For each code, how many accepted records have at least one warning with it, ordered by code.</summary>
    public IReadOnlyDictionary<string, long> WarningsByCode { get; }
}
