using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneStop.Metrics.Cli.Arguments;

namespace OneStop.Metrics.Cli.Sources;

/// <summary>
/// The five CSV files a report reads: each the file of the data folder <c>DIR</c> (laid out as <c>generate</c>
/// writes it), unless its option (<c>--dossiers</c>, <c>--units</c>, <c>--departments</c>, <c>--fields</c>,
/// <c>--procedures</c>) names another.
/// </summary>
/// <param name="Folder">The data folder, or <see langword="null"/> when every file is named by its option.</param>
/// <param name="Dossiers">The dossier file.</param>
/// <param name="Units">The administrative units.</param>
/// <param name="Departments">The departments.</param>
/// <param name="Fields">The procedure fields.</param>
/// <param name="Procedures">The procedure catalogue.</param>
internal sealed record DataFiles(string? Folder, DataFile Dossiers, DataFile Units, DataFile Departments, DataFile Fields, DataFile Procedures)
{
    /// <summary>The five files, dossiers first.</summary>
    public IReadOnlyList<DataFile> All => [Dossiers, Units, Departments, Fields, Procedures];

    /// <summary>What the report is headed with: the folder, or the dossier file when there is no folder.</summary>
    public string Locality => Folder ?? Dossiers.Path;

    /// <summary>Throws unless every file exists.</summary>
    /// <exception cref="UsageException">
    /// A file is missing: <c>data folder 'DIR' lacks units.csv, fields.csv</c> for the folder's files,
    /// <c>cannot find the file of --units 'u.csv'</c> for a file named by its option (both, separated by <c>; </c>).
    /// </exception>
    public void CheckExist()
    {
        var missing = All.Where(f => !File.Exists(f.Path)).ToList();
        var inFolder = missing.Where(f => f.Option is null).Select(f => Path.GetFileName(f.Path)).ToList();
        var named = missing.Where(f => f.Option is not null).Select(f => f.Option + " " + ArgumentText.Quote(f.Path)).ToList();
        var problems = new List<string>();
        if (inFolder.Count > 0)
        {
            problems.Add($"data folder {ArgumentText.Quote(Folder!)} lacks {string.Join(", ", inFolder)}");
        }

        if (named.Count > 0)
        {
            problems.Add($"cannot find the file of {string.Join(", ", named)}");
        }

        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("; ", problems));
        }
    }
}

/// <summary>One input file of a report.</summary>
/// <param name="Path">Its path.</param>
/// <param name="Option">The option that named it (e.g. <c>--units</c>), or <see langword="null"/> when it is the data folder's.</param>
internal sealed record DataFile(string Path, string? Option);
