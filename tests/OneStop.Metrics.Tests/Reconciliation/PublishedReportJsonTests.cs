using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Reconciliation;

/// <summary>The JSON form of published reports: round trips, defaults, and errors that name the JSON path.</summary>
public sealed class PublishedReportJsonTests
{
    private const string Minimal = """{ "title": "T", "locality": "L", "figures": [] }""";

    [Fact]
    public void A_printed_sample_converts_writes_and_reads_back_equal()
    {
        var sample = BuiltInSamples.TuKy2023;
        var printed = ReportPrinter.Print(sample.Compute(), sample.Heading);
        var report = PublishedReport.FromPrinted(printed, sample.Options);

        var json = report.ToJson();
        var read = PublishedReport.Parse(json);

        Assert.Equal(report, read);
        Assert.Equal(json, read.ToJson());
        Assert.Equal(printed.Figures.Select(f => f.Key), report.Figures.Select(f => f.Key));
        Assert.Equal(MetricsOptions.Default, read.Definitions);
        Assert.Equal("huyện Tứ Kỳ, tỉnh Hải Dương", read.Locality);
        Assert.Equal("Kỳ báo cáo: từ ngày 01/01/2023 đến ngày 31/08/2023", read.PeriodText);
        Assert.Equal("Văn hóa-TT", read.Find("online-intake.district.H-VHTT")!.Label);
        Assert.Equal("100%", read.Find("online-intake.district.H-VHTT")!.PrintedPercentage);
        Assert.Null(read.Find("coverage.district")!.PrintedPercentage);
        Assert.Equal(8, read.Find("coverage.district.digitizing")!.Names.Length);
    }

    [Fact]
    public void An_english_printed_report_converts_with_its_print_options()
    {
        var sample = BuiltInSamples.TuKy2023;
        var printed = ReportPrinter.Print(sample.Compute(), sample.Heading, ReportPrintOptions.English);

        var report = PublishedReport.FromPrinted(printed, sample.Options, ReportPrintOptions.English);

        Assert.Equal('.', report.Conventions.DecimalSeparator);
        Assert.Equal("100.00%", report.Find("online-intake.district.H-TCKH")!.PrintedPercentage);
        Assert.Empty(ReportChecker.Check(report));
        Assert.Equal(report, PublishedReport.Parse(report.ToJson()));
        var wrong = Assert.Throws<ArgumentException>(() => PublishedReport.FromPrinted(printed, sample.Options));
        Assert.Contains("does not hold the rate '98,70%'", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_definitions_round_trip_with_every_choice()
    {
        var options = new MetricsOptions
        {
            OnTimeRate = OnTimeRateBasis.TotalToHandle,
            CountedAsResolved = EndedOutcomes.Returned | EndedOutcomes.Withdrawn,
            IntakeDigitization = IntakeDigitizationBasis.ReceivedInPeriod,
            ResultDigitization = ResultDigitizationBasis.Dossiers,
            OnlineIntake = OnlineIntakeBasis.TotalToHandle,
            ReuseProcedures = ReuseProcedureBasis.WithDossiers,
        };
        var report = new PublishedReport("T", "L", [PublishedFigure.OfCount("timeliness.total.district", "10", 10)],
            new ReportConventions('.', RoundingRule.Create(1, MidpointRounding.ToEven)), options);

        var json = report.ToJson();

        Assert.Contains("\"countedAsResolved\": [\n      \"Returned\",\n      \"Withdrawn\"\n    ]", json, StringComparison.Ordinal);
        Assert.Contains("\"mode\": \"half-to-even\"", json, StringComparison.Ordinal);
        Assert.Equal(report, PublishedReport.Parse(json));
    }

    [Fact]
    public void Missing_optional_parts_take_their_defaults()
    {
        var report = PublishedReport.Parse(Minimal);

        Assert.Equal(ReportConventions.Vietnamese, report.Conventions);
        Assert.Null(report.Definitions);
        Assert.Null(report.Period);
        Assert.Null(report.PeriodText);
        Assert.Empty(report.Figures);

        var partial = PublishedReport.Parse("""{ "title": "T", "locality": "L", "definitions": { "onlineIntake": "ReceivedInPeriod" }, "figures": [] }""");
        Assert.Equal(MetricsOptions.Default with { OnlineIntake = OnlineIntakeBasis.ReceivedInPeriod }, partial.Definitions);
    }

    [Fact]
    public void Load_reads_a_utf8_stream_and_a_text_reader()
    {
        var json = PublishedReports.TuKy2023.ToJson();
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray());
        using var reader = new StringReader(json);

        Assert.Equal(PublishedReports.TuKy2023, PublishedReport.Load(stream));
        Assert.Equal(PublishedReports.TuKy2023, PublishedReport.Load(reader));
    }

    public static TheoryData<string, string> BadReports => new()
    {
        { """[]""", "$: expected an object; was []" },
        { """{ "locality": "L", "figures": [] }""", "$.title: missing (a string is required)" },
        { """{ "title": 5, "locality": "L", "figures": [] }""", "$.title: expected a string; was 5" },
        { """{ "title": "T", "locality": "L" }""", "$.figures: missing (an array of figures is required)" },
        { """{ "title": "T", "locality": "L", "figures": [], "colour": "red" }""", "$.colour: unknown property (expected one of: title, locality, period, decimalSeparator, rounding, definitions, figures)" },
        { """{ "title": "T", "locality": "L", "decimalSeparator": ";", "figures": [] }""", "$.decimalSeparator: expected \",\" or \".\"; was \";\"" },
        { """{ "title": "T", "locality": "L", "rounding": { "decimals": 9 }, "figures": [] }""", "$.rounding.decimals: expected a whole number from 0 to 8; was 9" },
        { """{ "title": "T", "locality": "L", "rounding": { "mode": "up" }, "figures": [] }""", "$.rounding.mode: expected one of half-away-from-zero, half-to-even, toward-zero, toward-positive-infinity, toward-negative-infinity; was \"up\"" },
        { """{ "title": "T", "locality": "L", "period": { "start": "2023-01-01" }, "figures": [] }""", "$.period: give both 'start' and 'end', or neither" },
        { """{ "title": "T", "locality": "L", "period": { "start": "2023-01-01", "end": "31/8/2023" }, "figures": [] }""", "$.period.end: expected a date yyyy-MM-dd; was \"31/8/2023\"" },
        { """{ "title": "T", "locality": "L", "period": { "start": "2023-09-01", "end": "2023-08-31" }, "figures": [] }""", "$.period.end: the end 2023-08-31 is before the start 2023-09-01" },
        { """{ "title": "T", "locality": "L", "definitions": { "onTimeRate": "Late" }, "figures": [] }""", "$.definitions.onTimeRate: expected one of Resolved, ResolvedAndInProgress, TotalToHandle; was \"Late\"" },
        { """{ "title": "T", "locality": "L", "definitions": { "countedAsResolved": ["Returned", "Lost"] }, "figures": [] }""", "$.definitions.countedAsResolved[1]: expected one of Returned, Refused, Withdrawn; was \"Lost\"" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "digitization.intake.ward", "kind": "ratio", "printed": "1/2", "numerator": 1, "denominator": 2 } ] }""", "$.figures[0].key: unknown figure key 'digitization.intake.ward' (keys follow docs/report-figures.md, e.g. digitization.intake.district, online-intake.district.H-TCKH)" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "timeliness.total.district", "kind": "ratio", "printed": "1/2", "numerator": 1, "denominator": 2 } ] }""", "$.figures[0].kind: figure 'timeliness.total.district' is a count figure, not a ratio one" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "timeliness.total.district", "kind": "number", "printed": "1" } ] }""", "$.figures[0].kind: expected \"count\", \"ratio\" or \"names\"; was \"number\"" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "timeliness.total.district", "kind": "count", "printed": "1" } ] }""", "$.figures[0].count: missing (a whole number is required)" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "timeliness.total.district", "kind": "count", "printed": "1", "count": 1, "numerator": 1 } ] }""", "$.figures[0].numerator: not allowed in a count figure" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "online-intake.district", "kind": "ratio", "printed": "x", "numerator": -3, "denominator": 2 } ] }""", "$.figures[0].numerator: expected a whole number of 0 or more, below 10^15; was -3" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "online-intake.district", "kind": "ratio", "printed": "x", "numerator": 1, "denominator": 1000000000000000 } ] }""", "$.figures[0].denominator: expected a whole number of 0 or more, below 10^15; was 1000000000000000" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "online-intake.district", "kind": "ratio", "printed": "x", "numerator": 1.5, "denominator": 2 } ] }""", "$.figures[0].numerator: expected a whole number of 0 or more, below 10^15; was 1.5" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "online-intake.district", "kind": "ratio", "printed": "x", "numerator": "1", "denominator": 2 } ] }""", "$.figures[0].numerator: expected a whole number of 0 or more, below 10^15; was \"1\"" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "online-intake.district", "kind": "ratio", "printed": "x", "numerator": 1, "denominator": 2, "printedPercentage": "50" } ] }""", "$.figures[0].printedPercentage: '50' is not a printed percentage: a percentage must end with '%'" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "online-intake.district", "kind": "ratio", "printed": "x", "numerator": 1, "denominator": 2, "printedPercentage": "5,0,0%" } ] }""", "$.figures[0].printedPercentage: '5,0,0%' is not a percentage under decimal mark ',': more than one decimal mark" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "coverage.district.digitizing", "kind": "names", "printed": "x", "names": ["Tư pháp", " "] } ] }""", "$.figures[0].names[1]: expected a non-blank string; was \" \"" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "coverage.district.digitizing", "kind": "names", "printed": "x" } ] }""", "$.figures[0].names: missing (a names figure lists its names)" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "timeliness.total.district", "kind": "count", "printed": "1", "count": 1 }, { "key": "timeliness.total.district", "kind": "count", "printed": "2", "count": 2 } ] }""", "$.figures[1].key: figure key 'timeliness.total.district' appears more than once" },
        { """{ "title": "T", "locality": "L", "figures": [ { "key": "timeliness.total.district", "kind": "count", "printed": "1", "count": 1, "cuont": 2 } ] }""", "$.figures[0].cuont: unknown property (expected one of: key, kind, printed, label, count, numerator, denominator, printedPercentage, names)" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public void Bad_reports_are_refused_with_the_json_path_and_the_value(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => PublishedReport.Parse(json));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_its_line_and_position()
    {
        var error = Assert.Throws<JsonException>(() => PublishedReport.Parse("{\n  \"title\": \"T\",\n  oops\n}"));

        Assert.StartsWith("invalid JSON at line 3, byte 3: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => PublishedReport.Parse("""{ "title": "T", "title": "U", "locality": "L", "figures": [] }"""));
    }

    [Fact]
    public void Code_built_reports_are_checked_like_parsed_ones()
    {
        var figure = PublishedFigure.OfCount("timeliness.total.district", "1", 1);

        Assert.Throws<ArgumentException>(() => new PublishedReport("T", "L", [figure, figure]));
        Assert.Throws<ArgumentException>(() => PublishedFigure.OfCount("nonsense", "1", 1));
        Assert.Throws<ArgumentException>(() => PublishedFigure.OfCount("online-intake.district", "1", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.OfRatio("online-intake.district", "x", -1, 2, null));
        Assert.Throws<ArgumentException>(() => PublishedFigure.OfRatio("online-intake.district", "x", 1, 2, "50"));
        Assert.Throws<ArgumentException>(() => new PublishedReport("T", "L",
            [PublishedFigure.OfRatio("online-intake.district", "x", 1, 2, "5,0,0%")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportConventions(';', RoundingRule.Default));
    }
}
