using System.Collections.Immutable;

namespace OneStop.Metrics.Validation;

/// <summary>A dossier record the intake rejected (hồ sơ bị loại), with every failure found on it.</summary>
/// <param name="Record">The record as given.</param>
/// <param name="Position">Its 0-based position in the sequence screened.</param>
/// <param name="Failures">
/// All its failures, errors and warnings, ordered by code (rule order within a code); at least one is an
/// <see cref="IntakeSeverity.Error"/>, or a <see cref="IntakeSeverity.Warning"/> under <see cref="SoftCheckPolicy.Reject"/>.
/// </param>
public sealed record RejectedRecord(DossierRecord Record, long Position, ImmutableArray<IntakeFailure> Failures);
