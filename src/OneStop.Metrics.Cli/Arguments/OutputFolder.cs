using System;
using System.IO;
using System.Linq;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>
/// The folder a command writes into (<c>generate --out DIR</c>): a new or empty folder, or a non-empty one only
/// when <c>--force</c> allows replacing its files; never an existing file.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Checks the folder and creates it if missing.</summary>
    /// <param name="option">The option that named it, for messages (<c>--out</c>).</param>
    /// <param name="folder">The folder's path.</param>
    /// <param name="force">Whether a non-empty folder may be written into (<c>--force</c>).</param>
    /// <param name="forceOption">The option that allows it, for messages (<c>--force</c>).</param>
    /// <exception cref="UsageException">
    /// The path is an existing file; the folder is not empty and <paramref name="force"/> is not set; or the folder
    /// cannot be created (a part of its path is a file, access is denied).
    /// </exception>
    public static void Prepare(string option, string folder, bool force, string forceOption)
    {
        if (File.Exists(folder))
        {
            throw new UsageException($"option {ArgumentText.Quote(option)} names a file ({ArgumentText.Quote(folder)}); give a folder");
        }

        if (!force && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException(
                $"folder {ArgumentText.Quote(folder)} of option {ArgumentText.Quote(option)} is not empty; give a new or empty folder, or {forceOption} to replace its files");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot create the folder {ArgumentText.Quote(folder)} of option {ArgumentText.Quote(option)}: {e.Message}");
        }
    }
}
