using System;
using System.IO;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Printing;

/// <summary>
/// The printed seed report in the forms the seed's own figures do not pin: the English wording with invariant
/// numbers, and the JSON of every figure. Each is compared byte for byte with a committed file under
/// <c>Golden/</c>; on a difference the printed text is written next to it as <c>*.actual</c> for review (an intended
/// change is accepted by copying it over the golden file).
/// </summary>
public class PrintedSeedGoldenTests
{
    [Fact]
    public void The_seed_report_in_English_is_the_golden_text() =>
        AssertGolden("tu-ky-2023.en.txt", Print(ReportPrintOptions.English).ToText());

    [Fact]
    public void The_seed_report_in_Vietnamese_is_the_golden_text() =>
        AssertGolden("tu-ky-2023.vi.txt", Print(null).ToText());

    [Fact]
    public void The_figures_of_the_seed_report_as_JSON_are_the_golden_file() =>
        AssertGolden("tu-ky-2023.figures.json", Print(null).ToJson());

    [Fact]
    public void The_English_figures_as_JSON_are_the_golden_file() =>
        AssertGolden("tu-ky-2023.figures.en.json", Print(ReportPrintOptions.English).ToJson());

    private static PrintedReport Print(ReportPrintOptions? options)
    {
        var sample = BuiltInSamples.TuKy2023;
        return ReportPrinter.Print(sample.Compute(), sample.Heading, options);
    }

    private static void AssertGolden(string name, string actual)
    {
        var path = RepositoryFiles.PathOf("tests", "OneStop.Metrics.Tests", "Printing", "Golden", name);
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        var normalized = actual.ReplaceLineEndings("\n");
        if (expected != normalized)
        {
            File.WriteAllText(path + ".actual", normalized);
        }

        Assert.True(expected is not null, $"No golden file {name}; the printed text is in {name}.actual.");
        Assert.Equal(expected, normalized);
    }
}
