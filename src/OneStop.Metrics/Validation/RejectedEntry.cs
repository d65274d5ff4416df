using System.Collections.Immutable;

namespace OneStop.Metrics.Validation;

/// <summary>A reference entry (unit, department, field or procedure) that <see cref="ReferenceIntake"/> left out, with every failure found on it.</summary>
/// <typeparam name="T">The entry's type.</typeparam>
/// <param name="Entry">The entry as given.</param>
/// <param name="Position">Its 0-based position in its list.</param>
/// <param name="Failures">All its failures, ordered by code (rule order within a code); all are <see cref="IntakeSeverity.Error"/>s.</param>
public sealed record RejectedEntry<T>(T Entry, int Position, ImmutableArray<IntakeFailure> Failures);
