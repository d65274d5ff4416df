namespace OneStop.Metrics.Indicators;

/// <summary>What the result digitization rate (số hóa kết quả giải quyết TTHC) counts.</summary>
public enum ResultDigitizationBasis
{
    /// <summary>
    /// Result documents: digitized result documents / result documents issued by the dossiers resolved in the
    /// period. The default: an interlinked procedure group issues several results per dossier, which is how the
    /// seed report counts 2.463 results for 2.462 resolved dossiers.
    /// </summary>
    ResultDocuments = 0,

    /// <summary>
    /// Dossiers: dossiers resolved in the period with at least one digitized result / dossiers resolved in the
    /// period (Decision 766/QĐ-TTg indicator 4.1 counts dossiers).
    /// </summary>
    Dossiers = 1,
}
