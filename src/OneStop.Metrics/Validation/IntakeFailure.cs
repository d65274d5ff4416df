using System;

namespace OneStop.Metrics.Validation;

/// <summary>
/// One failed check on one input record (lỗi dữ liệu đầu vào): its stable code, its severity, the field and the
/// offending value, and a message that names the record, the field and the value.
/// </summary>
/// <param name="Code">The stable code, one of <see cref="ErrorCodes"/> (e.g. <c>OSM5012</c>).</param>
/// <param name="Severity">Whether the check is hard (<see cref="IntakeSeverity.Error"/>) or soft (<see cref="IntakeSeverity.Warning"/>); fixed per code.</param>
/// <param name="Field">
/// The field the failure is about, as the record's property is named (<c>EndedAt</c>,
/// <c>Supplements[0].CompletedAt</c>, <c>UnitCode</c>).
/// </param>
/// <param name="Value">
/// The offending value as text (strings unquoted, date-times <c>yyyy-MM-ddTHH:mm</c> with seconds when not zero,
/// enums by name or, when undefined, by number), or <see langword="null"/> when the value is missing.
/// </param>
/// <param name="Message">
/// The full message, <c>label: field value problem.</c>, e.g.
/// <c>Dossier 'H-230305-0001' (line 12): EndedAt 2023-03-01T09:00 is before ReceivedAt 2023-03-05T08:10.</c>
/// </param>
/// <param name="RecordId">
/// The record's identifier: a dossier's id, a reference entry's code; <see langword="null"/> when the record has
/// none (or for a period request).
/// </param>
/// <param name="Line">The record's source line (dòng) when the reader knew it, otherwise <see langword="null"/>.</param>
/// <param name="Position">
/// The record's 0-based position in the sequence screened, or <see langword="null"/> when the record was validated
/// on its own.
/// </param>
public sealed record IntakeFailure(
    string Code,
    IntakeSeverity Severity,
    string Field,
    string? Value,
    string Message,
    string? RecordId,
    long? Line,
    long? Position)
{
    /// <summary>Returns <c>code severity: message</c>, e.g. <c>OSM5014 Warning: Dossier 'H-1' (line 12): …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Code} {Severity}: {Message}");
}
