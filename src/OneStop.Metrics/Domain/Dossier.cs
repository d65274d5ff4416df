using System.Collections.Immutable;
using NodaTime;
using OneStop.Metrics.Deadlines;

namespace OneStop.Metrics.Domain;

/// <summary>
/// One dossier (hồ sơ) of an administrative procedure, as exported by a provincial TTHC information system: what
/// was applied for, where and how it was received, when it is due, how it ended, and its digitization facts.
/// </summary>
/// <remarks>
/// <para>
/// A dossier is a plain immutable record. Its references (procedure, departments) are codes resolved against a
/// <see cref="ReferenceData"/> set; a dossier whose references do not resolve is not counted by the tallies but
/// reported back as rejected with the reason. Semantic checks (timestamps in order, flags that contradict) belong
/// to the input validators.
/// </para>
/// <para>
/// All times are local times of the one-stop department (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
/// </para>
/// </remarks>
public sealed record Dossier
{
    /// <summary>The dossier's code (mã hồ sơ), e.g. <c>H15.50.05.13-230308-0975</c>; unique within a data set.</summary>
    public required string Id { get; init; }

    /// <summary>The code of the <see cref="Procedure"/> applied for.</summary>
    public required string ProcedureCode { get; init; }

    /// <summary>The code of the one-stop <see cref="Department"/> (Bộ phận Một cửa) that received the dossier.</summary>
    public required string ReceivingDepartmentCode { get; init; }

    /// <summary>
    /// The code of the specialised <see cref="Department"/> (phòng chuyên môn) that resolves the dossier, or
    /// <see langword="null"/> when the receiving unit resolves it itself (as communes do).
    /// </summary>
    public string? ResolvingDepartmentCode { get; init; }

    /// <summary>How the dossier was submitted.</summary>
    public required IntakeChannel Channel { get; init; }

    /// <summary>When the dossier was received (ngày tiếp nhận), local time.</summary>
    public required LocalDateTime ReceivedAt { get; init; }

    /// <summary>
    /// The appointed date and time for returning the result (ngày hẹn trả) as stored by the provincial system,
    /// or <see langword="null"/> for a procedure without a time limit (such dossiers are never late).
    /// </summary>
    public LocalDateTime? DueAt { get; init; }

    /// <summary>The requests for supplements (yêu cầu bổ sung hồ sơ), used when due dates are computed. Default: none.</summary>
    public ImmutableArray<SupplementRequest> Supplements { get; init; } = ImmutableArray<SupplementRequest>.Empty;

    /// <summary>New due dates agreed with the applicant (hẹn lại ngày trả), used when due dates are computed. Default: none.</summary>
    public ImmutableArray<LocalDateTime> Reappointments { get; init; } = ImmutableArray<LocalDateTime>.Empty;

    /// <summary>Whether the dossier is in progress or how and when it ended.</summary>
    public DossierOutcome Outcome { get; init; }

    /// <summary>The dossier's digitization and reuse facts.</summary>
    public DigitizationFacts Digitization { get; init; } = DigitizationFacts.None;

    /// <summary>
    /// Whether the dossier was received regardless of administrative boundary (tiếp nhận không phụ thuộc địa giới
    /// hành chính): by a one-stop department outside the area the applicant or the case belongs to.
    /// </summary>
    public bool ReceivedRegardlessOfBoundary { get; init; }
}
