using System;

namespace OneStop.Metrics.Domain;

/// <summary>
/// What a dossier contributes to the digitization and reuse indicators (số hóa hồ sơ, kết quả giải quyết TTHC;
/// khai thác, sử dụng lại dữ liệu số hóa), per Decree 107/2021/NĐ-CP and Circular 01/2023/TT-VPCP.
/// </summary>
/// <remarks>
/// Contradictory combinations (digitized at intake but not subject to digitization, more digitized result
/// documents than documents) are data errors reported by the input validators, not exceptions here.
/// </remarks>
public readonly record struct DigitizationFacts
{
    /// <summary>
    /// Creates the facts of a dossier with nothing digitized and one result document, as <see cref="None"/>.
    /// (<see langword="default"/>(<see cref="DigitizationFacts"/>) instead has no result document at all.)
    /// </summary>
    public DigitizationFacts() => ResultDocuments = 1;

    /// <summary>
    /// Whether the dossier has components that must be digitized at intake (Circular 01/2023/TT-VPCP): the
    /// denominator of the intake digitization rate.
    /// </summary>
    public bool SubjectToDigitization { get; init; }

    /// <summary>Whether the dossier's components were digitized (scanned or born digital) at intake.</summary>
    public bool DigitizedAtIntake { get; init; }

    /// <summary>
    /// Whether the dossier reused already digitized data (earlier results, the applicant's data store, national
    /// databases) instead of asking for paper.
    /// </summary>
    public bool ReusedDigitizedData { get; init; }

    /// <summary>
    /// How many result documents (giấy tờ kết quả) resolving the dossier issues: usually one; more for
    /// interlinked procedure groups (e.g. birth registration + permanent residence + health-insurance card).
    /// Counted only for dossiers resolved in the reporting period.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int ResultDocuments { get; init => field = value >= 0 ? value : throw Negative(value); }

    /// <summary>How many of the <see cref="ResultDocuments"/> were issued with an electronic copy (kết quả số hóa).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int DigitizedResultDocuments { get; init => field = value >= 0 ? value : throw Negative(value); }

    /// <summary>Whether at least one result document was digitized.</summary>
    public bool ResultDigitized => DigitizedResultDocuments > 0;

    /// <summary>The facts of a dossier with nothing digitized and one (undigitized) result document.</summary>
    public static DigitizationFacts None => new();

    /// <summary>Creates the facts of a dossier whose resolution issues a single result document.</summary>
    /// <param name="subjectToDigitization">Whether the dossier must be digitized at intake.</param>
    /// <param name="digitizedAtIntake">Whether it was digitized at intake.</param>
    /// <param name="resultDigitized">Whether its result document was digitized.</param>
    /// <param name="reusedDigitizedData">Whether it reused digitized data.</param>
    /// <returns>The facts, with <see cref="ResultDocuments"/> = 1.</returns>
    public static DigitizationFacts Create(bool subjectToDigitization, bool digitizedAtIntake, bool resultDigitized,
        bool reusedDigitizedData) =>
        new()
        {
            SubjectToDigitization = subjectToDigitization,
            DigitizedAtIntake = digitizedAtIntake,
            ReusedDigitizedData = reusedDigitizedData,
            ResultDocuments = 1,
            DigitizedResultDocuments = resultDigitized ? 1 : 0,
        };

    /// <summary>Returns a copy that issues the given number of result documents, of which some are digitized.</summary>
    /// <param name="documents">Result documents issued on resolution, 0 to 1000.</param>
    /// <param name="digitized">How many of them were digitized, 0 to <paramref name="documents"/>.</param>
    /// <returns>The new facts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is outside its range.</exception>
    public DigitizationFacts WithResultDocuments(int documents, int digitized)
    {
        if (documents is < 0 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(documents), documents,
                $"Result documents must be between 0 and 1000; was {documents}.");
        }

        if (digitized < 0 || digitized > documents)
        {
            throw new ArgumentOutOfRangeException(nameof(digitized), digitized,
                $"Digitized result documents must be between 0 and {documents}; was {digitized}.");
        }

        return this with { ResultDocuments = documents, DigitizedResultDocuments = digitized };
    }

    private static ArgumentOutOfRangeException Negative(int value) =>
        new(nameof(value), value, $"A number of result documents must not be negative; was {value}.");
}
