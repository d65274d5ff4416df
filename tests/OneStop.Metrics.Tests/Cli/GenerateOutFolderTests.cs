using System;
using System.IO;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary><c>generate</c> never overwrites: a non-empty <c>--out</c> is refused unless <c>--force</c>, a file always.</summary>
public sealed class GenerateOutFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "onestop-out-" + Guid.NewGuid().ToString("N"));

    public GenerateOutFolderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_non_empty_folder_is_refused_and_left_as_it_was()
    {
        var folder = Path.Combine(_root, "data");
        Directory.CreateDirectory(folder);
        var note = Path.Combine(folder, "dossiers.csv");
        File.WriteAllText(note, "mine");

        var run = Generate(folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([CliRun.ErrorPrefix + $"folder '{folder}' of option '--out' is not empty; give a new or empty folder, or --force to replace its files"],
            run.StderrLines);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal("mine", File.ReadAllText(note));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void Force_replaces_the_files_of_a_non_empty_folder()
    {
        var folder = Path.Combine(_root, "data");
        Assert.Equal(0, Generate(folder).ExitCode);
        File.WriteAllText(Path.Combine(folder, "dossiers.csv"), "mine");

        var run = Generate(folder, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(11, File.ReadAllLines(Path.Combine(folder, "dossiers.csv")).Length);
    }

    [Fact]
    public void An_empty_existing_folder_is_written()
    {
        var folder = Path.Combine(_root, "empty");
        Directory.CreateDirectory(folder);

        Assert.Equal(0, Generate(folder).ExitCode);
        Assert.Equal(5, Directory.GetFiles(folder).Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_is_refused_with_one_line_even_with_force(bool force)
    {
        var file = Path.Combine(_root, "data.csv");
        File.WriteAllText(file, "mine");

        var run = force ? Generate(file, "--force") : Generate(file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([CliRun.ErrorPrefix + $"option '--out' names a file ('{file}'); give a folder"], run.StderrLines);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void A_folder_under_a_file_is_a_one_line_usage_error()
    {
        var file = Path.Combine(_root, "data.csv");
        File.WriteAllText(file, "mine");

        var run = Generate(Path.Combine(file, "sub"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(CliRun.ErrorPrefix + $"cannot create the folder '{Path.Combine(file, "sub")}' of option '--out': ",
            Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Force_takes_no_value()
    {
        var run = Generate(Path.Combine(_root, "data"), "--force=yes");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([CliRun.ErrorPrefix + "option '--force' takes no value"], run.StderrLines);
    }

    private static CliRun Generate(string folder, params string[] more) =>
        CliRun.Of(["generate", "--dossiers", "10", "--seed", "1", "--out", folder, "--shape", "small", .. more]);
}
