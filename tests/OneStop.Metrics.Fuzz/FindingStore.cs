using System;
using System.IO;
using System.Security.Cryptography;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// Saves a finding under <c>DIR/&lt;target&gt;/&lt;hash&gt;.bin</c> (the input as found), <c>&lt;hash&gt;.min.bin</c> (its
/// minimized form, when asked) and <c>&lt;hash&gt;.txt</c> (the signature and the details). A minimized input copied to
/// <c>tests/OneStop.Metrics.Tests/Fuzz/Regressions/&lt;target&gt;/</c> becomes a regression test.
/// </summary>
public static class FindingStore
{
    /// <summary>Saves a finding; returns the path of the input file (the minimized one when given).</summary>
    public static string Save(string folder, string target, FuzzFinding finding, byte[]? minimized)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var directory = Directory.CreateDirectory(Path.Combine(folder, target)).FullName;
        var name = Convert.ToHexStringLower(SHA256.HashData(finding.Input).AsSpan(0, 6));
        var path = Path.Combine(directory, name + ".bin");
        File.WriteAllBytes(path, finding.Input);
        File.WriteAllText(Path.Combine(directory, name + ".txt"),
            $"{finding.Violation.Signature}\n{finding.Count} inputs\n\n{finding.Violation.Message}\n");
        if (minimized is null)
        {
            return path;
        }

        var minimal = Path.Combine(directory, name + ".min.bin");
        File.WriteAllBytes(minimal, minimized);
        return minimal;
    }
}
