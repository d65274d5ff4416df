using System;
using System.Collections.Immutable;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// One difference between a published report and a report computed from dossiers (<see cref="ReportComparison"/>):
/// the figure, which of its values differs, both values and the gap.
/// </summary>
/// <remarks>
/// Values are written in invariant form, independent of either report's number format: counts <c>2531</c>, rates
/// <c>98.70</c>, names as their number. <see langword="null"/> stands for a value the side does not have (no rate
/// printed, figure absent).
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class FigureDifference
{
    /// <summary>Creates a difference.</summary>
    /// <param name="key">The figure's key.</param>
    /// <param name="aspect">Which value differs.</param>
    /// <param name="published">The published value, or <see langword="null"/>.</param>
    /// <param name="computed">The computed value, or <see langword="null"/>.</param>
    /// <param name="gap">Published − computed, or <see langword="null"/> when one side has no value.</param>
    /// <param name="message">One English sentence on the difference.</param>
    /// <param name="onlyComputedNames">Names the computed list has and the published one lacks.</param>
    /// <param name="onlyPublishedNames">Names the published list has and the computed one lacks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public FigureDifference(string key, DifferenceAspect aspect, string? published, string? computed, decimal? gap, string message,
        ImmutableArray<string> onlyComputedNames = default, ImmutableArray<string> onlyPublishedNames = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        Key = key;
        Aspect = aspect;
        Published = published;
        Computed = computed;
        Gap = gap;
        Message = message;
        OnlyComputedNames = onlyComputedNames.IsDefault ? [] : onlyComputedNames;
        OnlyPublishedNames = onlyPublishedNames.IsDefault ? [] : onlyPublishedNames;
    }

    /// <summary>Gets the figure's key, e.g. <c>coverage.district.digitizing</c>.</summary>
    public string Key { get; }

    /// <summary>Gets which value differs.</summary>
    public DifferenceAspect Aspect { get; }

    /// <summary>Gets the published value in invariant form (<c>7</c>, <c>0.04</c>), or <see langword="null"/> when the published report has none.</summary>
    public string? Published { get; }

    /// <summary>Gets the computed value in invariant form (<c>8</c>, <c>100.00</c>), or <see langword="null"/> when the computed report has none.</summary>
    public string? Computed { get; }

    /// <summary>Gets published − computed (−1 for seven names against eight), or <see langword="null"/> when one side has no value.</summary>
    public decimal? Gap { get; }

    /// <summary>Gets one English sentence on the difference, quoting the printed text.</summary>
    public string Message { get; }

    /// <summary>Gets, for <see cref="DifferenceAspect.Names"/>, the names only the computed list has (e.g. <c>Tài chính - Kế hoạch</c>).</summary>
    public ImmutableArray<string> OnlyComputedNames { get; }

    /// <summary>Gets, for <see cref="DifferenceAspect.Names"/>, the names only the published list has.</summary>
    public ImmutableArray<string> OnlyPublishedNames { get; }

    /// <summary>Returns the difference as one line: <c>Aspect: message</c> (the message starts with the key).</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Aspect + ": " + Message;
}
