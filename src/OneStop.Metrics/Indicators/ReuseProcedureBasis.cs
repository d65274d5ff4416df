namespace OneStop.Metrics.Indicators;

/// <summary>Which procedures the procedure-level reuse rate (số TTHC sử dụng lại kết quả số hóa) is taken over.</summary>
public enum ReuseProcedureBasis
{
    /// <summary>Every procedure of the catalogue at that level (the default: "trên tổng số TTHC theo từng cấp").</summary>
    Catalogue = 0,

    /// <summary>The procedures of that level with at least one dossier received in the period.</summary>
    WithDossiers = 1,
}
