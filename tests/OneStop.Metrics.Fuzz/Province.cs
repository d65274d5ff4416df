using System;
using System.IO;
using System.Text;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Generation;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// The real files the seed corpora are made of: a small synthetic province (<see cref="ProvinceGenerator"/>, shape
/// small, seed 1) written by the library's own writers — its reference data, its scope, a dossier file and the four
/// reference files.
/// </summary>
public static class Province
{
    private static readonly ProvinceGenerator Generator = new(ProvinceShape.Small, 1);

    /// <summary>The province's reference data, which the dossier target reads against.</summary>
    public static ReferenceData Reference => Generator.Reference;

    /// <summary>The reporting year, as of its last day.</summary>
    public static TallyScope Scope { get; } = TallyScope.For(Generator.Period);

    /// <summary>A dossier file of <paramref name="count"/> rows, as <see cref="DossierCsv.Write(TextWriter, System.Collections.Generic.IEnumerable{Dossier})"/> writes it.</summary>
    public static string Dossiers(int count) => Text(w => DossierCsv.Write(w, Generator.Dossiers(count)));

    /// <summary>The four reference files of the province as the writers write them: units, departments, fields, procedures.</summary>
    public static string[] ReferenceFiles => ReferenceFilesOf(Reference);

    /// <summary>The four reference files of some reference data as the writers write them: units, departments, fields, procedures.</summary>
    public static string[] ReferenceFilesOf(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return
        [
            Text(w => ReferenceCsv.WriteUnits(w, reference.Units)),
            Text(w => ReferenceCsv.WriteDepartments(w, reference.Departments)),
            Text(w => ReferenceCsv.WriteFields(w, reference.Fields)),
            Text(w => ReferenceCsv.WriteProcedures(w, reference.Procedures)),
        ];
    }

    /// <summary>The UTF-8 bytes of a text, without a byte order mark.</summary>
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The text a writer writes.</summary>
    public static string Text(Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    /// <summary>Reads bytes as the CSV package reads a file: UTF-8, a byte order mark detected.</summary>
    public static StreamReader OpenText(byte[] bytes) =>
        new(new MemoryStream(bytes, writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
}
