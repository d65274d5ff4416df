namespace OneStop.Metrics.Domain;

/// <summary>
/// A field of administrative procedures (lĩnh vực TTHC), such as <c>Tư pháp</c> or <c>Đất đai</c>: the grouping
/// by which the standard results table (Biểu 06) and online-intake figures are broken down.
/// </summary>
public sealed record ProcedureField
{
    /// <summary>The field's code, unique within a <see cref="ReferenceData"/> set.</summary>
    public required string Code { get; init; }

    /// <summary>The field's name as printed in reports (e.g. <c>Tài chính - Kế hoạch</c>).</summary>
    public required string Name { get; init; }
}
