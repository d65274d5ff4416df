using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneStop.Metrics.Fuzz;
using OneStop.Metrics.Tests.Csv;
using Xunit;

namespace OneStop.Metrics.Tests.Fuzz;

/// <summary>Every input saved under <c>tests/OneStop.Metrics.Tests/Fuzz/Regressions/&lt;target&gt;/</c> passes its target's checks.</summary>
public class FuzzRegressionTests
{
    public static IEnumerable<object[]> Inputs() =>
        FuzzTargets.Names.SelectMany(target => Directory.GetFiles(Path.Combine(Folder, target), "*.bin")
            .Order(StringComparer.Ordinal)
            .Select(file => new object[] { target, Path.GetFileName(file) }));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_saved_input_passes_every_check(string target, string file)
    {
        var violation = FuzzRunner.Check(FuzzTargets.Create(target), File.ReadAllBytes(Path.Combine(Folder, target, file)), FuzzSmokeTests.Budget);

        Assert.True(violation is null, violation is null ? null : $"{violation.Signature}\n{violation.Message}");
    }

    [Fact]
    public void Every_target_has_a_regression_folder_with_inputs()
    {
        Assert.All(FuzzTargets.Names, target => Assert.NotEmpty(Directory.GetFiles(Path.Combine(Folder, target), "*.bin")));
    }

    private static string Folder => Path.Combine(RepositoryFiles.Root, "tests", "OneStop.Metrics.Tests", "Fuzz", "Regressions");
}
