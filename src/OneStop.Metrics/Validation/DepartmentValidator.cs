using FluentValidation;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The checks of one department (Bộ phận Một cửa or phòng chuyên môn) on its own: <c>OSM2001</c> empty code,
/// <c>OSM2002</c> empty name, <c>OSM2003</c> undefined kind. Duplicates and the unit reference are checked by
/// <see cref="ReferenceIntake"/>. Immutable and thread-safe.
/// </summary>
public sealed class DepartmentValidator : AbstractValidator<Department>
{
    /// <summary>The noun naming a department in messages.</summary>
    internal const string Noun = "Department";

    /// <summary>Creates the validator.</summary>
    public DepartmentValidator()
    {
        RuleFor(d => d.Code).Fails(ErrorCodes.DepartmentCodeEmpty, IntakeSeverity.Error, nameof(Department.Code),
            (_, code) => IsBlank(code), (_, code) => code, (_, _) => "Code is empty", Label);
        RuleFor(d => d.Name).Fails(ErrorCodes.DepartmentNameEmpty, IntakeSeverity.Error, nameof(Department.Name),
            (_, name) => IsBlank(name), (_, name) => name, (_, _) => "Name is empty", Label);
        RuleFor(d => d.Kind).Fails(ErrorCodes.DepartmentKindUndefined, IntakeSeverity.Error, nameof(Department.Kind),
            (_, kind) => !System.Enum.IsDefined(kind), (_, kind) => Of(kind),
            (_, kind) => $"Kind {Of(kind)} is not a defined department kind ({Names<DepartmentKind>()})", Label);
    }

    /// <summary>The shared instance.</summary>
    internal static DepartmentValidator Instance { get; } = new();

    private static string Label(ValidationContext<Department> context) =>
        EntryLabels.Of(Noun, context.InstanceToValidate.Code, context);
}
