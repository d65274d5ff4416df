using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Validation;

/// <summary>
/// A dossier (hồ sơ) as an export row gives it, before validation: every value may be missing, undefined or
/// contradictory. Readers (CSV and others) produce these; <see cref="DossierIntake"/> turns the valid ones into
/// <see cref="Dossier"/>s and reports the rest with their <see cref="IntakeFailure"/>s.
/// </summary>
/// <remarks>
/// <para>
/// The fields mirror <see cref="Dossier"/>, flattened: the outcome is <see cref="Outcome"/> plus
/// <see cref="EndedAt"/> (a strict <see cref="DossierOutcome"/> cannot hold an ended outcome without its time),
/// and the digitization facts are the five fields of <see cref="DigitizationFacts"/>. Result documents are
/// counts, not a flag, so that <see cref="From"/> loses nothing; a reader of a yes/no "result digitized" column
/// sets <see cref="DigitizedResultDocuments"/> to 1 or 0 and leaves <see cref="ResultDocuments"/> at 1.
/// </para>
/// <para>
/// All times are local times of the one-stop department (Asia/Ho_Chi_Minh, UTC+7). Equality is structural,
/// except that <see cref="Supplements"/> and <see cref="Reappointments"/> compare as arrays do (by reference).
/// </para>
/// </remarks>
public sealed record DossierRecord
{
    /// <summary>The source line (dòng) the record was read from, for messages; <see langword="null"/> when unknown.</summary>
    public long? Line { get; init; }

    /// <summary>The dossier's code (mã hồ sơ); required (<see cref="ErrorCodes.DossierIdMissing"/>) and unique in a set (<see cref="ErrorCodes.DossierIdDuplicate"/>).</summary>
    public string? Id { get; init; }

    /// <summary>The code of the procedure (thủ tục hành chính) applied for; required and in the catalogue.</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>The code of the one-stop department (Bộ phận Một cửa) that received the dossier; required.</summary>
    public string? ReceivingDepartmentCode { get; init; }

    /// <summary>
    /// The code of the specialised department (phòng chuyên môn) that resolves the dossier, or
    /// <see langword="null"/> when the receiving unit resolves it itself. An empty string is a code that names no
    /// department (<see cref="ErrorCodes.DossierResolvingDepartmentUnknown"/>): readers map blank cells to
    /// <see langword="null"/>.
    /// </summary>
    public string? ResolvingDepartmentCode { get; init; }

    /// <summary>How the dossier was submitted (trực tiếp, trực tuyến, bưu chính); required and defined.</summary>
    public IntakeChannel? Channel { get; init; }

    /// <summary>When the dossier was received (ngày tiếp nhận), local time; required.</summary>
    public LocalDateTime? ReceivedAt { get; init; }

    /// <summary>The appointed date for the result (ngày hẹn trả), or <see langword="null"/> for a procedure without a time limit.</summary>
    public LocalDateTime? DueAt { get; init; }

    /// <summary>Whether the dossier is in progress or how it ended; required and defined.</summary>
    public OutcomeKind? Outcome { get; init; }

    /// <summary>
    /// When the dossier ended (ngày kết thúc: trả kết quả, trả lại, rút, hủy): required for an ended
    /// <see cref="Outcome"/>, absent for <see cref="OutcomeKind.InProgress"/>.
    /// </summary>
    public LocalDateTime? EndedAt { get; init; }

    /// <summary>The requests for supplements (yêu cầu bổ sung). Default: none; a default array reads as empty.</summary>
    public ImmutableArray<SupplementRecord> Supplements
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>New due dates agreed with the applicant (hẹn lại ngày trả). Default: none; a default array reads as empty.</summary>
    public ImmutableArray<LocalDateTime> Reappointments
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>Whether the dossier must be digitized at intake (thuộc diện số hóa), see <see cref="DigitizationFacts.SubjectToDigitization"/>.</summary>
    public bool SubjectToDigitization { get; init; }

    /// <summary>Whether it was digitized at intake (số hóa khi tiếp nhận); soft-checked against <see cref="SubjectToDigitization"/>.</summary>
    public bool DigitizedAtIntake { get; init; }

    /// <summary>Whether it reused already digitized data (khai thác, sử dụng lại dữ liệu số hóa).</summary>
    public bool ReusedDigitizedData { get; init; }

    /// <summary>
    /// How many result documents (giấy tờ kết quả) resolving the dossier issues. Default: 1, as for
    /// <see cref="DigitizationFacts.None"/>; never negative (<see cref="ErrorCodes.DossierDocumentCountNegative"/>).
    /// </summary>
    public int ResultDocuments { get; init; } = 1;

    /// <summary>
    /// How many of the result documents were digitized (kết quả số hóa). Default: 0; at most
    /// <see cref="ResultDocuments"/>; above 0 only for a resolved dossier (soft).
    /// </summary>
    public int DigitizedResultDocuments { get; init; }

    /// <summary>Whether the dossier was received regardless of administrative boundary (tiếp nhận không phụ thuộc địa giới hành chính).</summary>
    public bool ReceivedRegardlessOfBoundary { get; init; }

    /// <summary>Creates the record of a dossier, losing nothing (<see cref="Line"/> is <see langword="null"/>).</summary>
    /// <param name="dossier">The dossier.</param>
    /// <returns>The record; for a valid dossier, <see cref="ToDossier"/> gives back an equal dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is <see langword="null"/>.</exception>
    public static DossierRecord From(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var facts = dossier.Digitization;
        return new DossierRecord
        {
            Id = dossier.Id,
            ProcedureCode = dossier.ProcedureCode,
            ReceivingDepartmentCode = dossier.ReceivingDepartmentCode,
            ResolvingDepartmentCode = dossier.ResolvingDepartmentCode,
            Channel = dossier.Channel,
            ReceivedAt = dossier.ReceivedAt,
            DueAt = dossier.DueAt,
            Outcome = dossier.Outcome.Kind,
            EndedAt = dossier.Outcome.At,
            Supplements = dossier.Supplements.IsDefaultOrEmpty
                ? []
                : [.. dossier.Supplements.Select(s => new SupplementRecord(s.RequestedAt, s.CompletedAt))],
            Reappointments = dossier.Reappointments,
            SubjectToDigitization = facts.SubjectToDigitization,
            DigitizedAtIntake = facts.DigitizedAtIntake,
            ReusedDigitizedData = facts.ReusedDigitizedData,
            ResultDocuments = facts.ResultDocuments,
            DigitizedResultDocuments = facts.DigitizedResultDocuments,
            ReceivedRegardlessOfBoundary = dossier.ReceivedRegardlessOfBoundary,
        };
    }

    /// <summary>
    /// Converts a record that passes <see cref="DossierRecordValidator"/> without errors to a <see cref="Dossier"/>.
    /// Warnings do not prevent the conversion, and references are not looked up: use
    /// <see cref="DossierIntake.Screen(ReferenceData, System.Collections.Generic.IEnumerable{DossierRecord}, IntakePolicy?)"/>
    /// to screen a set against reference data.
    /// </summary>
    /// <returns>The dossier.</returns>
    /// <exception cref="InvalidOperationException">The record has errors; the message lists every one.</exception>
    public Dossier ToDossier()
    {
        var errors = DossierRecordValidator.Instance.Validate(this).Errors
            .Where(f => f.Severity == FluentValidation.Severity.Error)
            .Select(f => f.ErrorCode + " " + f.ErrorMessage)
            .ToArray();
        return errors.Length == 0
            ? ToDossierUnchecked()
            : throw new InvalidOperationException(
                "The record cannot be converted to a dossier: " + string.Join(" ", errors));
    }

    /// <summary>Converts a record known to have no <see cref="IntakeSeverity.Error"/> failure.</summary>
    internal Dossier ToDossierUnchecked()
    {
        var kind = Outcome!.Value;
        return new Dossier
        {
            Id = Id!,
            ProcedureCode = ProcedureCode!,
            ReceivingDepartmentCode = ReceivingDepartmentCode!,
            ResolvingDepartmentCode = ResolvingDepartmentCode,
            Channel = Channel!.Value,
            ReceivedAt = ReceivedAt!.Value,
            DueAt = DueAt,
            Supplements = Supplements.IsEmpty
                ? ImmutableArray<SupplementRequest>.Empty
                : [.. Supplements.Select(s => new SupplementRequest(s.RequestedAt!.Value, s.CompletedAt))],
            Reappointments = Reappointments,
            Outcome = kind == OutcomeKind.InProgress ? DossierOutcome.InProgress : DossierOutcome.Ended(kind, EndedAt!.Value),
            Digitization = new DigitizationFacts
            {
                SubjectToDigitization = SubjectToDigitization,
                DigitizedAtIntake = DigitizedAtIntake,
                ReusedDigitizedData = ReusedDigitizedData,
                ResultDocuments = ResultDocuments,
                DigitizedResultDocuments = DigitizedResultDocuments,
            },
            ReceivedRegardlessOfBoundary = ReceivedRegardlessOfBoundary,
        };
    }
}
