using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The input boundary for dossiers (tiếp nhận dữ liệu hồ sơ): screens a dossier set against reference data and
/// returns the dossiers that can be counted and the records that cannot, each with all its failures.
/// </summary>
/// <remarks>
/// <para>
/// Each record goes through <see cref="DossierRecordValidator"/> (codes <c>5xxx</c>),
/// <see cref="DossierReferenceValidator"/> (<c>OSM6002</c>–<c>OSM6008</c>) and the duplicate-id check
/// (<c>OSM6001</c>: the first record with an id keeps it, every later one is rejected, even when the first is
/// itself rejected for another reason). A record with an <see cref="IntakeSeverity.Error"/> is rejected; a record
/// whose failures are all warnings is accepted with them under <see cref="SoftCheckPolicy.Warn"/> and rejected
/// under <see cref="SoftCheckPolicy.Reject"/>.
/// </para>
/// <para>
/// Data errors never throw: every record read ends up in exactly one of <see cref="IntakeResult.Accepted"/> and
/// <see cref="IntakeResult.Rejected"/>. Only programming errors throw: a <see langword="null"/> argument or
/// element (<see cref="ArgumentNullException"/>). The records are read once, in order.
/// </para>
/// </remarks>
public static class DossierIntake
{
    /// <summary>Screens dossier records (from a reader) against reference data.</summary>
    /// <param name="reference">The reference data the records' codes resolve against.</param>
    /// <param name="records">The records, read once in order.</param>
    /// <param name="policy">What soft failures do; <see cref="IntakePolicy.Default"/> (warn) when <see langword="null"/>.</param>
    /// <returns>The accepted dossiers, the rejected records with their failures, and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/>, <paramref name="records"/> or one of its elements is <see langword="null"/>.</exception>
    public static IntakeResult Screen(ReferenceData reference, IEnumerable<DossierRecord> records, IntakePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(records);
        return Run(reference, Records(records), policy ?? IntakePolicy.Default);
    }

    /// <summary>
    /// Screens dossiers already in the domain form (for example built by code, or by a reader that builds
    /// <see cref="Dossier"/>s), as their <see cref="DossierRecord.From"/> records. An accepted dossier is the very
    /// instance given.
    /// </summary>
    /// <param name="reference">The reference data the dossiers' codes resolve against.</param>
    /// <param name="dossiers">The dossiers, read once in order.</param>
    /// <param name="policy">What soft failures do; <see cref="IntakePolicy.Default"/> (warn) when <see langword="null"/>.</param>
    /// <returns>The accepted dossiers, the rejected records with their failures, and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/>, <paramref name="dossiers"/> or one of its elements is <see langword="null"/>.</exception>
    public static IntakeResult Screen(ReferenceData reference, IEnumerable<Dossier> dossiers, IntakePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(dossiers);
        return Run(reference, Dossiers(dossiers), policy ?? IntakePolicy.Default);
    }

    private static IEnumerable<(DossierRecord Record, Dossier? Original)> Records(IEnumerable<DossierRecord> records)
    {
        var position = 0L;
        foreach (var record in records)
        {
            yield return (record ?? throw NullElement(nameof(records), position), null);
            position++;
        }
    }

    private static IEnumerable<(DossierRecord Record, Dossier? Original)> Dossiers(IEnumerable<Dossier> dossiers)
    {
        var position = 0L;
        foreach (var dossier in dossiers)
        {
            yield return (DossierRecord.From(dossier ?? throw NullElement(nameof(dossiers), position)), dossier);
            position++;
        }
    }

    private static ArgumentNullException NullElement(string parameterName, long position) =>
        new(parameterName, string.Create(CultureInfo.InvariantCulture, $"Element {position} of {parameterName} is null."));

    private static IntakeResult Run(ReferenceData reference, IEnumerable<(DossierRecord Record, Dossier? Original)> input,
        IntakePolicy policy)
    {
        var alone = DossierRecordValidator.Instance;
        var against = new DossierReferenceValidator(reference);
        var firstById = new Dictionary<string, (long Position, long? Line)>(StringComparer.Ordinal);
        var accepted = ImmutableArray.CreateBuilder<Dossier>();
        var rejected = ImmutableArray.CreateBuilder<RejectedRecord>();
        var warnings = ImmutableArray.CreateBuilder<IntakeFailure>();
        var rejectedByCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var warningsByCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var failures = new List<IntakeFailure>();
        var position = 0L;
        foreach (var (record, original) in input)
        {
            failures.Clear();
            var id = IsBlank(record.Id) ? null : record.Id;
            Failures.AddTo(failures, alone.Validate(Failures.ContextFor(record, position)).Errors, id, record.Line, position);
            Failures.AddTo(failures, against.Validate(Failures.ContextFor(record, position)).Errors, id, record.Line, position);
            if (id is not null)
            {
                if (firstById.TryGetValue(id, out var first))
                {
                    failures.Add(Duplicate(record, position, first));
                }
                else
                {
                    firstById.Add(id, (position, record.Line));
                }
            }

            var sorted = Failures.SortedByCode(failures);
            var hasError = Array.Exists(sorted, f => f.Severity == IntakeSeverity.Error);
            var hasWarning = Array.Exists(sorted, f => f.Severity == IntakeSeverity.Warning);
            if (policy.Rejects(hasError, hasWarning))
            {
                rejected.Add(new RejectedRecord(record, position, [.. sorted]));
                Count(rejectedByCode, sorted);
            }
            else
            {
                accepted.Add(original ?? record.ToDossierUnchecked());
                warnings.AddRange(sorted);
                Count(warningsByCode, sorted);
            }

            position++;
        }

        return new IntakeResult(accepted.ToImmutable(), rejected.ToImmutable(), warnings.ToImmutable(), position,
            rejectedByCode.ToImmutableSortedDictionary(StringComparer.Ordinal),
            warningsByCode.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static IntakeFailure Duplicate(DossierRecord record, long position, (long Position, long? Line) first)
    {
        var where = first.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"line {line}")
            : string.Create(CultureInfo.InvariantCulture, $"position {first.Position}");
        var failure = Failures.Create(ErrorCodes.DossierIdDuplicate, IntakeSeverity.Error, nameof(DossierRecord.Id), record.Id,
            DossierRecordValidator.Label(record, position), $"Id {Quoted(record.Id)} repeats the dossier at {where}");
        return Failures.Convert(failure, record.Id, record.Line, position);
    }

    /// <summary>Adds one to the count of each distinct code of a record's failures.</summary>
    internal static void Count(IDictionary<string, long> counts, IEnumerable<IntakeFailure> failures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            if (seen.Add(failure.Code))
            {
                counts[failure.Code] = checked(counts.TryGetValue(failure.Code, out var n) ? n + 1 : 1);
            }
        }
    }
}
