using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Cli.Sources;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>
/// The options of <c>report</c> that name its input files one by one, for layouts other than <c>generate</c>'s: each
/// overrides the file of the data folder <c>DIR</c>, and without <c>DIR</c> all five are needed.
/// </summary>
internal static class DataFileOptions
{
    /// <summary>The dossier file.</summary>
    public static OptionSpec Dossiers { get; } = new("--dossiers", "FILE", "The dossier file (default: DIR/" + DataFolder.DossiersFile + ")", []);

    /// <summary>The administrative units.</summary>
    public static OptionSpec Units { get; } = new("--units", "FILE", "The administrative units (default: DIR/" + ReferenceCsv.UnitsFile + ")", []);

    /// <summary>The departments.</summary>
    public static OptionSpec Departments { get; } = new("--departments", "FILE", "The departments (default: DIR/" + ReferenceCsv.DepartmentsFile + ")", []);

    /// <summary>The procedure fields.</summary>
    public static OptionSpec Fields { get; } = new("--fields", "FILE", "The procedure fields (default: DIR/" + ReferenceCsv.FieldsFile + ")", []);

    /// <summary>The procedure catalogue.</summary>
    public static OptionSpec Procedures { get; } = new("--procedures", "FILE", "The procedure catalogue (default: DIR/" + ReferenceCsv.ProceduresFile + ")", []);

    /// <summary>The five options, dossiers first.</summary>
    public static IReadOnlyList<OptionSpec> All { get; } = [Dossiers, Units, Departments, Fields, Procedures];

    /// <summary>
    /// The files named by a data folder and the file options, or <see langword="null"/> when neither a folder nor a
    /// file option is given (the data comes from elsewhere). Does not check that the files exist.
    /// </summary>
    /// <param name="arguments">The options read.</param>
    /// <param name="folder">The data folder <c>DIR</c>, or <see langword="null"/>.</param>
    /// <returns>The files, or <see langword="null"/>.</returns>
    /// <exception cref="UsageException">There is no folder and a file option is missing.</exception>
    public static DataFiles? Read(ParsedArguments arguments, string? folder)
    {
        if (folder is null && All.All(o => arguments.Value(o) is null))
        {
            return null;
        }

        var defaults = folder is null ? null : new DataFolder(folder);
        DataFile File(OptionSpec option, string? folderPath)
        {
            if (arguments.Value(option) is { } path)
            {
                return new DataFile(path, option.Name);
            }

            return folderPath is not null
                ? new DataFile(folderPath, null)
                : throw new UsageException(
                    $"missing option {ArgumentText.Quote(option.Name)} {option.ValueName} (without a data folder DIR, report needs all of {string.Join(", ", All.Select(o => o.Name))})");
        }

        return new DataFiles(folder,
            File(Dossiers, defaults?.DossiersPath),
            File(Units, defaults?.UnitsPath),
            File(Departments, defaults?.DepartmentsPath),
            File(Fields, defaults?.FieldsPath),
            File(Procedures, defaults?.ProceduresPath));
    }
}
