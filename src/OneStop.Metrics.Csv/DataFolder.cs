using System;
using System.Collections.Generic;
using System.IO;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Csv;

/// <summary>
/// A data folder (thư mục dữ liệu) as <c>onestop-metrics generate</c> writes it and <c>report</c> reads it: five CSV
/// files, <c>dossiers.csv</c> (<see cref="DossierCsvSchema"/>) and the reference files <c>units.csv</c>,
/// <c>departments.csv</c>, <c>fields.csv</c>, <c>procedures.csv</c> (<see cref="ReferenceCsv"/>), all UTF-8. The
/// path-based helpers of the CSV package; the core never opens files.
/// </summary>
/// <param name="path">The folder's path.</param>
public sealed class DataFolder(string path)
{
    /// <summary>The dossier file's name: <c>dossiers.csv</c>.</summary>
    public const string DossiersFile = "dossiers.csv";

    /// <summary>The folder's path.</summary>
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <summary>The path of <c>dossiers.csv</c>.</summary>
    public string DossiersPath => System.IO.Path.Combine(Path, DossiersFile);

    /// <summary>The path of <c>units.csv</c>.</summary>
    public string UnitsPath => System.IO.Path.Combine(Path, ReferenceCsv.UnitsFile);

    /// <summary>The path of <c>departments.csv</c>.</summary>
    public string DepartmentsPath => System.IO.Path.Combine(Path, ReferenceCsv.DepartmentsFile);

    /// <summary>The path of <c>fields.csv</c>.</summary>
    public string FieldsPath => System.IO.Path.Combine(Path, ReferenceCsv.FieldsFile);

    /// <summary>The path of <c>procedures.csv</c>.</summary>
    public string ProceduresPath => System.IO.Path.Combine(Path, ReferenceCsv.ProceduresFile);

    /// <summary>The five paths, dossiers first.</summary>
    public IReadOnlyList<string> Files => [DossiersPath, UnitsPath, DepartmentsPath, FieldsPath, ProceduresPath];

    /// <summary>Which of the five files are missing, by path (empty when the folder is complete).</summary>
    /// <returns>The missing paths.</returns>
    public IReadOnlyList<string> MissingFiles() => [.. Files.FilterMissing()];

    /// <summary>Reads the four reference files (see <see cref="ReferenceCsv.Read"/>).</summary>
    /// <param name="separator">The separator, or <see langword="null"/> to detect it in each file.</param>
    /// <returns>The screen's result and the files' own failures.</returns>
    /// <exception cref="IOException">A file cannot be read (<see cref="FileNotFoundException"/> when missing).</exception>
    public ReferenceCsvResult ReadReference(char? separator = null) =>
        ReferenceCsv.ReadFiles(UnitsPath, DepartmentsPath, FieldsPath, ProceduresPath, separator);

    /// <summary>Reads <c>dossiers.csv</c> against reference data and tallies its accepted rows (see <see cref="DossierCsv.Tally(TextReader, ReferenceData, TallyScope, CsvReadOptions?)"/>).</summary>
    /// <param name="reference">The reference data, usually <see cref="ReadReference"/>'s.</param>
    /// <param name="scope">The period, as-of date and comparison rule.</param>
    /// <param name="options">How to read; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The tally, the counts and the failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> or <paramref name="scope"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public CsvTallyResult TallyDossiers(ReferenceData reference, TallyScope scope, CsvReadOptions? options = null) =>
        DossierCsv.TallyFile(DossiersPath, reference, scope, options);

    /// <summary>
    /// Writes a data folder: creates the folder if needed and writes (replacing) the four reference files and
    /// <c>dossiers.csv</c>, so that <see cref="ReadReference"/> and <see cref="TallyDossiers"/> read back the same data.
    /// </summary>
    /// <param name="reference">The reference data.</param>
    /// <param name="dossiers">The dossiers, enumerated once (a generator's stream is never held in memory).</param>
    /// <returns>How many dossiers were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public long Write(ReferenceData reference, IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(dossiers);
        WriteReference(reference);
        return DossierCsv.WriteFile(DossiersPath, dossiers);
    }

    /// <summary>Writes (replacing) the four reference files, creating the folder if needed.</summary>
    /// <param name="reference">The reference data.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public void WriteReference(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Directory.CreateDirectory(Path);
        WriteText(UnitsPath, writer => ReferenceCsv.WriteUnits(writer, reference.Units));
        WriteText(DepartmentsPath, writer => ReferenceCsv.WriteDepartments(writer, reference.Departments));
        WriteText(FieldsPath, writer => ReferenceCsv.WriteFields(writer, reference.Fields));
        WriteText(ProceduresPath, writer => ReferenceCsv.WriteProcedures(writer, reference.Procedures));
    }

    /// <summary>Returns the folder's path.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => Path;

    private static void WriteText(string path, Action<TextWriter> write)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = DossierCsv.CreateText(stream);
        write(writer);
    }
}

/// <summary>Helpers of <see cref="DataFolder"/>.</summary>
internal static class DataFolderPaths
{
    /// <summary>The paths that do not name an existing file.</summary>
    public static IEnumerable<string> FilterMissing(this IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                yield return path;
            }
        }
    }
}
