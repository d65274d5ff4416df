using System.Collections.Immutable;

namespace OneStop.Metrics.Printing;

/// <summary>One section of a printed report: its title and its lines.</summary>
/// <param name="Title">The section title, e.g. <c>4. Đổi mới việc giám sát, đánh giá chất lượng giải quyết TTHC</c>.</param>
/// <param name="Lines">The lines, in order.</param>
public sealed record PrintedSection(string Title, ImmutableArray<string> Lines);
