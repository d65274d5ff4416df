using System;
using FluentValidation;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The checks of a dossier record against reference data (đối chiếu danh mục), codes <c>OSM6002</c>–<c>OSM6008</c>:
/// its procedure is in the catalogue, its receiving department is a known one-stop department (Bộ phận Một cửa),
/// its resolving department (if any) a known specialised one (phòng chuyên môn), its level and channel agree with
/// its procedure. Duplicate ids (<c>OSM6001</c>) need the whole set and are checked by <see cref="DossierIntake"/>.
/// </summary>
/// <remarks>
/// A missing procedure or receiving department code is <see cref="DossierRecordValidator"/>'s failure
/// (<c>OSM5002</c>, <c>OSM5003</c>) and is not looked up here; a missing channel is not compared either. The hard
/// checks here are exactly the reasons a <see cref="Tallies.DossierTallyBuilder"/> rejects a dossier by its
/// references, so a record without errors is always counted. Instances are immutable and thread-safe.
/// </remarks>
public sealed class DossierReferenceValidator : AbstractValidator<DossierRecord>
{
    /// <summary>Creates the validator for one reference data set.</summary>
    /// <param name="reference">The reference data the codes are looked up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
    public DossierReferenceValidator(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Reference = reference;

        RuleFor(r => r.ProcedureCode).Fails(ErrorCodes.DossierProcedureUnknown, IntakeSeverity.Error,
            nameof(DossierRecord.ProcedureCode), (_, code) => !IsBlank(code) && Procedure(code) is null,
            (_, code) => code, (_, code) => $"ProcedureCode {Quoted(code)} is not in the procedure catalogue", Label);

        RuleFor(r => r.ReceivingDepartmentCode).Fails(ErrorCodes.DossierReceivingDepartmentUnknown, IntakeSeverity.Error,
            nameof(DossierRecord.ReceivingDepartmentCode), (_, code) => !IsBlank(code) && Department(code) is null,
            (_, code) => code, (_, code) => $"ReceivingDepartmentCode {Quoted(code)} is not among the departments", Label);

        RuleFor(r => r.ReceivingDepartmentCode).Fails(ErrorCodes.DossierReceivingDepartmentNotOneStop, IntakeSeverity.Error,
            nameof(DossierRecord.ReceivingDepartmentCode),
            (_, code) => Department(code) is { } department && department.Kind != DepartmentKind.OneStop,
            (_, code) => code,
            (_, code) => $"ReceivingDepartmentCode {Quoted(code)} is {KindText(Department(code)!.Kind)}, not a one-stop department",
            Label);

        RuleFor(r => r.ResolvingDepartmentCode).Fails(ErrorCodes.DossierResolvingDepartmentUnknown, IntakeSeverity.Error,
            nameof(DossierRecord.ResolvingDepartmentCode), (_, code) => code is not null && Department(code) is null,
            (_, code) => code, (_, code) => $"ResolvingDepartmentCode {Quoted(code)} is not among the departments", Label);

        RuleFor(r => r.ResolvingDepartmentCode).Fails(ErrorCodes.DossierResolvingDepartmentNotSpecialised, IntakeSeverity.Error,
            nameof(DossierRecord.ResolvingDepartmentCode),
            (_, code) => Department(code) is { } department && department.Kind != DepartmentKind.Specialised,
            (_, code) => code,
            (_, code) => $"ResolvingDepartmentCode {Quoted(code)} is {KindText(Department(code)!.Kind)}, not a specialised department",
            Label);

        RuleFor(r => r.ReceivingDepartmentCode).Fails(ErrorCodes.DossierLevelMismatch, IntakeSeverity.Warning,
            nameof(DossierRecord.ReceivingDepartmentCode),
            (r, code) => Procedure(r.ProcedureCode) is { } procedure && OneStop(code) is { } department
                && reference.LevelOf(department) != procedure.Level,
            (_, code) => code,
            (r, code) => $"ReceivingDepartmentCode {Quoted(code)} is a {Of(reference.LevelOf(OneStop(code)!))} department, "
                + $"but procedure {Quoted(r.ProcedureCode)} is handled at {Of(Procedure(r.ProcedureCode)!.Level)} level",
            Label);

        RuleFor(r => r.Channel).Fails(ErrorCodes.DossierOnlineWithoutOnlineService, IntakeSeverity.Warning,
            nameof(DossierRecord.Channel),
            (r, channel) => channel == IntakeChannel.Online && Procedure(r.ProcedureCode) is { OnlineService: OnlineServiceKind.None },
            (_, channel) => Of(channel!.Value),
            (r, _) => $"Channel Online is used, but procedure {Quoted(r.ProcedureCode)} offers no online public service",
            Label);
    }

    /// <summary>The reference data the codes are looked up in.</summary>
    public ReferenceData Reference { get; }

    private static string Label(ValidationContext<DossierRecord> context) =>
        DossierRecordValidator.Label(context.InstanceToValidate, Failures.PositionOf(context));

    private static string KindText(DepartmentKind kind) => kind switch
    {
        DepartmentKind.OneStop => "a one-stop department",
        DepartmentKind.Specialised => "a specialised department",
        _ => "a department of undefined kind " + Of(kind),
    };

    private Procedure? Procedure(string? code) =>
        code is not null && Reference.TryGetProcedure(code, out var procedure) ? procedure : null;

    private Department? Department(string? code) =>
        code is not null && Reference.TryGetDepartment(code, out var department) ? department : null;

    private Department? OneStop(string? code) => Department(code) is { Kind: DepartmentKind.OneStop } department ? department : null;
}
