using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Accumulates dossiers into a <see cref="DossierTally"/> in one pass. A builder is mutable and owned by one
/// thread; build one per partition and merge the tallies to use several threads.
/// </summary>
/// <remarks>
/// Every dossier added is counted in exactly one scope counter (carried over, received in the period, received
/// after it, ended before it) or rejected with a <see cref="TallyRejection"/>; data faults never throw.
/// </remarks>
public sealed class DossierTallyBuilder
{
    private readonly Dictionary<long, int> _slots = new();
    private readonly List<TallyRejection> _rejections = new();
    private readonly Dictionary<DrillKey, List<string>>? _ids;
    private readonly ReferenceData _reference;
    private readonly TallyScope _scope;
    private readonly ScopeDays _scopeDays;
    private readonly TallyOptions _options;
    private long[] _keys = new long[64];
    private CounterBuffer[] _buffers = new CounterBuffer[64];

    /// <summary>Creates an empty builder.</summary>
    /// <param name="reference">The reference data the dossiers' codes resolve against.</param>
    /// <param name="scope">The period, as-of date and comparison rule.</param>
    /// <param name="options">Options; <see cref="TallyOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> or <paramref name="scope"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reference data has more departments or procedures than a tally supports (2,097,150).</exception>
    public DossierTallyBuilder(ReferenceData reference, TallyScope scope, TallyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(scope);
        CellKey.EnsureFits(reference.Departments.Length, "departments");
        CellKey.EnsureFits(reference.Procedures.Length, "procedures");
        _reference = reference;
        _scope = scope;
        _scopeDays = new ScopeDays(scope);
        _options = options ?? TallyOptions.Default;
        if (_options.RecordDossierIds)
        {
            _ids = new Dictionary<DrillKey, List<string>>();
        }
    }

    /// <summary>The number of dossiers added so far, counted or rejected.</summary>
    public long Added { get; private set; }

    /// <summary>Adds one dossier: counts it, or records why it cannot be counted.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is <see langword="null"/>.</exception>
    public void Add(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Added++;
        if (!TryResolve(dossier, out var key))
        {
            return;
        }

        var procedure = _reference.Procedures[CellKey.Procedure(key)];
        var row = DossierRow.From(dossier, key, procedure.OnlineService, _scope.DueOf(dossier, procedure));
        Span<CounterHit> hits = stackalloc CounterHit[DossierClassifier.MaxHits];
        var count = DossierClassifier.Classify(row, _scopeDays, hits);
        var slot = Slot(key);
        ref var buffer = ref _buffers[slot];
        for (var i = 0; i < count; i++)
        {
            var hit = hits[i];
            buffer[(int)hit.Counter] = checked(buffer[(int)hit.Counter] + hit.Amount);
            if (_ids is not null)
            {
                var drill = new DrillKey(key, hit.Counter);
                if (!_ids.TryGetValue(drill, out var list))
                {
                    list = new List<string>();
                    _ids.Add(drill, list);
                }

                list.Add(dossier.Id);
            }
        }
    }

    /// <summary>Adds every dossier of a sequence, in order.</summary>
    /// <param name="dossiers">The dossiers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or one of its elements is <see langword="null"/>.</exception>
    public void AddRange(IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        foreach (var dossier in dossiers)
        {
            Add(dossier);
        }
    }

    /// <summary>Returns an immutable tally of what has been added; the builder can go on being used.</summary>
    /// <returns>The tally.</returns>
    public DossierTally ToTally()
    {
        var cells = _slots.Count;
        var order = new int[cells];
        var keys = new long[cells];
        for (var i = 0; i < cells; i++)
        {
            order[i] = i;
            keys[i] = _keys[i];
        }

        Array.Sort(keys, order);
        var counts = new DossierCounts[cells];
        for (var i = 0; i < cells; i++)
        {
            counts[i] = new DossierCounts(_buffers[order[i]]);
        }

        var rejections = _rejections.ToArray();
        Array.Sort(rejections, TallyRejection.CanonicalOrder);

        Dictionary<DrillKey, string[]>? ids = null;
        if (_ids is not null)
        {
            ids = new Dictionary<DrillKey, string[]>(_ids.Count);
            foreach (var (drill, list) in _ids)
            {
                var sorted = list.ToArray();
                Array.Sort(sorted, StringComparer.Ordinal);
                ids.Add(drill, sorted);
            }
        }

        return new DossierTally(_reference, _scope, keys, counts, ImmutableArray.Create(rejections), ids);
    }

    private int Slot(long key)
    {
        if (_slots.TryGetValue(key, out var slot))
        {
            return slot;
        }

        slot = _slots.Count;
        if (slot == _keys.Length)
        {
            Array.Resize(ref _keys, slot * 2);
            Array.Resize(ref _buffers, slot * 2);
        }

        _keys[slot] = key;
        _slots.Add(key, slot);
        return slot;
    }

    private bool TryResolve(Dossier dossier, out long key)
    {
        key = 0;
        var id = dossier.Id;
        if (!_reference.TryGetProcedureIndex(dossier.ProcedureCode ?? string.Empty, out var procedure))
        {
            return Reject(id, RejectionReason.UnknownProcedure, nameof(Dossier.ProcedureCode), dossier.ProcedureCode,
                "is not in the procedure catalogue");
        }

        if (!_reference.TryGetDepartmentIndex(dossier.ReceivingDepartmentCode ?? string.Empty, out var oneStop))
        {
            return Reject(id, RejectionReason.UnknownReceivingDepartment, nameof(Dossier.ReceivingDepartmentCode),
                dossier.ReceivingDepartmentCode, "is not among the departments");
        }

        if (_reference.Departments[oneStop].Kind != DepartmentKind.OneStop)
        {
            return Reject(id, RejectionReason.ReceivingDepartmentNotOneStop, nameof(Dossier.ReceivingDepartmentCode),
                dossier.ReceivingDepartmentCode, "is a specialised department, not a one-stop department");
        }

        var resolving = -1;
        if (dossier.ResolvingDepartmentCode is { } resolvingCode)
        {
            if (!_reference.TryGetDepartmentIndex(resolvingCode, out resolving))
            {
                return Reject(id, RejectionReason.UnknownResolvingDepartment, nameof(Dossier.ResolvingDepartmentCode),
                    resolvingCode, "is not among the departments");
            }

            if (_reference.Departments[resolving].Kind != DepartmentKind.Specialised)
            {
                return Reject(id, RejectionReason.ResolvingDepartmentNotSpecialised,
                    nameof(Dossier.ResolvingDepartmentCode), resolvingCode,
                    "is a one-stop department, not a specialised department");
            }
        }

        if (!Enum.IsDefined(dossier.Channel))
        {
            return Reject(id, RejectionReason.UndefinedChannel, nameof(Dossier.Channel), ((int)dossier.Channel).ToString(
                CultureInfo.InvariantCulture), "is not a defined intake channel (InPerson, Online, Postal)");
        }

        if (dossier.ReceivedAt.Calendar != CalendarSystem.Iso)
        {
            return Reject(id, RejectionReason.NonIsoCalendar, nameof(Dossier.ReceivedAt),
                string.Create(CultureInfo.InvariantCulture, $"{dossier.ReceivedAt:yyyy-MM-ddTHH:mm:ss} ({dossier.ReceivedAt.Calendar.Id})"),
                "is not in the ISO calendar");
        }

        if (dossier.DueAt is { } due && due.Calendar != CalendarSystem.Iso)
        {
            return Reject(id, RejectionReason.NonIsoCalendar, nameof(Dossier.DueAt),
                string.Create(CultureInfo.InvariantCulture, $"{due:yyyy-MM-ddTHH:mm:ss} ({due.Calendar.Id})"),
                "is not in the ISO calendar");
        }

        key = CellKey.Pack(oneStop, resolving, procedure);
        return true;
    }

    private bool Reject(string? id, RejectionReason reason, string field, string? value, string problem)
    {
        var shownId = id ?? "(no id)";
        var shownValue = value is null ? "null" : $"'{value}'";
        _rejections.Add(new TallyRejection(shownId, reason,
            $"Dossier '{shownId}': {field} {shownValue} {problem}."));
        return false;
    }
}
