using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies.Columnar;

public sealed partial class DossierBatch
{
    /// <summary>
    /// Appends dossiers to a new <see cref="DossierBatch"/> one at a time — from objects
    /// (<see cref="Add(Dossier)"/>), or from a streaming reader's fields without allocating per accepted row
    /// (<see cref="Add(in DossierFields)"/>, or <see cref="AddResolved"/> when the reader has resolved the codes) —
    /// then hands the columns over with <see cref="Build"/>. Mutable and owned by one thread; after
    /// <see cref="Build"/>, every member but <see cref="Rejected"/> throws <see cref="InvalidOperationException"/>.
    /// </summary>
    /// <remarks>
    /// Each dossier is resolved and checked exactly as <see cref="DossierTallyBuilder.Add"/> does (same rules, same
    /// rejection messages) and reduced to one row, with its due date taken or computed per
    /// <see cref="DossierBatchOptions.DueDates"/>. Adding is amortised O(1): a hash lookup per code and per cell,
    /// and the columns double when full (pass a capacity to avoid that).
    /// </remarks>
    public sealed class Builder
    {
        private readonly ReferenceData _reference;
        private readonly DossierBatchOptions _options;
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _procedures;
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _departments;
        private readonly CellTable _cells = new();
        private readonly CodeLookup _codes;
        private readonly List<TallyRejection> _rejections = new();
        private BatchColumns? _columns;

        /// <summary>Creates an empty builder.</summary>
        /// <param name="reference">The reference data the dossiers' codes resolve against.</param>
        /// <param name="options">Options; <see cref="DossierBatchOptions.Default"/> when <see langword="null"/>.</param>
        /// <param name="capacity">How many rows to make room for up front (a hint; 0 to grow as needed).</param>
        /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">
        /// <paramref name="capacity"/> is negative or above <see cref="Array.MaxLength"/>, or the reference data has
        /// more departments or procedures than a tally supports (2,097,150).
        /// </exception>
        public Builder(ReferenceData reference, DossierBatchOptions? options = null, int capacity = 0)
        {
            ArgumentNullException.ThrowIfNull(reference);
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, Array.MaxLength);
            CellKey.EnsureFits(reference.Departments.Length, "departments");
            CellKey.EnsureFits(reference.Procedures.Length, "procedures");
            _reference = reference;
            _codes = new CodeLookup(reference);
            _options = options ?? DossierBatchOptions.Default;
            _procedures = IndexByCode(reference.Procedures, p => p.Code);
            _departments = IndexByCode(reference.Departments, d => d.Code);
            _columns = new BatchColumns(capacity, _options.KeepDossierIds);
        }

        /// <summary>The number of dossiers added so far, stored or rejected.</summary>
        /// <exception cref="InvalidOperationException">The batch was already built.</exception>
        public long Added => (long)Count + _rejections.Count;

        /// <summary>The number of dossiers stored so far (the batch's rows).</summary>
        /// <exception cref="InvalidOperationException">The batch was already built.</exception>
        public int Count => Columns.Count;

        /// <summary>The number of dossiers rejected so far.</summary>
        public int Rejected => _rejections.Count;

        private BatchColumns Columns => _columns ?? throw new InvalidOperationException(
            "This builder has already built its batch; create a new builder for more dossiers.");

        /// <summary>Adds one dossier object: stores it as a row, or records why it cannot be counted.</summary>
        /// <param name="dossier">The dossier.</param>
        /// <returns><see langword="true"/> when stored; <see langword="false"/> when rejected (see <see cref="DossierBatch.Rejections"/>).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is <see langword="null"/>.</exception>
        /// <exception cref="InvalidOperationException">The batch was already built, or holds <see cref="Array.MaxLength"/> rows.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A computed due date falls outside the working-day calendar's range.</exception>
        /// <exception cref="OverflowException">The dossier issues more than 65,535 result documents.</exception>
        public bool Add(Dossier dossier)
        {
            ArgumentNullException.ThrowIfNull(dossier);
            var columns = Columns;
            if (DossierResolver.Check(_codes, dossier, out var procedure, out var receiving, out var resolving) is { } reason)
            {
                _rejections.Add(DossierResolver.Reject(reason, dossier));
                return false;
            }

            var catalogued = _reference.Procedures[procedure];
            var due = TallyScope.DueOf(_options.DueDates, _options.Deadlines, catalogued, dossier.ReceivedAt,
                dossier.Channel, dossier.DueAt, dossier.Supplements, dossier.Reappointments, out var outsideCalendar);
            if (outsideCalendar)
            {
                _rejections.Add(DossierResolver.Reject(RejectionReason.DueDateOutsideCalendar, dossier));
                return false;
            }

            var row = DossierRow.From(dossier, catalogued.OnlineService, due);
            columns.Append(_cells.IdOf(CellKey.Pack(receiving, resolving, procedure)), row, dossier.Id);
            return true;
        }

        /// <summary>
        /// Adds one dossier given by its fields: stores it as a row, or records why it cannot be counted. Resolves the
        /// codes from the spans (ordinal comparison) and allocates nothing for a stored row unless ids are kept.
        /// </summary>
        /// <param name="fields">The dossier's fields; an empty resolving department code means none.</param>
        /// <returns><see langword="true"/> when stored; <see langword="false"/> when rejected (see <see cref="DossierBatch.Rejections"/>).</returns>
        /// <exception cref="InvalidOperationException">The batch was already built, or holds <see cref="Array.MaxLength"/> rows.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A computed due date falls outside the working-day calendar's range.</exception>
        /// <exception cref="OverflowException">The dossier issues more than 65,535 result documents.</exception>
        public bool Add(in DossierFields fields)
        {
            var procedure = _procedures.TryGetValue(fields.ProcedureCode, out var p) ? p : -1;
            var receiving = _departments.TryGetValue(fields.ReceivingDepartmentCode, out var r) ? r : -1;
            var hasResolving = !fields.ResolvingDepartmentCode.IsEmpty;
            var resolving = hasResolving && _departments.TryGetValue(fields.ResolvingDepartmentCode, out var s) ? s : -1;
            return Store(fields, procedure, receiving, hasResolving, resolving, codesResolved: false);
        }

        /// <summary>
        /// Adds one dossier whose codes the caller has already resolved to reference-data indices (a reader that keeps
        /// its own code table): as <see cref="Add(in DossierFields)"/> without the three code lookups. The code
        /// spans of <paramref name="fields"/> are not read; rejection messages name the codes at these indices.
        /// </summary>
        /// <param name="fields">The dossier's other fields.</param>
        /// <param name="procedureIndex">The procedure's index in <see cref="ReferenceData.Procedures"/>.</param>
        /// <param name="receivingDepartmentIndex">The receiving department's index in <see cref="ReferenceData.Departments"/>.</param>
        /// <param name="resolvingDepartmentIndex">The resolving department's index in <see cref="ReferenceData.Departments"/>, or -1 for none.</param>
        /// <returns>
        /// <see langword="true"/> when stored; <see langword="false"/> when rejected (a department of the wrong kind,
        /// an undefined channel, a time outside the ISO calendar).
        /// </returns>
        /// <exception cref="ArgumentOutOfRangeException">
        /// An index is outside its list, or a computed due date falls outside the working-day calendar's range.
        /// </exception>
        /// <exception cref="InvalidOperationException">The batch was already built, or holds <see cref="Array.MaxLength"/> rows.</exception>
        /// <exception cref="OverflowException">The dossier issues more than 65,535 result documents.</exception>
        public bool AddResolved(in DossierFields fields, int procedureIndex, int receivingDepartmentIndex,
            int resolvingDepartmentIndex)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(procedureIndex);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(procedureIndex, _reference.Procedures.Length);
            ArgumentOutOfRangeException.ThrowIfNegative(receivingDepartmentIndex);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(receivingDepartmentIndex, _reference.Departments.Length);
            ArgumentOutOfRangeException.ThrowIfLessThan(resolvingDepartmentIndex, -1);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(resolvingDepartmentIndex, _reference.Departments.Length);
            return Store(fields, procedureIndex, receivingDepartmentIndex, resolvingDepartmentIndex >= 0,
                resolvingDepartmentIndex, codesResolved: true);
        }

        private bool Store(in DossierFields fields, int procedure, int receiving, bool hasResolving, int resolving,
            bool codesResolved)
        {
            var columns = Columns;
            if (DossierResolver.Check(_codes.DepartmentKinds, procedure, receiving, hasResolving, resolving, fields.Channel,
                    fields.ReceivedAt, fields.DueAt) is { } reason)
            {
                _rejections.Add(codesResolved
                    ? DossierResolver.Reject(reason, fields.Id.ToString(), _reference.Procedures[procedure].Code,
                        _reference.Departments[receiving].Code, hasResolving ? _reference.Departments[resolving].Code : null,
                        fields.Channel, fields.ReceivedAt, fields.DueAt)
                    : DossierResolver.Reject(reason, fields.Id.ToString(), fields.ProcedureCode.ToString(),
                        fields.ReceivingDepartmentCode.ToString(), hasResolving ? fields.ResolvingDepartmentCode.ToString() : null,
                        fields.Channel, fields.ReceivedAt, fields.DueAt));
                return false;
            }

            var catalogued = _reference.Procedures[procedure];
            var due = TallyScope.DueOf(_options.DueDates, _options.Deadlines, catalogued, fields.ReceivedAt,
                fields.Channel, fields.DueAt, fields.Supplements, fields.Reappointments, out var outsideCalendar);
            if (outsideCalendar)
            {
                _rejections.Add(DossierResolver.Reject(RejectionReason.DueDateOutsideCalendar, fields.Id.ToString(),
                    catalogued.Code, _reference.Departments[receiving].Code, hasResolving ? _reference.Departments[resolving].Code : null,
                    fields.Channel, fields.ReceivedAt, fields.DueAt));
                return false;
            }

            var row = DossierRow.From(fields.ReceivedAt, due, fields.Outcome, fields.Channel, fields.Digitization,
                fields.ReceivedRegardlessOfBoundary, catalogued.OnlineService);
            columns.Append(_cells.IdOf(CellKey.Pack(receiving, resolving, procedure)), row,
                _options.KeepDossierIds ? fields.Id.ToString() : null);
            return true;
        }

        /// <summary>
        /// Returns the batch of everything added and ends the builder: the columns are handed over, not copied, so a
        /// batch of hundreds of millions of rows is never held twice. O(r log r) for r rejections and c log c for c cells.
        /// </summary>
        /// <returns>The batch.</returns>
        /// <exception cref="InvalidOperationException">The batch was already built.</exception>
        public DossierBatch Build()
        {
            var columns = Columns;
            _columns = null;
            var rejections = _rejections.ToArray();
            Array.Sort(rejections, TallyRejection.CanonicalOrder);
            return new DossierBatch(_reference, _options, columns, _cells.Keys.AsSpan(0, _cells.Count).ToArray(),
                ImmutableArray.Create(rejections));
        }

        private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> IndexByCode<T>(
            ImmutableArray<T> items, Func<T, string> code)
        {
            var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
            for (var i = 0; i < items.Length; i++)
            {
                index.Add(code(items[i]), i);
            }

            return index.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }
}
