using System.Globalization;
using FluentValidation;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>The labels naming reference entries in messages.</summary>
internal static class EntryLabels
{
    /// <summary>
    /// <c>Department 'TP' (position 1)</c>; <c>Department at position 1</c> without a code;
    /// <c>Department 'TP'</c> or <c>Department without code</c> when validated on its own.
    /// </summary>
    internal static string Of(string noun, string? code, long? position)
    {
        if (!IsBlank(code))
        {
            return position is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"{noun} {Quoted(code)} (position {p})")
                : noun + " " + Quoted(code);
        }

        return position is { } q
            ? string.Create(CultureInfo.InvariantCulture, $"{noun} at position {q}")
            : noun + " without code";
    }

    /// <summary>The label of the entry a context validates.</summary>
    internal static string Of<T>(string noun, string? code, ValidationContext<T> context) =>
        Of(noun, code, Failures.PositionOf(context));
}
