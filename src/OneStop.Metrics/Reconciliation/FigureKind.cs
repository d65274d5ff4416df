namespace OneStop.Metrics.Reconciliation;

/// <summary>What a published figure (số liệu đã công bố) holds: a count, an <c>x/y</c> ratio, or a list of names.</summary>
public enum FigureKind
{
    /// <summary>A count (số lượng), e.g. <c>2.560</c> dossiers or <c>03</c> departments: <see cref="PublishedFigure.Count"/> is set.</summary>
    Count = 0,

    /// <summary>
    /// A ratio <c>x/y</c> (tỷ lệ), with or without a printed rate, e.g. <c>2.498/2.531 đạt tỷ lệ 98,70%</c>:
    /// <see cref="PublishedFigure.Numerator"/> and <see cref="PublishedFigure.Denominator"/> are set.
    /// </summary>
    Ratio = 1,

    /// <summary>
    /// A list of named units or procedures (danh sách), e.g. the departments that digitize:
    /// <see cref="PublishedFigure.Names"/> is set.
    /// </summary>
    Names = 2,
}
