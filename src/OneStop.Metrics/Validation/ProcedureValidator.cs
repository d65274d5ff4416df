using FluentValidation;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The checks of one procedure of the catalogue (thủ tục hành chính) on its own: <c>OSM4001</c> empty code,
/// <c>OSM4002</c> empty name, <c>OSM4003</c> undefined level, <c>OSM4004</c> undefined online service kind,
/// <c>OSM4005</c> time limit with an undefined unit. Duplicates and the field reference are checked by
/// <see cref="ReferenceIntake"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A time limit of 0 is not a failure: it is a same-day procedure (giải quyết trong ngày, trả kết quả ngay), due
/// at the end of the intake day; an unknown limit is <see langword="null"/>.
/// </remarks>
public sealed class ProcedureValidator : AbstractValidator<Procedure>
{
    /// <summary>The noun naming a procedure in messages.</summary>
    internal const string Noun = "Procedure";

    /// <summary>Creates the validator.</summary>
    public ProcedureValidator()
    {
        RuleFor(p => p.Code).Fails(ErrorCodes.ProcedureCodeEmpty, IntakeSeverity.Error, nameof(Procedure.Code),
            (_, code) => IsBlank(code), (_, code) => code, (_, _) => "Code is empty", Label);
        RuleFor(p => p.Name).Fails(ErrorCodes.ProcedureNameEmpty, IntakeSeverity.Error, nameof(Procedure.Name),
            (_, name) => IsBlank(name), (_, name) => name, (_, _) => "Name is empty", Label);
        RuleFor(p => p.Level).Fails(ErrorCodes.ProcedureLevelUndefined, IntakeSeverity.Error, nameof(Procedure.Level),
            (_, level) => !System.Enum.IsDefined(level), (_, level) => Of(level),
            (_, level) => $"Level {Of(level)} is not a defined level ({Names<AdministrativeLevel>()})", Label);
        RuleFor(p => p.OnlineService).Fails(ErrorCodes.ProcedureOnlineServiceUndefined, IntakeSeverity.Error,
            nameof(Procedure.OnlineService), (_, kind) => !System.Enum.IsDefined(kind), (_, kind) => Of(kind),
            (_, kind) => $"OnlineService {Of(kind)} is not a defined online service kind ({Names<OnlineServiceKind>()})", Label);
        RuleFor(p => p.TimeLimit).Fails(ErrorCodes.ProcedureTimeLimitUnitUndefined, IntakeSeverity.Error,
            nameof(Procedure.TimeLimit), (_, limit) => limit is { } l && !System.Enum.IsDefined(l.Unit),
            (_, limit) => Of(limit!.Value.Value) + " (unit " + Of(limit.Value.Unit) + ")",
            (_, limit) => $"TimeLimit unit {Of(limit!.Value.Unit)} is not a defined time limit unit ({Names<TimeLimitUnit>()})",
            Label);
    }

    /// <summary>The shared instance.</summary>
    internal static ProcedureValidator Instance { get; } = new();

    private static string Label(ValidationContext<Procedure> context) =>
        EntryLabels.Of(Noun, context.InstanceToValidate.Code, context);
}
