using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace OneStop.Metrics.Package.Tests.Contents;

/// <summary>A <c>.nupkg</c> or <c>.snupkg</c> opened as the zip file it is: its entries, its nuspec, any entry's bytes.</summary>
public sealed class PackageArchive : IDisposable
{
    private readonly ZipArchive _zip;

    /// <summary>Opens a package file for reading.</summary>
    /// <param name="path">The package's path.</param>
    public PackageArchive(string path) => _zip = ZipFile.OpenRead(path);

    /// <summary>The entries' full names (forward slashes), sorted ordinally.</summary>
    public IReadOnlyList<string> EntryNames => _zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();

    /// <summary>The nuspec's <c>metadata</c> element, with the nuspec namespace removed from every element name.</summary>
    public XElement Metadata
    {
        get
        {
            var nuspec = _zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
            using var stream = nuspec.Open();
            var document = XDocument.Load(stream);
            foreach (var element in document.Descendants())
            {
                element.Name = element.Name.LocalName;
            }

            return document.Root!.Element("metadata")!;
        }
    }

    /// <summary>An entry's bytes.</summary>
    /// <param name="name">The entry's full name.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="KeyNotFoundException">No such entry.</exception>
    public byte[] ReadBytes(string name)
    {
        var entry = _zip.GetEntry(name) ?? throw new KeyNotFoundException($"The package has no entry {name}; it has: {string.Join(", ", EntryNames)}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>An entry's text, read as UTF-8.</summary>
    /// <param name="name">The entry's full name.</param>
    /// <returns>The text, without a byte-order mark.</returns>
    public string ReadText(string name) => new StreamReader(new MemoryStream(ReadBytes(name))).ReadToEnd();

    /// <summary>Closes the file.</summary>
    public void Dispose() => _zip.Dispose();
}
