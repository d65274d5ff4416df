using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Indicators;

/// <summary>The indicators of one procedure field (lĩnh vực) at one level.</summary>
/// <param name="Field">The field.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record FieldIndicators(ProcedureField Field, GroupIndicators Indicators);
