using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// Digitization of dossiers and results (số hóa hồ sơ, kết quả giải quyết TTHC; Decree 107/2021/NĐ-CP,
/// Decision 766/QĐ-TTg group 4) for a group of dossiers.
/// </summary>
public sealed record DigitizationIndicators
{
    /// <summary>
    /// Digitized at intake / subject to digitization (số hóa hồ sơ khi tiếp nhận), over the dossiers chosen by
    /// <see cref="MetricsOptions.IntakeDigitization"/>.
    /// </summary>
    public Ratio IntakeDigitized { get; init; }

    /// <summary>
    /// Digitized results / results issued in the period (số hóa kết quả giải quyết TTHC), counted as chosen by
    /// <see cref="MetricsOptions.ResultDigitization"/>.
    /// </summary>
    public Ratio ResultsDigitized { get; init; }

    /// <summary>Dossiers received in the period that reused digitized data / dossiers received in the period.</summary>
    public Ratio ReusedData { get; init; }

    internal static DigitizationIndicators From(DossierCounts counts, MetricsOptions options)
    {
        var intake = options.IntakeDigitization == IntakeDigitizationBasis.ReceivedInPeriod
            ? Ratio.Of(counts[TallyCounter.DigitizedAtIntakeReceived], counts[TallyCounter.SubjectToDigitizationReceived])
            : Ratio.Of(
                checked(counts[TallyCounter.DigitizedAtIntakeReceived] + counts[TallyCounter.DigitizedAtIntakeCarriedOver]),
                checked(counts[TallyCounter.SubjectToDigitizationReceived] + counts[TallyCounter.SubjectToDigitizationCarriedOver]));
        var results = options.ResultDigitization == ResultDigitizationBasis.Dossiers
            ? Ratio.Of(counts[TallyCounter.ResolvedWithDigitizedResult], counts.Resolved)
            : Ratio.Of(counts[TallyCounter.ResultDocumentsDigitized], counts[TallyCounter.ResultDocumentsIssued]);
        return new DigitizationIndicators
        {
            IntakeDigitized = intake,
            ResultsDigitized = results,
            ReusedData = Ratio.Of(counts[TallyCounter.ReusedDigitizedData], counts.ReceivedInPeriod),
        };
    }
}
