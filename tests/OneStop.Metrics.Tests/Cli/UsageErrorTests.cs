using Xunit;

namespace OneStop.Metrics.Tests.Cli;

public class UsageErrorTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        { ["frobnicate"], "unknown command 'frobnicate' (expected one of: report, samples, calendar, lunar, due, generate, reconcile, help)" },
        { ["report", "--frmat", "json"], "unknown option '--frmat' (expected one of: --sample, --format, --lang, --by, --from, --to, --as-of, --dossiers, --units, --departments, --fields, --procedures, --rejected, --encoding, --date-order, --max-rejected)" },
        { ["report", "--sample", "tu-ky-2023", "--format"], "option '--format' needs a value (expected one of: text, json, csv)" },
        { ["report", "--sample", "--format", "json"], "option '--sample' needs a value (expected one of: tu-ky-2023)" },
        { ["report", "--sample", "tu-ky-2023", "--format", "xml"], "invalid value 'xml' for option '--format' (expected one of: text, json, csv)" },
        { ["report", "--sample", "tu-ky-2023", "--by", "region"], "invalid value 'region' for option '--by' (expected one of: level, unit, field)" },
        { ["report", "--sample", "tu-ky-2023", "--by"], "option '--by' needs a value (expected one of: level, unit, field)" },
        { ["report", "--sample", "tu-ky-2023", "--by", "Level"], "invalid value 'Level' for option '--by' (expected one of: level, unit, field)" },
        { ["report", "--sample", "tu-ky-2023", "--rejected", "rejected.csv"], "option '--rejected' applies to data files, not to --sample" },
        { ["report", "--sample", "tu-ky-2023", "--units", "units.csv"], "option '--units' applies to data files, not to --sample" },
        { ["report", "--dossiers", "d.csv", "--from", "2023-01-01", "--to", "2023-12-31"], "missing option '--units' FILE (without a data folder DIR, report needs all of --dossiers, --units, --departments, --fields, --procedures)" },
        { ["report", "/nonexistent-onestop-folder", "--units", "/nonexistent-units.csv", "--from", "2023-01-01", "--to", "2023-12-31"], "data folder '/nonexistent-onestop-folder' lacks dossiers.csv, departments.csv, fields.csv, procedures.csv; cannot find the file of --units '/nonexistent-units.csv'" },
        { ["report", "/nonexistent-onestop-folder", "--from", "2023-01-01", "--to", "2023-12-31", "--as-of", "2023-12-30"], "option '--as-of' must not be before '--to' (2023-12-31)" },
        { ["report", "--sample", "tu-ky-2023", "--lang", "fr"], "invalid value 'fr' for option '--lang' (expected one of: vi, en)" },
        { ["report", "--sample", "ha-noi-2024"], "unknown sample 'ha-noi-2024' (expected one of: tu-ky-2023)" },
        { ["report", "data/tu-ky", "--sample", "tu-ky-2023"], "give either --sample or a data folder, not both (got --sample 'tu-ky-2023' and 'data/tu-ky')" },
        { ["report", "data/a", "data/b"], "unexpected argument 'data/b' (expected one of: --sample, --format, --lang, --by, --from, --to, --as-of, --dossiers, --units, --departments, --fields, --procedures, --rejected, --encoding, --date-order, --max-rejected)" },
        { ["report", "/nonexistent-onestop-folder", "--from", "2023-01-01", "--to", "2023-12-31"], "data folder '/nonexistent-onestop-folder' lacks dossiers.csv, units.csv, departments.csv, fields.csv, procedures.csv" },
        { ["report", "/nonexistent-onestop-folder", "--from", "2023-01-01"], "missing option '--to' DATE" },
        { ["generate", "--dossiers", "10", "--seed", "1"], "missing option '--out' DIR" },
        { ["generate", "--dossiers", "ten", "--seed", "1", "--out", "x"], "invalid value 'ten' for option '--dossiers' (expected a whole number from 0 to 2147483647)" },
        { ["report", "--sample", "tu-ky-2023", "--sample", "tu-ky-2023"], "option '--sample' is given more than once" },
        { ["report"], "missing option '--sample' (report needs a data source: --sample NAME, one of: tu-ky-2023, or a data folder DIR)" },
        { ["report", "--Format", "json", "--sample", "tu-ky-2023"], "unknown option '--Format' (expected one of: --sample, --format, --lang, --by, --from, --to, --as-of, --dossiers, --units, --departments, --fields, --procedures, --rejected, --encoding, --date-order, --max-rejected)" },
        { ["samples", "--all"], "unknown option '--all' ('samples' takes no options)" },
        { ["help", "report"], "unexpected argument 'report' ('help' takes no arguments)" },
        { ["--version", "--help"], "unexpected argument '--help' ('--version' takes no arguments)" },
        { ["--verbose", "report"], "unknown option '--verbose' (expected one of: --help, -h, --version)" },
        { [], "no command given (expected one of: report, samples, calendar, lunar, due, generate, reconcile, help); run 'onestop-metrics --help' for usage" },
        { ["report", "--sample", "a\nb"], "unknown sample 'a\\u000ab' (expected one of: tu-ky-2023)" },
        { ["calendar", "--from", "2023-01-01"], "missing option '--to' DATE" },
        { ["calendar", "--from", "2023-13-01", "--to", "2023-12-31"], "invalid value '2023-13-01' for option '--from' (expected a date yyyy-MM-dd)" },
        { ["calendar", "--from", "2023-12-31", "--to", "2023-01-01"], "option '--to' (2023-01-01) is before '--from' (2023-12-31)" },
        { ["calendar", "--from", "1899-01-01", "--to", "1900-01-01"], "dates must be from 1900-01-01 to 2100-12-31; got 1899-01-01 to 1900-01-01" },
        { ["calendar", "--from", "2023-01-01", "--to", "2023-01-31", "--format", "json"], "invalid value 'json' for option '--format' (expected one of: text, csv)" },
        { ["lunar", "--from", "1899-02-09", "--to", "1900-01-01"], "dates must be from 1899-02-10 to 2101-01-28; got 1899-02-09 to 1900-01-01" },
        { ["due", "--received", "2026-02-13T16:30"], "give exactly one time limit: --working-days N, --calendar-days N or --working-hours N (got 0)" },
        { ["due", "--received", "2026-02-13T16:30", "--working-days", "5", "--calendar-days", "5"], "give exactly one time limit: --working-days N, --calendar-days N or --working-hours N (got 2)" },
        { ["due", "--received", "13/02/2026", "--working-days", "5"], "invalid value '13/02/2026' for option '--received' (expected a local time yyyy-MM-ddTHH:mm)" },
        { ["due", "--received", "2026-02-13T16:30", "--working-days=-5"], "invalid value '-5' for option '--working-days' (expected a whole number from 0 to 3650)" },
        { ["due", "--received", "2026-02-13T16:30", "--working-days", "5", "--cut-off", "3pm"], "invalid value '3pm' for option '--cut-off' (expected a time HH:mm)" },
        { ["due", "--working-days", "5"], "missing option '--received' TIME" },
        { ["due", "--received", "2150-01-01T08:00", "--working-days", "5"], "option '--received' must be in the years 1900 to 2099; was 2150-01-01T08:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Usage_errors_print_one_line_on_stderr_and_exit_2(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith(CliRun.ErrorPrefix, line, System.StringComparison.Ordinal);
        Assert.Equal(CliRun.ErrorPrefix + message + "\n", run.Stderr);
    }
}
