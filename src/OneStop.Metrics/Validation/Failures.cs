using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;

namespace OneStop.Metrics.Validation;

/// <summary>
/// Builds the FluentValidation failures of the boundary validators and converts them to <see cref="IntakeFailure"/>s.
/// </summary>
/// <remarks>
/// Failures are added whole with <see cref="ValidationContext{T}.AddFailure(ValidationFailure)"/> rather than
/// through <c>WithMessage</c>, because FluentValidation expands <c>{PropertyName}</c>-style placeholders in a
/// message, and ids or codes from data may contain braces: the message must quote them exactly. The code, the
/// severity and the field are those of the failure; its <see cref="ValidationFailure.CustomState"/> is the offending
/// value as text (or <see langword="null"/>).
/// </remarks>
internal static class Failures
{
    /// <summary>The <see cref="IValidationContext.RootContextData"/> key of the record's 0-based position (a <see cref="long"/>).</summary>
    internal const string PositionKey = "OneStop.Metrics.Validation.Position";

    /// <summary>Creates a failure whose message is <c>label: problem.</c>.</summary>
    internal static ValidationFailure Create(string code, IntakeSeverity severity, string field, string? value,
        string label, string problem) =>
        new(field, label + ": " + problem + ".", value)
        {
            ErrorCode = code,
            Severity = severity == IntakeSeverity.Warning ? Severity.Warning : Severity.Error,
            CustomState = value,
        };

    /// <summary>Adds a rule that fails with the given code when <paramref name="when"/> holds.</summary>
    /// <param name="rule">The rule, from <c>RuleFor</c>.</param>
    /// <param name="code">The error code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="field">The field named by the failure.</param>
    /// <param name="when">Whether the record and the property's value fail.</param>
    /// <param name="value">The offending value as text.</param>
    /// <param name="problem">The message after the label, without the final period.</param>
    /// <param name="label">The label naming the record.</param>
    internal static IRuleBuilderOptionsConditions<T, TProperty> Fails<T, TProperty>(
        this IRuleBuilder<T, TProperty> rule,
        string code,
        IntakeSeverity severity,
        string field,
        Func<T, TProperty, bool> when,
        Func<T, TProperty, string?> value,
        Func<T, TProperty, string> problem,
        Func<ValidationContext<T>, string> label) =>
        rule.Custom((property, context) =>
        {
            var instance = context.InstanceToValidate;
            if (when(instance, property))
            {
                context.AddFailure(Create(code, severity, field, value(instance, property), label(context), problem(instance, property)));
            }
        });

    /// <summary>The record's position stored in the context, if any.</summary>
    internal static long? PositionOf(IValidationContext context) =>
        context.RootContextData.TryGetValue(PositionKey, out var value) && value is long position ? position : null;

    /// <summary>Creates a context carrying the record's position.</summary>
    internal static ValidationContext<T> ContextFor<T>(T instance, long position)
    {
        var context = new ValidationContext<T>(instance);
        context.RootContextData[PositionKey] = position;
        return context;
    }

    /// <summary>Converts FluentValidation failures (from the boundary validators only) to intake failures.</summary>
    internal static void AddTo(List<IntakeFailure> target, IEnumerable<ValidationFailure> failures, string? recordId,
        long? line, long? position)
    {
        foreach (var failure in failures)
        {
            target.Add(Convert(failure, recordId, line, position));
        }
    }

    /// <summary>Converts one FluentValidation failure to an intake failure.</summary>
    internal static IntakeFailure Convert(ValidationFailure failure, string? recordId, long? line, long? position) =>
        new(
            failure.ErrorCode,
            failure.Severity == Severity.Error ? IntakeSeverity.Error : IntakeSeverity.Warning,
            failure.PropertyName,
            failure.CustomState as string,
            failure.ErrorMessage,
            recordId,
            line,
            position);

    /// <summary>Orders a record's failures by code (ordinal), keeping the rule order within a code (a stable sort).</summary>
    internal static IntakeFailure[] SortedByCode(List<IntakeFailure> failures) =>
        [.. failures.OrderBy(f => f.Code, StringComparer.Ordinal)];
}
