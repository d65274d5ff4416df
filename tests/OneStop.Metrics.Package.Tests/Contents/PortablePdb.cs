using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace OneStop.Metrics.Package.Tests.Contents;

/// <summary>What the package tests read from a portable PDB and from the assembly it belongs to.</summary>
/// <param name="Id">The PDB's id (GUID then stamp) in hex, which the assembly's CodeView entry names.</param>
/// <param name="SourceLink">The SourceLink JSON; empty when the PDB has none.</param>
/// <param name="Documents">The source documents' paths as recorded (mapped paths in CI builds).</param>
/// <param name="EmbeddedDocuments">The paths of the documents whose source is embedded in the PDB.</param>
public sealed record PortablePdb(string Id, string SourceLink, IReadOnlyList<string> Documents, IReadOnlyList<string> EmbeddedDocuments)
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    /// <summary>Reads a portable PDB.</summary>
    /// <param name="bytes">The PDB file's bytes.</param>
    /// <returns>Its id, source link, documents and embedded documents.</returns>
    public static PortablePdb Read(byte[] bytes)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(bytes));
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Where(c => reader.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
            .SingleOrDefault() ?? string.Empty;
        var documents = reader.Documents.ToDictionary(h => h, h => reader.GetString(reader.GetDocument(h).Name));
        var embedded = documents.Keys
            .Where(h => reader.GetCustomDebugInformation(h).Any(c => reader.GetGuid(reader.GetCustomDebugInformation(c).Kind) == EmbeddedSourceKind))
            .Select(h => documents[h]);
        return new PortablePdb(Convert.ToHexString([.. reader.DebugMetadataHeader!.Id]), sourceLink, [.. documents.Values], [.. embedded]);
    }

    /// <summary>The PDB id an assembly's CodeView debug directory entry names (GUID then stamp, as in the PDB).</summary>
    /// <param name="assembly">The assembly's bytes.</param>
    /// <returns>The 20-byte id in hex.</returns>
    public static string IdNamedBy(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        var data = pe.ReadCodeViewDebugDirectoryData(codeView);
        return Convert.ToHexString([.. data.Guid.ToByteArray(), .. BitConverter.GetBytes(codeView.Stamp)]);
    }
}
