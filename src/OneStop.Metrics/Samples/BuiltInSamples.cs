using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Samples;

/// <summary>The data sets that ship with the library, built on first use and cached.</summary>
public static class BuiltInSamples
{
    /// <summary>The name of the Tứ Kỳ 2023 sample.</summary>
    public const string TuKy2023Name = "tu-ky-2023";

    private static readonly Lazy<Sample> TuKy = new(() => CreateTuKy2023(SampleVariation.BuiltIn));

    /// <summary>
    /// Tứ Kỳ district (Hải Dương), 01/01/2023–31/08/2023: a synthetic dossier set from which the library computes
    /// every figure of sections 1, 2 and 4 of the district's September 2023 report on Decree 107/2021/NĐ-CP and
    /// Decision 468/QĐ-TTg, under the default options. 36.093 dossiers in the period and 78 outside it.
    /// </summary>
    public static Sample TuKy2023 => TuKy.Value;

    private const string TuKy2023Description =
        "Tứ Kỳ district (Hải Dương), 01/01/2023–31/08/2023: a synthetic dossier set reproducing the district's September 2023 report.";

    /// <summary>The names of the built-in samples.</summary>
    public static IReadOnlyList<string> Names { get; } = [TuKy2023Name];

    /// <summary>One sentence on each built-in sample, by name, available without building the sample's dossiers.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [TuKy2023Name] = TuKy2023Description };

    /// <summary>Looks up a built-in sample by name (ordinal, case-insensitive).</summary>
    /// <param name="name">The name, e.g. <c>tu-ky-2023</c>.</param>
    /// <param name="sample">The sample, when found.</param>
    /// <returns>Whether a sample has that name.</returns>
    public static bool TryGet(string name, [NotNullWhen(true)] out Sample? sample)
    {
        ArgumentNullException.ThrowIfNull(name);
        sample = string.Equals(name, TuKy2023Name, StringComparison.OrdinalIgnoreCase) ? TuKy2023 : null;
        return sample is not null;
    }

    /// <summary>
    /// Builds a variant of the Tứ Kỳ sample: other dates, order, early/on-time split and spread over units and
    /// procedures, other dossiers outside the period — and the same published figures under the default options.
    /// </summary>
    /// <param name="variation">What varies.</param>
    /// <returns>A new sample (not cached).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count of extra dossiers is negative.</exception>
    public static Sample CreateTuKy2023(SampleVariation variation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(variation.ReceivedAfterPeriod, nameof(variation));
        ArgumentOutOfRangeException.ThrowIfNegative(variation.EndedBeforePeriod, nameof(variation));
        var reference = TuKy2023Reference.Create();
        var dossiers = TuKy2023Sample.Build(reference, variation).ToImmutableArray();
        return new Sample(TuKy2023Name, TuKy2023Description,
            new ReportHeading("huyện Tứ Kỳ, tỉnh Hải Dương",
                "Đánh giá về tình hình kết quả triển khai các giải pháp nâng cao hiệu quả giải quyết thủ tục hành chính quy định tại Nghị định số 107/2021/NĐ-CP, Quyết định số 468/QĐ-TTg"),
            reference, dossiers,
            TallyScope.For(ReportingPeriod.Custom(TuKy2023Sample.PeriodStart, TuKy2023Sample.PeriodEnd)),
            MetricsOptions.Default);
    }
}
