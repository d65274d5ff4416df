using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentValidation.Results;
using nietras.SeparatedValues;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// One streaming read of a dossier file into a tally, in two stages over blocks of <see cref="RowBlock.Capacity"/>
/// rows. <b>Read</b> (the calling thread): Sep's rows, the allocation-free parse and the cheap check; for the rare
/// row that fails it, its record, cell failures and the core's validators. <b>Fold</b> (a second thread, or the
/// calling one): in row order, the duplicate check, the decision under the policy, the fold of accepted rows into
/// the tally, the counts, the kept failures and the rejected-rows writer. Single use.
/// </summary>
internal sealed class DossierCsvReader
{
    private const int ProgressRows = 1 << 16;


    private readonly ReferenceData _reference;
    private readonly TallyScope _scope;
    private readonly CsvReadOptions _options;
    private readonly ReferenceIndex _index;
    private readonly DossierRecordValidator _alone = new();
    private readonly DossierReferenceValidator _against;
    private readonly IdSet? _ids;
    private readonly IDossierFold _fold;
    private readonly ConcurrentQueue<RowBlock> _freeBlocks = new();
    private readonly ImmutableArray<IntakeFailure>.Builder _kept = ImmutableArray.CreateBuilder<IntakeFailure>();
    private readonly SortedDictionary<string, long> _rejectedByCode = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _warningsByCode = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codesOfRow = new(StringComparer.Ordinal);
    private RejectedRowWriter? _rejectedWriter;
    private long _rowsProduced;
    private long _rowsRead;
    private long _accepted;
    private long _rejected;
    private long _failureCount;
    private long _rowsWithWarnings;
    private long _rowLines;
    private long _blankLines;

    public DossierCsvReader(ReferenceData reference, TallyScope scope, CsvReadOptions options)
    {
        _reference = reference;
        _scope = scope;
        _options = options;
        _index = new ReferenceIndex(reference);
        _against = new DossierReferenceValidator(reference);
        _ids = options.DuplicateIds == DuplicateIdCheck.Off ? null : new IdSet(options.DuplicateIds == DuplicateIdCheck.HashedWithLines);
        _fold = options.ColumnarFold
            ? new BatchFold(reference, scope, options.TallyOptions)
            : new ObjectFold(reference, scope, options.TallyOptions);
    }

    /// <summary>Reads a dossier file.</summary>
    /// <param name="text">The text.</param>
    /// <param name="length">The length of the text in bytes when known (to size the duplicate check once), else <see langword="null"/>.</param>
    public CsvTallyResult Read(TextReader text, long? length)
    {
        var guard = new LineGuard(text, _options.Separator, _options.Limits);
        var headerFailures = new List<IntakeFailure>();
        var fileFailures = new List<IntakeFailure>();
        if (guard.Peek() < 0)
        {
            headerFailures.Add(DossierLayout.EmptyFile());
            return Refused(guard, headerFailures, fileFailures, null, _options.Separator ?? DossierCsvSchema.DefaultSeparator);
        }

        var separator = guard.Separator ?? DossierCsvSchema.DefaultSeparator;
        using var reader = CsvText.ReaderOptions(separator, hasHeader: false).From(guard, leaveOpen: true);
        reader.MoveNext();
        var headers = CsvText.Cells(reader.Current);
        var headerLines = 1L;
        while (guard.TryTakeAt(HeaderResolver.HeaderLine, out var found))
        {
            if (found.Rejects)
            {
                fileFailures.Add(GuardFailure(found, header: true));
            }
            else
            {
                headerLines = found.Lines;
                headerFailures.Add(GuardFailure(found, header: true));
            }
        }

        DossierLayout? layout = null;
        if (fileFailures.Count == 0 && CsvText.OnlyBlankLines(headers, reader))
        {
            headerFailures.Add(DossierLayout.EmptyFile());
        }
        else if (fileFailures.Count == 0)
        {
            layout = ResolveHeader(headers, headerFailures, fileFailures);
        }

        if (layout is null || fileFailures.Exists(f => f.Severity == IntakeSeverity.Error)
            || headerFailures.Exists(f => f.Severity == IntakeSeverity.Error))
        {
            return Refused(guard, headerFailures, fileFailures, layout, separator);
        }

        if (_options.RejectedRowsWriter is { } writer)
        {
            _rejectedWriter = new RejectedRowWriter(writer);
        }

        var parser = new DossierRowParser(layout, _index, _options.DateOrder);
        if (_options.UseSecondThread)
        {
            ReadAndFoldOnTwoThreads(reader, guard, parser, length);
        }
        else
        {
            ReadBlocks(reader, guard, parser, length, block =>
            {
                FoldBlock(block);
                Return(block);
            });
        }

        _rejectedWriter?.Flush();
        _options.Progress?.Report(_rowsRead);
        var tally = _fold.Finish();
        if (parser.Dates.Mismatch(_options.DateOrder) is { } mismatch)
        {
            fileFailures.Add(mismatch);
            tally = DossierTally.Empty(_reference, _scope, _options.TallyOptions);
        }

        var lines = new LineCounts(guard.PhysicalLines, headerLines, _rowLines, _blankLines - guard.BlankedLines);
        return new CsvTallyResult(tally, _rowsRead, _accepted, _rejected,
            _rejectedByCode.ToImmutableSortedDictionary(StringComparer.Ordinal),
            _warningsByCode.ToImmutableSortedDictionary(StringComparer.Ordinal),
            _kept.ToImmutable(), _failureCount, [.. headerFailures], layout.Found(), separator, lines, [.. fileFailures],
            _rowsWithWarnings);
    }

    /// <summary>The result for a file refused before it could be decoded (encoding, binary content): nothing read.</summary>
    public CsvTallyResult Refuse(IntakeFailure refusal) =>
        new(DossierTally.Empty(_reference, _scope, _options.TallyOptions), 0, 0, 0,
            ImmutableSortedDictionary<string, long>.Empty, ImmutableSortedDictionary<string, long>.Empty, [], 0, [],
            ImmutableSortedDictionary<DossierColumn, string>.Empty, _options.Separator ?? DossierCsvSchema.DefaultSeparator,
            default, [refusal], 0);

    /// <summary>
    /// Resolves the header line: a header with control characters or undecodable text is binary content
    /// (<c>OSM9016</c>); otherwise the layout with its failures (a line that names no column is <c>OSM9022</c>).
    /// </summary>
    private DossierLayout? ResolveHeader(string[] headers, List<IntakeFailure> headerFailures, List<IntakeFailure> fileFailures)
    {
        if (HeaderResolver.BinaryContent(headers, "Header") is { } binary)
        {
            fileFailures.Add(binary);
            return null;
        }

        return DossierLayout.Resolve(headers, _options.ColumnMapping, headerFailures);
    }

    /// <summary>A refused file: nothing folded; the rest of the text read only to count its lines.</summary>
    private CsvTallyResult Refused(LineGuard guard, List<IntakeFailure> headerFailures, List<IntakeFailure> fileFailures,
        DossierLayout? layout, char separator)
    {
        Span<char> scratch = stackalloc char[4096];
        while (guard.Read(scratch) > 0)
        {
        }

        var headerLines = guard.PhysicalLines == 0 ? 0 : 1;
        var lines = new LineCounts(guard.PhysicalLines, headerLines, 0, guard.PhysicalLines - headerLines);
        return new CsvTallyResult(DossierTally.Empty(_reference, _scope, _options.TallyOptions), 0, 0, 0,
            ImmutableSortedDictionary<string, long>.Empty, ImmutableSortedDictionary<string, long>.Empty, [], 0,
            [.. headerFailures], layout?.Found() ?? ImmutableSortedDictionary<DossierColumn, string>.Empty, separator, lines,
            [.. fileFailures], 0);
    }

    /// <summary>The failure of a row the guard rejected or warned of.</summary>
    private IntakeFailure GuardFailure(in GuardEvent found, bool header) =>
        GuardFailures.Of(found, header ? "Header (line 1)" : string.Create(CultureInfo.InvariantCulture, $"Row at line {found.Line}"),
            _options.MaxRowChars);

    private void ReadAndFoldOnTwoThreads(SepReader reader, LineGuard guard, DossierRowParser parser, long? length)
    {
        using var full = new BlockingCollection<RowBlock>(boundedCapacity: 2);
        using var stop = new CancellationTokenSource();
        var folder = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var block in full.GetConsumingEnumerable(stop.Token))
                {
                    FoldBlock(block);
                    Return(block);
                }
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            ReadBlocks(reader, guard, parser, length, block => full.Add(block, stop.Token));
            full.CompleteAdding();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The folder failed and stopped the read: its exception is rethrown below.
        }
        catch
        {
            stop.Cancel();
            try
            {
                folder.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The read's own exception is the one to report.
            }

            throw;
        }

        folder.GetAwaiter().GetResult();
    }

    /// <summary>
    /// The read stage: fills blocks of parsed rows and hands each full one to <paramref name="emit"/>. The guard's
    /// rejected rows enter the blocks in line order among Sep's rows; blank rows are counted, not read.
    /// </summary>
    private void ReadBlocks(SepReader reader, LineGuard guard, DossierRowParser parser, long? length, Action<RowBlock> emit)
    {
        var block = Rent();
        var firstChars = 0L;
        foreach (var row in reader)
        {
            if (!AddRow(row, guard, parser, ref block, emit))
            {
                continue;
            }

            if (block.FirstPosition == 0)
            {
                firstChars += row.Span.Length + 1;
            }

            if (block.Count == RowBlock.Capacity)
            {
                if (block.FirstPosition == 0 && length is { } bytes)
                {
                    // Rows in the stream ≈ its bytes ÷ the first block's characters per row (one byte each in ASCII).
                    block.ExpectedRows = bytes * RowBlock.Capacity / Math.Max(1, firstChars);
                }

                emit(block);
                block = Rent();
            }
        }

        while (guard.TryTakeBefore(long.MaxValue, out var rejected))
        {
            AddGuardRow(ref block, rejected, emit);
        }

        if (block.Count > 0)
        {
            emit(block);
        }
        else
        {
            Return(block);
        }
    }

    /// <summary>
    /// Reads one of Sep's rows into <paramref name="block"/>, after the rows the guard rejected before it. A method of
    /// its own, called per row, so that the runtime optimizes it fully (a loop in a method called once runs as
    /// on-stack-replacement code).
    /// </summary>
    /// <returns>Whether the row was added (a blank row is only counted).</returns>
    private bool AddRow(SepReader.Row row, LineGuard guard, DossierRowParser parser, ref RowBlock block, Action<RowBlock> emit)
    {
        var line = (long)row.LineNumberFrom;
        while (guard.TryTakeBefore(line, out var rejected))
        {
            AddGuardRow(ref block, rejected, emit);
        }

        // A row is one line unless the guard warned that it spans several (the lines come from the guard, which
        // counted them, rather than from Sep's row, which would count them again).
        var hasWarning = guard.TryTakeWarningAt(line, out var warning);
        var rowLines = hasWarning ? warning.Lines : 1;
        if (CsvText.IsBlank(row))
        {
            _blankLines += rowLines;
            return false;
        }

        _rowLines += rowLines;
        var k = block.Count;
        ref var parsed = ref block.Rows[k];
        parser.Parse(row, line, out parsed);
        block.Lines[k] = line;
        parsed.Clean = parsed.IsClean(_index);
        block.SetId(k, parsed.HasId ? parser.IdCell(row) : default);
        if (!parsed.Clean || hasWarning)
        {
            parsed.Clean = false;
            var slow = Screen(parser, row, parsed, line, block.FirstPosition + k);
            if (hasWarning)
            {
                slow.Failures.Add(GuardFailure(warning, header: false) with { RecordId = slow.Id, Position = block.FirstPosition + k });
            }

            block.Slow[k] = slow;
        }

        block.Count = k + 1;
        return true;
    }

    /// <summary>Adds a row the guard rejected: no cell was read, its failure decides it.</summary>
    private void AddGuardRow(ref RowBlock block, in GuardEvent rejected, Action<RowBlock> emit)
    {
        _rowLines += rejected.Lines;
        var k = block.Count;
        block.Rows[k] = default;
        block.Lines[k] = rejected.Line;
        block.SetId(k, default);
        block.Slow[k] = new SlowRow([GuardFailure(rejected, header: false) with { Position = block.FirstPosition + k }], null);
        block.Count = k + 1;
        if (block.Count == RowBlock.Capacity)
        {
            emit(block);
            block = Rent();
        }
    }

    /// <summary>
    /// The slow path of the read stage: the row's cell failures, or, when every cell was read, the core's validators
    /// (the duplicate check comes later, in the fold).
    /// </summary>
    private SlowRow Screen(DossierRowParser parser, SepReader.Row row, in ParsedDossier parsed, long line, long position)
    {
        var failures = new List<IntakeFailure>();
        if (parsed.WrongCellCount)
        {
            var failure = parser.WrongCellCount(row, line, position);
            failures.Add(failure);
            return new SlowRow(failures, failure.RecordId);
        }

        var record = parser.ToRecord(row, parsed, line, position, failures);
        if (parsed.FailedCells == 0)
        {
            // A row with an unreadable cell is rejected for it alone: the rules would see a value missing or
            // defaulted and report consequences of the bad cell, not of the data.
            var id = string.IsNullOrWhiteSpace(record.Id) ? null : record.Id;
            Add(failures, _alone.Validate(record), id, line, position);
            Add(failures, _against.Validate(record), id, line, position);
        }

        return new SlowRow(failures, record.Id);
    }

    /// <summary>The fold stage, in row order.</summary>
    private void FoldBlock(RowBlock block)
    {
        var rows = block.Rows;
        var count = block.Count;
        if (_ids is not null)
        {
            if (block.ExpectedRows is { } expected)
            {
                _ids.Reserve(expected);
            }

            // Ask for the duplicate check's slots for the whole block first: the misses overlap instead of queuing.
            for (var k = 0; k < count; k++)
            {
                if (rows[k].HasId)
                {
                    rows[k].Fingerprint = IdFingerprint.Of(block.Id(k));
                    _ids.Prefetch(rows[k].Fingerprint);
                }
            }
        }

        for (var k = 0; k < count; k++)
        {
            ref var parsed = ref rows[k];
            var duplicate = false;
            var firstLine = 0L;
            if (_ids is not null && parsed.HasId)
            {
                duplicate = !_ids.TryAdd(parsed.Fingerprint, block.Lines[k], out firstLine);
            }

            if (parsed.Clean && !duplicate)
            {
                Fold(parsed, block.Id(k));
                _accepted++;
            }
            else
            {
                Decide(block, k, duplicate, firstLine);
            }

            if (++_rowsRead % ProgressRows == 0)
            {
                _options.Progress?.Report(_rowsRead);
            }
        }
    }

    /// <summary>A row that failed the cheap check or repeats an id: its failures, sorted by code, decide it under the policy.</summary>
    private void Decide(RowBlock block, int k, bool duplicate, long firstLine)
    {
        var line = block.Lines[k];
        var position = block.FirstPosition + k;
        var slow = block.Slow[k];
        var failures = slow?.Failures ?? [];
        var id = slow is null ? block.Id(k).ToString() : slow.Id;
        if (duplicate)
        {
            failures.Add(new IntakeFailure(ErrorCodes.DossierIdDuplicate, IntakeSeverity.Error, nameof(DossierRecord.Id),
                id, FailureText.DossierLabel(id, line)
                + (_ids!.KeepsLines
                    ? string.Create(CultureInfo.InvariantCulture, $": Id '{PrintableText.Of(id)}' repeats the dossier at line {firstLine}.")
                    : $": Id '{PrintableText.Of(id)}' repeats an earlier dossier."),
                id, line, position));
        }

        var sorted = failures.OrderBy(f => f.Code, StringComparer.Ordinal).ToArray();
        var hasError = Array.Exists(sorted, f => f.Severity == IntakeSeverity.Error);
        var hasWarning = Array.Exists(sorted, f => f.Severity == IntakeSeverity.Warning);
        if (hasError || (hasWarning && _options.Policy.SoftChecks == SoftCheckPolicy.Reject))
        {
            _rejected++;
            Count(_rejectedByCode, sorted);
            _rejectedWriter?.Write(line, string.IsNullOrWhiteSpace(id) ? null : id, sorted);
        }
        else
        {
            Fold(block.Rows[k], block.Id(k));
            _accepted++;
            if (hasWarning)
            {
                _rowsWithWarnings++;
            }

            Count(_warningsByCode, sorted);
        }

        _failureCount += sorted.Length;
        foreach (var failure in sorted)
        {
            if (_kept.Count >= _options.MaxFailuresKept)
            {
                break;
            }

            _kept.Add(failure);
        }
    }

    private void Fold(in ParsedDossier parsed, ReadOnlySpan<char> id) => _fold.Add(parsed, id);

    private RowBlock Rent()
    {
        if (!_freeBlocks.TryDequeue(out var block))
        {
            block = new RowBlock();
        }

        block.FirstPosition = _rowsProduced;
        _rowsProduced += RowBlock.Capacity;
        return block;
    }

    private void Return(RowBlock block)
    {
        block.Clear();
        _freeBlocks.Enqueue(block);
    }

    /// <summary>Converts the validators' failures to intake failures of the row.</summary>
    private static void Add(List<IntakeFailure> target, ValidationResult result, string? id, long line, long position)
    {
        foreach (var failure in result.Errors)
        {
            target.Add(new IntakeFailure(
                failure.ErrorCode,
                failure.Severity == FluentValidation.Severity.Error ? IntakeSeverity.Error : IntakeSeverity.Warning,
                failure.PropertyName,
                failure.CustomState as string,
                failure.ErrorMessage,
                id,
                line,
                position));
        }
    }

    /// <summary>Adds one to the count of each distinct code of a row's failures.</summary>
    private void Count(SortedDictionary<string, long> counts, IntakeFailure[] failures)
    {
        _codesOfRow.Clear();
        foreach (var failure in failures)
        {
            if (_codesOfRow.Add(failure.Code))
            {
                counts[failure.Code] = counts.TryGetValue(failure.Code, out var n) ? n + 1 : 1;
            }
        }
    }
}
