using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;
using NodaTime;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Reads the cells of a dossier row: <see cref="Parse"/> into a <see cref="ParsedDossier"/> without allocating
/// (spans of Sep's row, codes looked up by span), and, for the rare row that fails the cheap check,
/// <see cref="ToRecord"/> into a <see cref="DossierRecord"/> with its cell failures. Used by one thread: it gathers
/// the file's day/month evidence (<see cref="Dates"/>) as it reads.
/// </summary>
internal sealed class DossierRowParser
{
    private readonly DossierLayout _layout;
    private readonly ReferenceIndex _index;
    private readonly int[] _cells;
    private readonly CsvDateOrder _order;
    private long _line;

    public DossierRowParser(DossierLayout layout, ReferenceIndex index, CsvDateOrder order = CsvDateOrder.DayFirst)
    {
        _layout = layout;
        _index = index;
        _cells = layout.Indices;
        _order = order;
    }

    /// <summary>What the dates read so far say of the file's day/month order.</summary>
    public DateEvidence Dates { get; } = new();

    /// <summary>Reads a row's cells into <paramref name="parsed"/> (reset first).</summary>
    /// <param name="row">The row.</param>
    /// <param name="line">Its line, for the day/month evidence.</param>
    /// <param name="parsed">The values.</param>
    public void Parse(SepReader.Row row, long line, out ParsedDossier parsed)
    {
        _line = line;
        parsed = default;
        if (row.ColCount != _layout.CellCount)
        {
            parsed.WrongCellCount = true;
            return;
        }

        var id = Cell(row, DossierColumn.Id);
        parsed.HasId = !id.IsWhiteSpace();

        // A code cell with a control character names no entry (so the row is not clean anyway), unless the
        // reference data itself has such a code: only then are the code cells searched (OSM5021).
        parsed.HasControlCharacter = PrintableText.HasControlCharacter(id)
            || (_index.AnyCodeHasControlCharacter
                && (PrintableText.HasControlCharacter(Cell(row, DossierColumn.ProcedureCode))
                    || PrintableText.HasControlCharacter(Cell(row, DossierColumn.ReceivingDepartmentCode))
                    || PrintableText.HasControlCharacter(Cell(row, DossierColumn.ResolvingDepartmentCode))));

        parsed.Procedure = Code(Cell(row, DossierColumn.ProcedureCode), _index.Procedures, true);
        parsed.Receiving = Code(Cell(row, DossierColumn.ReceivingDepartmentCode), _index.Departments, true);
        parsed.Resolving = Code(Cell(row, DossierColumn.ResolvingDepartmentCode), _index.Departments, false);

        var channel = Cell(row, DossierColumn.Channel);
        if (!channel.IsWhiteSpace())
        {
            if (DossierCsvSchema.ChannelVocabulary.TryParse(channel, out var value))
            {
                parsed.Channel = value;
            }
            else
            {
                parsed.FailedCells |= Bit(DossierColumn.Channel);
            }
        }

        var outcome = Cell(row, DossierColumn.Outcome);
        if (!outcome.IsWhiteSpace())
        {
            if (DossierCsvSchema.OutcomeVocabulary.TryParse(outcome, out var value))
            {
                parsed.HasOutcome = true;
                parsed.Outcome = value;
            }
            else
            {
                parsed.FailedCells |= Bit(DossierColumn.Outcome);
            }
        }

        parsed.HasReceived = Date(row, DossierColumn.ReceivedAt, ref parsed.FailedCells, out parsed.ReceivedAt);
        parsed.HasDue = Date(row, DossierColumn.DueAt, ref parsed.FailedCells, out parsed.DueAt);
        parsed.HasEnded = Date(row, DossierColumn.EndedAt, ref parsed.FailedCells, out parsed.EndedAt);
        parsed.SubjectToDigitization = Boolean(row, DossierColumn.SubjectToDigitization, ref parsed.FailedCells);
        parsed.DigitizedAtIntake = Boolean(row, DossierColumn.DigitizedAtIntake, ref parsed.FailedCells);
        parsed.ReusedDigitizedData = Boolean(row, DossierColumn.ReusedDigitizedData, ref parsed.FailedCells);
        parsed.ReceivedRegardlessOfBoundary = Boolean(row, DossierColumn.ReceivedRegardlessOfBoundary, ref parsed.FailedCells);
        parsed.ResultDocuments = Count(row, DossierColumn.ResultDocuments, 1, ref parsed.FailedCells);
        parsed.DigitizedResultDocuments = Count(row, DossierColumn.DigitizedResultDocuments, 0, ref parsed.FailedCells);
    }

    /// <summary>The id cell (empty when the file has no id column or the row has the wrong number of cells).</summary>
    public ReadOnlySpan<char> IdCell(SepReader.Row row)
    {
        var i = _cells[(int)DossierColumn.Id];
        return i >= 0 && i < row.ColCount ? row[i].Span : default;
    }

    /// <summary>
    /// Builds the record of a parsed row, as <see cref="DossierIntake"/> takes it (blank code cells → the text or
    /// <see langword="null"/> when empty, unreadable cells → <see langword="null"/> or the column's default), and
    /// adds the row's cell failures (<c>9xxx</c>) to <paramref name="failures"/>.
    /// </summary>
    public DossierRecord ToRecord(SepReader.Row row, in ParsedDossier parsed, long line, long position,
        List<IntakeFailure> failures)
    {
        var record = new DossierRecord
        {
            Line = line,
            Id = Text(row, DossierColumn.Id),
            ProcedureCode = Text(row, DossierColumn.ProcedureCode),
            ReceivingDepartmentCode = Text(row, DossierColumn.ReceivingDepartmentCode),
            ResolvingDepartmentCode = Text(row, DossierColumn.ResolvingDepartmentCode),
            Channel = parsed.Channel == 0 ? null : parsed.Channel,
            ReceivedAt = parsed.HasReceived ? parsed.ReceivedAt : null,
            DueAt = parsed.HasDue ? parsed.DueAt : null,
            Outcome = parsed.HasOutcome ? parsed.Outcome : null,
            EndedAt = parsed.HasEnded ? parsed.EndedAt : null,
            SubjectToDigitization = parsed.SubjectToDigitization,
            DigitizedAtIntake = parsed.DigitizedAtIntake,
            ReusedDigitizedData = parsed.ReusedDigitizedData,
            ResultDocuments = parsed.ResultDocuments,
            DigitizedResultDocuments = parsed.DigitizedResultDocuments,
            ReceivedRegardlessOfBoundary = parsed.ReceivedRegardlessOfBoundary,
        };

        var label = FailureText.DossierLabel(record.Id, line);
        var recordId = string.IsNullOrWhiteSpace(record.Id) ? null : record.Id;
        for (var c = 0; c < DossierLayout.ColumnCount; c++)
        {
            if ((parsed.FailedCells & (1 << c)) == 0)
            {
                continue;
            }

            var column = (DossierColumn)c;
            var cell = _cells[c];
            var value = row[cell].ToString();
            var (code, problem) = DossierCsvSchema.Describe(column).Kind switch
            {
                CsvValueKind.DateTime => (CsvErrorCodes.UnparsableDate, $"is not a date and time ({DossierCsvSchema.DateTimeFormats})"),
                CsvValueKind.Count => (CsvErrorCodes.UnparsableNumber, "is not a whole number up to 65535"),
                CsvValueKind.Channel => (CsvErrorCodes.UnknownChannel, $"is not an intake channel ({DossierCsvSchema.ChannelVocabulary.Description})"),
                CsvValueKind.Outcome => (CsvErrorCodes.UnknownOutcome, $"is not an outcome ({DossierCsvSchema.OutcomeVocabulary.Description})"),
                _ => (CsvErrorCodes.UnparsableBoolean, $"is not a yes/no value ({DossierCsvSchema.BooleanVocabulary.Description})"),
            };
            failures.Add(FailureText.Cell(code, column.ToString(), value, label, _layout.Headers[cell], cell, problem,
                recordId, line, position));
        }

        return record;
    }

    /// <summary>The failure of a row whose number of cells is not the header's (<c>OSM9008</c>).</summary>
    public IntakeFailure WrongCellCount(SepReader.Row row, long line, long position)
    {
        var id = IdCell(row);
        var text = id.IsWhiteSpace() ? null : id.ToString();
        return new IntakeFailure(CsvErrorCodes.WrongCellCount, IntakeSeverity.Error, "Row",
            row.ColCount.ToString(CultureInfo.InvariantCulture),
            FailureText.DossierLabel(text, line)
            + string.Create(CultureInfo.InvariantCulture, $": the row has {row.ColCount} cells, the header {_layout.CellCount}."),
            text, line, position);
    }

    private static int Bit(DossierColumn column) => 1 << (int)column;

    private ReadOnlySpan<char> Cell(SepReader.Row row, DossierColumn column)
    {
        var i = _cells[(int)column];
        return i >= 0 ? row[i].Span : default;
    }

    private string? Text(SepReader.Row row, DossierColumn column)
    {
        var cell = Cell(row, column);
        return cell.IsEmpty ? null : cell.ToString();
    }

    private static int Code(ReadOnlySpan<char> cell, System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup,
        bool blankIsMissing)
    {
        if (blankIsMissing ? cell.IsWhiteSpace() : cell.IsEmpty)
        {
            return ParsedDossier.Missing;
        }

        return lookup.TryGetValue(cell, out var index) ? index : ParsedDossier.Unknown;
    }

    private bool Date(SepReader.Row row, DossierColumn column, ref int failed, out LocalDateTime value)
    {
        var cell = Cell(row, column);
        return CellParsers.TryParseCommonDateTime(cell, out value) || OtherDate(cell, column, ref failed, out value);
    }

    /// <summary>
    /// A date cell in a form other than the common ISO ones (or no date): blank, a date only, <c>d/M/yyyy</c> (whose
    /// day and month order is the file's evidence), a fraction of a second — off the hot path.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool OtherDate(ReadOnlySpan<char> cell, DossierColumn column, ref int failed, out LocalDateTime value)
    {
        if (cell.IsWhiteSpace())
        {
            value = default;
            return false;
        }

        var read = CellParsers.TryParseAnyDateTime(cell, _order, out value, out var dateOnly, out var written); // the direct path failed in Date
        if (written.First != 0)
        {
            Dates.Observe(written, _line, _layout.Headers[_cells[(int)column]], cell);
        }

        if (!read)
        {
            failed |= Bit(column);
            return false;
        }

        if (dateOnly && column == DossierColumn.DueAt)
        {
            value = value.Date + DossierCsvSchema.DateOnlyDueTime;
        }

        return true;
    }

    private bool Boolean(SepReader.Row row, DossierColumn column, ref int failed)
    {
        var cell = Cell(row, column);
        if (cell.IsWhiteSpace())
        {
            return false;
        }

        if (cell.Length == 4 && cell.SequenceEqual("true"))
        {
            return true;
        }

        if (cell.Length == 5 && cell.SequenceEqual("false"))
        {
            return false;
        }

        if (DossierCsvSchema.BooleanVocabulary.TryParse(cell, out var value))
        {
            return value;
        }

        failed |= Bit(column);
        return false;
    }

    private int Count(SepReader.Row row, DossierColumn column, int defaultValue, ref int failed)
    {
        var cell = Cell(row, column);
        if (cell.IsWhiteSpace())
        {
            return defaultValue;
        }

        if (CellParsers.TryParseCount(cell, out var value))
        {
            return value;
        }

        failed |= Bit(column);
        return defaultValue;
    }
}
