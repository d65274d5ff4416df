using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Indicators;

/// <summary>The indicators of one department: the dossiers a one-stop department received, or a specialised department resolved.</summary>
/// <param name="Department">The department.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record DepartmentIndicators(Department Department, GroupIndicators Indicators);
