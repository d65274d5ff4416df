using System;
using System.IO;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Generation;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Benchmarks.Data;

/// <summary>
/// A generated province (default shape, seed 1) written as a data folder, the way <c>onestop-metrics generate</c>
/// writes it, cached under the temporary directory by size so that repeated runs reuse the files.
/// </summary>
public static class GeneratedProvince
{
    /// <summary>The generator's seed.</summary>
    public const ulong Seed = 1;

    /// <summary>The folder holding <paramref name="dossiers"/> generated dossiers, written on first use.</summary>
    public static DataFolder Folder(int dossiers)
    {
        var path = Path.Combine(Path.GetTempPath(), "onestop-bench", FormattableString.Invariant($"province-{dossiers}-seed{Seed}"));
        var folder = new DataFolder(path);
        var complete = Path.Combine(path, "complete");
        if (!File.Exists(complete))
        {
            Directory.CreateDirectory(path);
            var generator = Generator();
            folder.Write(generator.Reference, generator.Dossiers(dossiers));
            File.WriteAllText(complete, "");
        }

        return folder;
    }

    /// <summary>The scope of the generated year: the generator's period, judged at its last day, by date, stored due dates.</summary>
    public static TallyScope Scope => TallyScope.For(Generator().Period);

    private static ProvinceGenerator Generator() => new(ProvinceShape.Default, Seed);
}
