using System;
using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using NodaTime;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The checks of a dossier record on its own (kiểm tra từng hồ sơ), codes <c>OSM5001</c>–<c>OSM5021</c>: required
/// values present and defined, timestamps in order and in the ISO calendar, plausible dates, digitization flags
/// and counts that agree. References to the reference data and duplicates are checked by
/// <see cref="DossierReferenceValidator"/> and <see cref="DossierIntake"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each rule reports one code with one fixed severity (see <see cref="ErrorCodes"/>); a failure's
/// <see cref="FluentValidation.Results.ValidationFailure.CustomState"/> is the offending value as text. Rules that
/// compare two values run only when both are present and in the ISO calendar, so one fault is reported once: a
/// missing <see cref="DossierRecord.ReceivedAt"/> is <c>OSM5006</c>, not also an ordering failure.
/// </para>
/// <para>
/// Messages read <c>Dossier 'id' (line n): field value problem.</c>; without a line the label shows the 0-based
/// position given by <see cref="DossierIntake"/>, without an id it reads <c>Dossier without id</c>. Instances
/// are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class DossierRecordValidator : AbstractValidator<DossierRecord>
{
    /// <summary>Creates the validator.</summary>
    public DossierRecordValidator()
    {
        RuleFor(r => r.Id).Fails(ErrorCodes.DossierIdMissing, IntakeSeverity.Error, nameof(DossierRecord.Id),
            (_, id) => IsBlank(id), (_, id) => id, (_, _) => "Id is missing", Label);

        RuleFor(r => r.ProcedureCode).Fails(ErrorCodes.DossierProcedureMissing, IntakeSeverity.Error,
            nameof(DossierRecord.ProcedureCode), (_, code) => IsBlank(code), (_, code) => code,
            (_, _) => "ProcedureCode is missing", Label);

        RuleFor(r => r.ReceivingDepartmentCode).Fails(ErrorCodes.DossierReceivingDepartmentMissing, IntakeSeverity.Error,
            nameof(DossierRecord.ReceivingDepartmentCode), (_, code) => IsBlank(code), (_, code) => code,
            (_, _) => "ReceivingDepartmentCode is missing", Label);

        ControlCharacterRule(r => r.Id, nameof(DossierRecord.Id));
        ControlCharacterRule(r => r.ProcedureCode, nameof(DossierRecord.ProcedureCode));
        ControlCharacterRule(r => r.ReceivingDepartmentCode, nameof(DossierRecord.ReceivingDepartmentCode));
        ControlCharacterRule(r => r.ResolvingDepartmentCode, nameof(DossierRecord.ResolvingDepartmentCode));

        RuleFor(r => r.Channel).Fails(ErrorCodes.DossierChannelMissing, IntakeSeverity.Error, nameof(DossierRecord.Channel),
            (_, channel) => channel is null, (_, _) => null, (_, _) => "Channel is missing", Label);

        RuleFor(r => r.Channel).Fails(ErrorCodes.DossierChannelUndefined, IntakeSeverity.Error, nameof(DossierRecord.Channel),
            (_, channel) => channel is { } c && !Enum.IsDefined(c), (_, channel) => Of(channel!.Value),
            (_, channel) => $"Channel {Of(channel!.Value)} is not a defined intake channel ({Names<IntakeChannel>()})", Label);

        RuleFor(r => r.ReceivedAt).Fails(ErrorCodes.DossierReceivedAtMissing, IntakeSeverity.Error,
            nameof(DossierRecord.ReceivedAt), (_, at) => at is null, (_, _) => null, (_, _) => "ReceivedAt is missing", Label);

        RuleFor(r => r.Outcome).Fails(ErrorCodes.DossierOutcomeMissing, IntakeSeverity.Error, nameof(DossierRecord.Outcome),
            (_, outcome) => outcome is null, (_, _) => null, (_, _) => "Outcome is missing", Label);

        RuleFor(r => r.Outcome).Fails(ErrorCodes.DossierOutcomeUndefined, IntakeSeverity.Error, nameof(DossierRecord.Outcome),
            (_, outcome) => outcome is { } o && !Enum.IsDefined(o), (_, outcome) => Of(outcome!.Value),
            (_, outcome) => $"Outcome {Of(outcome!.Value)} is not a defined outcome ({Names<OutcomeKind>()})", Label);

        RuleFor(r => r.EndedAt).Fails(ErrorCodes.DossierEndedAtMissing, IntakeSeverity.Error, nameof(DossierRecord.EndedAt),
            (r, at) => IsEnded(r) && at is null, (_, _) => null,
            (r, _) => $"EndedAt is missing for outcome {Of(r.Outcome!.Value)}", Label);

        RuleFor(r => r.EndedAt).Fails(ErrorCodes.DossierEndedAtInProgress, IntakeSeverity.Error, nameof(DossierRecord.EndedAt),
            (r, at) => r.Outcome == OutcomeKind.InProgress && at is not null, (_, at) => Of(at),
            (_, at) => $"EndedAt {Of(at!.Value)} is given for a dossier in progress", Label);

        RuleFor(r => r.DueAt).Fails(ErrorCodes.DossierDueBeforeReceived, IntakeSeverity.Error, nameof(DossierRecord.DueAt),
            (r, due) => IsIso(due) && IsIso(r.ReceivedAt) && due!.Value < r.ReceivedAt!.Value, (_, due) => Of(due),
            (r, due) => $"DueAt {Of(due!.Value)} is before ReceivedAt {Of(r.ReceivedAt!.Value)}", Label);

        RuleFor(r => r.EndedAt).Fails(ErrorCodes.DossierEndedBeforeReceived, IntakeSeverity.Error, nameof(DossierRecord.EndedAt),
            (r, at) => IsEnded(r) && IsIso(at) && IsIso(r.ReceivedAt) && at!.Value < r.ReceivedAt!.Value, (_, at) => Of(at),
            (r, at) => $"EndedAt {Of(at!.Value)} is before ReceivedAt {Of(r.ReceivedAt!.Value)}", Label);

        DateRules(r => r.ReceivedAt, nameof(DossierRecord.ReceivedAt));
        DateRules(r => r.DueAt, nameof(DossierRecord.DueAt));
        DateRules(r => r.EndedAt, nameof(DossierRecord.EndedAt));

        RuleFor(r => r.Supplements).Custom((supplements, context) =>
        {
            for (var i = 0; i < supplements.Length; i++)
            {
                var (requested, completed) = (supplements[i].RequestedAt, supplements[i].CompletedAt);
                var prefix = string.Create(CultureInfo.InvariantCulture, $"{nameof(DossierRecord.Supplements)}[{i}].");
                var requestedField = prefix + nameof(SupplementRecord.RequestedAt);
                var completedField = prefix + nameof(SupplementRecord.CompletedAt);
                if (requested is null)
                {
                    context.AddFailure(Failures.Create(ErrorCodes.DossierSupplementRequestedAtMissing, IntakeSeverity.Error,
                        requestedField, null, Label(context), requestedField + " is missing"));
                }

                AddDateFailures(context, requested, requestedField);
                AddDateFailures(context, completed, completedField);
                if (IsIso(requested) && IsIso(completed) && completed!.Value < requested!.Value)
                {
                    context.AddFailure(Failures.Create(ErrorCodes.DossierSupplementCompletedBeforeRequested, IntakeSeverity.Error,
                        completedField, Of(completed.Value), Label(context),
                        $"{completedField} {Of(completed.Value)} is before {requestedField} {Of(requested.Value)}"));
                }
            }
        });

        RuleFor(r => r.Reappointments).Custom((reappointments, context) =>
        {
            for (var i = 0; i < reappointments.Length; i++)
            {
                AddDateFailures(context, reappointments[i],
                    string.Create(CultureInfo.InvariantCulture, $"{nameof(DossierRecord.Reappointments)}[{i}]"));
            }
        });

        RuleFor(r => r.DigitizedAtIntake).Fails(ErrorCodes.DossierDigitizedButNotSubject, IntakeSeverity.Warning,
            nameof(DossierRecord.DigitizedAtIntake), (r, digitized) => digitized && !r.SubjectToDigitization, (_, _) => "true",
            (_, _) => "DigitizedAtIntake is true but SubjectToDigitization is false", Label);

        RuleFor(r => r.DigitizedResultDocuments).Fails(ErrorCodes.DossierResultDigitizedWithoutResult, IntakeSeverity.Warning,
            nameof(DossierRecord.DigitizedResultDocuments),
            (r, digitized) => digitized > 0 && r.Outcome is { } o && Enum.IsDefined(o) && o != OutcomeKind.Resolved,
            (_, digitized) => Of(digitized),
            (r, digitized) => $"DigitizedResultDocuments {Of(digitized)} is given for outcome {Of(r.Outcome!.Value)}, which has no result",
            Label);

        RuleFor(r => r.ResultDocuments).Fails(ErrorCodes.DossierDocumentCountNegative, IntakeSeverity.Error,
            nameof(DossierRecord.ResultDocuments), (_, count) => count < 0, (_, count) => Of(count),
            (_, count) => $"ResultDocuments {Of(count)} is negative", Label);

        RuleFor(r => r.DigitizedResultDocuments).Fails(ErrorCodes.DossierDocumentCountNegative, IntakeSeverity.Error,
            nameof(DossierRecord.DigitizedResultDocuments), (_, count) => count < 0, (_, count) => Of(count),
            (_, count) => $"DigitizedResultDocuments {Of(count)} is negative", Label);

        RuleFor(r => r.DigitizedResultDocuments).Fails(ErrorCodes.DossierDigitizedDocumentsExceedDocuments, IntakeSeverity.Error,
            nameof(DossierRecord.DigitizedResultDocuments),
            (r, digitized) => r.ResultDocuments >= 0 && digitized > r.ResultDocuments, (_, digitized) => Of(digitized),
            (r, digitized) => $"DigitizedResultDocuments {Of(digitized)} is more than ResultDocuments {Of(r.ResultDocuments)}",
            Label);
    }

    /// <summary>The shared instance.</summary>
    internal static DossierRecordValidator Instance { get; } = new();

    /// <summary>The label naming a dossier record in messages: <c>Dossier 'id' (line n)</c>, <c>Dossier without id (position n)</c>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="position">Its 0-based position in the set, shown when the line is unknown.</param>
    /// <returns>The label.</returns>
    internal static string Label(DossierRecord record, long? position)
    {
        var name = IsBlank(record.Id) ? "Dossier without id" : "Dossier " + Quoted(record.Id);
        return record.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{name} (line {line})")
            : position is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"{name} (position {p})")
                : name;
    }

    private static string Label(ValidationContext<DossierRecord> context) =>
        Label(context.InstanceToValidate, Failures.PositionOf(context));

    private static bool IsEnded(DossierRecord record) =>
        record.Outcome is { } o && o != OutcomeKind.InProgress && Enum.IsDefined(o);

    private void ControlCharacterRule(Expression<Func<DossierRecord, string?>> property, string field) =>
        RuleFor(property).Fails(ErrorCodes.DossierTextControlCharacter, IntakeSeverity.Error, field,
            (_, text) => HasControlCharacter(text), (_, text) => Printable(text!),
            (_, text) => $"{field} '{Printable(text!)}' holds a control character", Label);

    private void DateRules(Expression<Func<DossierRecord, LocalDateTime?>> property, string field) =>
        RuleFor(property).Custom((value, context) => AddDateFailures(context, value, field));

    private static void AddDateFailures(ValidationContext<DossierRecord> context, LocalDateTime? value, string field)
    {
        if (value is not { } at)
        {
            return;
        }

        if (!IsIso(at))
        {
            context.AddFailure(Failures.Create(ErrorCodes.DossierNonIsoCalendar, IntakeSeverity.Error, field, Of(at),
                Label(context), $"{field} {Of(at)} is not in the ISO calendar"));
        }
        else if (IsImplausible(at))
        {
            context.AddFailure(Failures.Create(ErrorCodes.DossierDateImplausible, IntakeSeverity.Error, field, Of(at),
                Label(context), $"{field} {Of(at)} is outside the plausible range {PlausibleRange}"));
        }
    }
}
