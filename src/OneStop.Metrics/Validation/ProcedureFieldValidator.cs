using FluentValidation;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The checks of one procedure field (lĩnh vực TTHC) on its own: <c>OSM3001</c> empty code, <c>OSM3002</c> empty
/// name. Duplicates are checked by <see cref="ReferenceIntake"/>. Immutable and thread-safe.
/// </summary>
public sealed class ProcedureFieldValidator : AbstractValidator<ProcedureField>
{
    /// <summary>The noun naming a field in messages.</summary>
    internal const string Noun = "Procedure field";

    /// <summary>Creates the validator.</summary>
    public ProcedureFieldValidator()
    {
        RuleFor(f => f.Code).Fails(ErrorCodes.FieldCodeEmpty, IntakeSeverity.Error, nameof(ProcedureField.Code),
            (_, code) => IsBlank(code), (_, code) => code, (_, _) => "Code is empty", Label);
        RuleFor(f => f.Name).Fails(ErrorCodes.FieldNameEmpty, IntakeSeverity.Error, nameof(ProcedureField.Name),
            (_, name) => IsBlank(name), (_, name) => name, (_, _) => "Name is empty", Label);
    }

    /// <summary>The shared instance.</summary>
    internal static ProcedureFieldValidator Instance { get; } = new();

    private static string Label(ValidationContext<ProcedureField> context) =>
        EntryLabels.Of(Noun, context.InstanceToValidate.Code, context);
}
