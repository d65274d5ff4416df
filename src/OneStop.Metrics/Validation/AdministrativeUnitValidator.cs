using FluentValidation;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The checks of one administrative unit (đơn vị hành chính) on its own: <c>OSM1001</c> empty code,
/// <c>OSM1002</c> empty name, <c>OSM1003</c> undefined level. The checks that need the whole list (duplicates,
/// parents) are made by <see cref="ReferenceIntake"/>. Immutable and thread-safe.
/// </summary>
public sealed class AdministrativeUnitValidator : AbstractValidator<AdministrativeUnit>
{
    /// <summary>The noun naming a unit in messages.</summary>
    internal const string Noun = "Administrative unit";

    /// <summary>Creates the validator.</summary>
    public AdministrativeUnitValidator()
    {
        RuleFor(u => u.Code).Fails(ErrorCodes.UnitCodeEmpty, IntakeSeverity.Error, nameof(AdministrativeUnit.Code),
            (_, code) => IsBlank(code), (_, code) => code, (_, _) => "Code is empty", Label);
        RuleFor(u => u.Name).Fails(ErrorCodes.UnitNameEmpty, IntakeSeverity.Error, nameof(AdministrativeUnit.Name),
            (_, name) => IsBlank(name), (_, name) => name, (_, _) => "Name is empty", Label);
        RuleFor(u => u.Level).Fails(ErrorCodes.UnitLevelUndefined, IntakeSeverity.Error, nameof(AdministrativeUnit.Level),
            (_, level) => !System.Enum.IsDefined(level), (_, level) => Of(level),
            (_, level) => $"Level {Of(level)} is not a defined level ({Names<AdministrativeLevel>()})", Label);
    }

    /// <summary>The shared instance.</summary>
    internal static AdministrativeUnitValidator Instance { get; } = new();

    private static string Label(ValidationContext<AdministrativeUnit> context) =>
        EntryLabels.Of(Noun, context.InstanceToValidate.Code, context);
}
