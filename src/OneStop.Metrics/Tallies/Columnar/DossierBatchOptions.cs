using System;
using OneStop.Metrics.Deadlines;

namespace OneStop.Metrics.Tallies.Columnar;

/// <summary>
/// How a <see cref="DossierBatch"/> is built: which due dates it stores and whether it keeps the dossier ids.
/// Immutable; safe to share between threads.
/// </summary>
/// <remarks>
/// A batch is tallied only under scopes that ask for the due dates it stores: <see cref="DueDates"/> must equal
/// <see cref="TallyScope.DueDates"/> and, for <see cref="DueDateSource.Computed"/>, <see cref="Deadlines"/> must
/// equal <see cref="TallyScope.Deadlines"/>. <see cref="For(TallyScope, bool)"/> takes both from a scope.
/// </remarks>
public sealed record DossierBatchOptions
{
    /// <summary>The default options: stored due dates, no dossier ids (the smallest batch; tallies without drill-down).</summary>
    public static DossierBatchOptions Default { get; } = new();

    /// <summary>
    /// Which due date each row keeps: the stored one (<see cref="DueDateSource.Stored"/>, the default) or the one
    /// computed under <see cref="Deadlines"/> when the batch is built (<see cref="DueDateSource.Computed"/>, which
    /// costs one <see cref="DeadlineCalculator"/> call per dossier at build time and none at tally time).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="DueDateSource"/>.</exception>
    public DueDateSource DueDates
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value,
                $"The due-date source must be Stored or Computed; was {(int)value}.");
    }

    /// <summary>The rules due dates are computed under when <see cref="DueDates"/> is <see cref="DueDateSource.Computed"/>. Default: <see cref="DeadlineRules.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public DeadlineRules Deadlines
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = DeadlineRules.Default;

    /// <summary>
    /// Whether the batch keeps each row's dossier id, so that its tallies can drill down
    /// (<see cref="TallyOptions.RecordDossierIds"/>). Off by default: one string reference per row (8 bytes), plus
    /// one string per row for rows added from character spans.
    /// </summary>
    public bool KeepDossierIds { get; init; }

    /// <summary>Options whose due dates match a scope: its <see cref="TallyScope.DueDates"/> and <see cref="TallyScope.Deadlines"/>.</summary>
    /// <param name="scope">The scope the batch will be tallied under.</param>
    /// <param name="keepDossierIds">Whether to keep the dossier ids (see <see cref="KeepDossierIds"/>).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    public static DossierBatchOptions For(TallyScope scope, bool keepDossierIds = false)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new DossierBatchOptions
        {
            DueDates = scope.DueDates,
            Deadlines = scope.Deadlines,
            KeepDossierIds = keepDossierIds,
        };
    }
}
