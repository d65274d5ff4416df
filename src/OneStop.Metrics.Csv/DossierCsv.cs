using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Dossier CSV files (tệp hồ sơ CSV) in the schema of <see cref="DossierCsvSchema"/>: <see cref="Tally(TextReader, ReferenceData, TallyScope, CsvReadOptions?)"/>
/// streams a file through the core's validation straight into a <see cref="DossierTally"/>;
/// <see cref="Write(TextWriter, IEnumerable{Dossier})"/> writes dossiers so that reading them back gives the same
/// dossiers (supplements and re-appointments aside: the schema has no columns for them).
/// </summary>
/// <remarks>
/// <para>
/// <b>Streaming.</b> Rows are read with Sep and never kept: memory is Sep's buffer, four blocks of 4,096 parsed rows
/// passed from the reading thread to the folding thread (<see cref="CsvReadOptions.UseSecondThread"/>), the tally's
/// cells, and the duplicate check's set of id fingerprints (about 10 bytes per distinct id; see
/// <see cref="DuplicateIdCheck"/>, and <see cref="DuplicateIdCheck.Off"/> to do without). docs/csv-schema.md gives
/// the measured throughput and peak memory.
/// </para>
/// <para>
/// <b>The same validation as <see cref="DossierIntake"/>.</b> Each row becomes a <see cref="DossierRecord"/>
/// (with its <see cref="DossierRecord.Line"/>) that the core's <see cref="DossierRecordValidator"/>,
/// <see cref="DossierReferenceValidator"/> and duplicate check would screen, under the given
/// <see cref="IntakePolicy"/>: the accepted rows, the codes, the messages and the counts are those of
/// <see cref="DossierIntake.Screen(ReferenceData, IEnumerable{DossierRecord}, IntakePolicy?)"/> on the same records
/// (positions are 0-based data rows). A cell that cannot be read rejects the row with its
/// <see cref="CsvErrorCodes"/> failure (and <c>OSM6001</c> if its id repeats; the rules do not see a row whose
/// values are incomplete). For speed, the common row never meets FluentValidation: a cheap check on the parsed values,
/// proven by a property test to pass exactly the rows on which the validators report nothing, lets it through;
/// only the rows it stops (rare) are built as records and validated for their codes and messages.
/// </para>
/// <para>
/// <b>Nothing is lost:</b> <see cref="CsvTallyResult.RowsRead"/> = <see cref="CsvTallyResult.Accepted"/> +
/// <see cref="CsvTallyResult.Rejected"/>, always. Empty lines are not rows. Data errors never throw; I/O errors
/// do, as the reader or stream throws them.
/// </para>
/// </remarks>
public static class DossierCsv
{
    /// <summary>Reads a dossier file and tallies its accepted rows.</summary>
    /// <param name="reader">The text, header line first; read to its end, not closed.</param>
    /// <param name="reference">The reference data the rows' codes resolve against.</param>
    /// <param name="scope">The period, as-of date and comparison rule of the tally.</param>
    /// <param name="options">How to read; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The tally, the counts and the failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/>, <paramref name="reference"/> or <paramref name="scope"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The reference data has more departments or procedures than a tally supports, or (with computed due dates) a
    /// due date falls outside the working-day calendar's range, as <see cref="DossierTally.Build"/> would throw.
    /// </exception>
    public static CsvTallyResult Tally(TextReader reader, ReferenceData reference, TallyScope scope, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(scope);
        var length = reader is StreamReader { BaseStream: { CanSeek: true } stream } ? stream.Length - stream.Position : (long?)null;
        return new DossierCsvReader(reference, scope, options ?? CsvReadOptions.Default).Read(reader, length);
    }

    /// <summary>
    /// Reads a dossier file from a stream and tallies its accepted rows. The bytes are decoded as
    /// <see cref="CsvReadOptions.Encoding"/> says: by default UTF-8 (with or without a byte order mark; a UTF-16 or
    /// UTF-32 mark is honoured too), checked on the first 64 KiB — a file in another encoding or with binary content
    /// is refused (<see cref="CsvTallyResult.FileFailures"/>: <c>OSM9015</c>, <c>OSM9016</c>), never read garbled.
    /// </summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="reference">The reference data the rows' codes resolve against.</param>
    /// <param name="scope">The period, as-of date and comparison rule of the tally.</param>
    /// <param name="options">How to read; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The tally, the counts and the failures.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Tally(TextReader, ReferenceData, TallyScope, CsvReadOptions?)"/>.</exception>
    public static CsvTallyResult Tally(Stream stream, ReferenceData reference, TallyScope scope, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(scope);
        options ??= CsvReadOptions.Default;
        var length = stream.CanSeek ? stream.Length - stream.Position : (long?)null;
        using var reader = TextDecoding.Open(stream, options.Encoding, TextDecoding.FileLabel, out var refusal);
        var csv = new DossierCsvReader(reference, scope, options);
        return reader is null ? csv.Refuse(refusal!) : csv.Read(reader, length);
    }

    /// <summary>Reads a dossier file by path (UTF-8, with or without a byte order mark) and tallies its accepted rows.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="reference">The reference data the rows' codes resolve against.</param>
    /// <param name="scope">The period, as-of date and comparison rule of the tally.</param>
    /// <param name="options">How to read; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The tally, the counts and the failures.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static CsvTallyResult TallyFile(string path, ReferenceData reference, TallyScope scope, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = OpenRead(path);
        return Tally(stream, reference, scope, options);
    }

    /// <summary>
    /// Writes dossiers in the schema: the English headers of <see cref="DossierCsvSchema.Columns"/> in order, one row
    /// per dossier, comma-separated, times in ISO 8601 (<see cref="DossierCsvSchema.FormatDateTime"/>), channel and
    /// outcome as their canonical words, yes/no as <c>true</c>/<c>false</c>, line feeds. Cells are quoted when
    /// needed (separator, quote, line break, white space at an end). Supplements and re-appointments are not written.
    /// </summary>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <param name="dossiers">The dossiers, enumerated once (a generator's stream is never held in memory).</param>
    /// <returns>How many dossiers were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dossier's channel or outcome is not defined.</exception>
    /// <exception cref="ArgumentException">A dossier's time is not in the ISO calendar.</exception>
    public static long Write(TextWriter writer, IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dossiers);
        const char Separator = DossierCsvSchema.DefaultSeparator;
        var headers = new string?[DossierLayout.ColumnCount];
        for (var c = 0; c < headers.Length; c++)
        {
            headers[c] = DossierCsvSchema.Columns[c].Header;
        }

        CsvText.WriteRow(writer, Separator, headers);
        var cells = new string?[DossierLayout.ColumnCount];
        var count = 0L;
        foreach (var dossier in dossiers)
        {
            ArgumentNullException.ThrowIfNull(dossier, nameof(dossiers));
            var facts = dossier.Digitization;
            cells[(int)DossierColumn.Id] = dossier.Id;
            cells[(int)DossierColumn.ProcedureCode] = dossier.ProcedureCode;
            cells[(int)DossierColumn.ReceivingDepartmentCode] = dossier.ReceivingDepartmentCode;
            cells[(int)DossierColumn.ResolvingDepartmentCode] = dossier.ResolvingDepartmentCode;
            cells[(int)DossierColumn.Channel] = DossierCsvSchema.WordOf(dossier.Channel);
            cells[(int)DossierColumn.ReceivedAt] = DossierCsvSchema.FormatDateTime(dossier.ReceivedAt);
            cells[(int)DossierColumn.DueAt] = dossier.DueAt is { } due ? DossierCsvSchema.FormatDateTime(due) : null;
            cells[(int)DossierColumn.Outcome] = DossierCsvSchema.WordOf(dossier.Outcome.Kind);
            cells[(int)DossierColumn.EndedAt] = dossier.Outcome.At is { } ended ? DossierCsvSchema.FormatDateTime(ended) : null;
            cells[(int)DossierColumn.SubjectToDigitization] = Word(facts.SubjectToDigitization);
            cells[(int)DossierColumn.DigitizedAtIntake] = Word(facts.DigitizedAtIntake);
            cells[(int)DossierColumn.ResultDocuments] = facts.ResultDocuments.ToString(CultureInfo.InvariantCulture);
            cells[(int)DossierColumn.DigitizedResultDocuments] = facts.DigitizedResultDocuments.ToString(CultureInfo.InvariantCulture);
            cells[(int)DossierColumn.ReusedDigitizedData] = Word(facts.ReusedDigitizedData);
            cells[(int)DossierColumn.ReceivedRegardlessOfBoundary] = Word(dossier.ReceivedRegardlessOfBoundary);
            CsvText.WriteRow(writer, Separator, cells);
            count++;
        }

        writer.Flush();
        return count;
    }

    /// <summary>Writes dossiers (see <see cref="Write(TextWriter, IEnumerable{Dossier})"/>) to a stream, as UTF-8 without a byte order mark.</summary>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="dossiers">The dossiers, enumerated once.</param>
    /// <returns>How many dossiers were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dossier's channel or outcome is not defined.</exception>
    public static long Write(Stream stream, IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = CreateText(stream);
        return Write(writer, dossiers);
    }

    /// <summary>Writes dossiers (see <see cref="Write(TextWriter, IEnumerable{Dossier})"/>) to a file, created or replaced, as UTF-8 without a byte order mark.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="dossiers">The dossiers, enumerated once.</param>
    /// <returns>How many dossiers were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static long WriteFile(string path, IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return Write(stream, dossiers);
    }

    /// <summary>A writer of UTF-8 text without a byte order mark that leaves the stream open.</summary>
    internal static StreamWriter CreateText(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);

    /// <summary>Opens a file for a sequential read.</summary>
    internal static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static string Word(bool value) => value ? "true" : "false";
}
