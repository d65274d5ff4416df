using System.Linq;
using System.Text.Json;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

public class ReportCommandTests
{
    [Fact]
    public void Text_report_of_the_sample_prints_the_seed_lines()
    {
        var run = CliRun.Of("report", "--sample", "tu-ky-2023");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Contains("+ Số hóa hồ sơ khi tiếp nhận: 2.498/2.531 đạt tỷ lệ 98,70%.", run.StdoutLines);
        Assert.Contains("+ Cấp huyện: 152 TTHC theo một phần, 80 TTHC theo toàn trình.", run.StdoutLines);
        Assert.EndsWith("\n", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_text_format_and_vietnamese_language_are_the_defaults()
    {
        var byDefault = CliRun.Of("report", "--sample", "tu-ky-2023");
        var explicitly = CliRun.Of("report", "--format", "text", "--lang", "vi", "--sample", "tu-ky-2023");

        Assert.Equal(0, explicitly.ExitCode);
        Assert.Equal(byDefault.Stdout, explicitly.Stdout);
    }

    [Fact]
    public void Options_also_take_their_value_after_an_equals_sign()
    {
        var run = CliRun.Of("report", "--sample=tu-ky-2023", "--format=json");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_parses_and_keys_the_district_intake_digitization()
    {
        var run = CliRun.Of("report", "--sample", "tu-ky-2023", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var figure = json.RootElement.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "digitization.intake.district");
        Assert.Equal(2498, figure.GetProperty("numerator").GetInt64());
        Assert.Equal(2531, figure.GetProperty("denominator").GetInt64());
        Assert.Equal(98.70m, figure.GetProperty("percentage").GetDecimal());
        Assert.Equal("2.498/2.531 đạt tỷ lệ 98,70%", figure.GetProperty("text").GetString());
    }

    [Fact]
    public void English_report_uses_english_words_and_invariant_numbers()
    {
        var run = CliRun.Of("report", "--sample", "tu-ky-2023", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("+ Dossiers digitized at intake: 2,498/2,531 (98.70%).", run.StdoutLines);
    }

    [Fact]
    public void Sample_names_match_case_insensitively()
    {
        var run = CliRun.Of("report", "--sample", "TU-KY-2023");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("+ Số hóa hồ sơ khi tiếp nhận: 2.498/2.531 đạt tỷ lệ 98,70%.", run.StdoutLines);
    }
}
