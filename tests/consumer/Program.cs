// The consumer of the packages: prints the built-in Tứ Kỳ 2023 sample's report, then writes the sample to a data
// folder with OneStop.Metrics.Csv, reads it back (the code between the CSV markers is the quick start of
// src/OneStop.Metrics.Csv/PACKAGE.md) and prints the row accounting and a figure computed from the files.
// Usage: Consumer DIR (the data folder is written to DIR/data).
using System;
using System.IO;
using NodaTime;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Consumer DIR");
    return 2;
}

var sample = BuiltInSamples.TuKy2023;
Console.Write(ReportPrinter.Print(sample.Compute(), sample.Heading).ToText());
Console.WriteLine();

Directory.SetCurrentDirectory(args[0]);
new DataFolder("data").Write(sample.Reference, sample.Dossiers);

// CSV-BEGIN
// A data folder: dossiers.csv, units.csv, departments.csv, fields.csv, procedures.csv (see docs/csv-schema.md).
var folder = new DataFolder("data");
var reference = folder.ReadReference().Reference;
var scope = TallyScope.For(ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 8, 31)));
var result = folder.TallyDossiers(reference, scope);   // streams and validates every row
Console.WriteLine(result);   // lines: P, rows read: N, accepted: A, rejected: R, warnings: W, blank lines: B
var printed = ReportPrinter.Print(IndicatorReport.Compute(result.Tally), new ReportHeading("huyện Tứ Kỳ", "Báo cáo"));
Console.WriteLine(printed.Figure("digitization.intake.district").Text);   // 2.498/2.531 đạt tỷ lệ 98,70%
// CSV-END
return 0;
