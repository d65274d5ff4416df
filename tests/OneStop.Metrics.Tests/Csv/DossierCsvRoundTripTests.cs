using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using OneStop.Metrics.Tests.Seed;
using OneStop.Metrics.Validation;
using Xunit;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>Writing and reading back: the Tứ Kỳ sample through CSV gives the same tally and the seed figures; the writers and readers of all five files round-trip.</summary>
public class DossierCsvRoundTripTests
{
    private static readonly Sample TuKy = BuiltInSamples.TuKy2023;

    private static readonly Lazy<string> TuKyCsv = new(() =>
    {
        using var writer = new StringWriter();
        DossierCsv.Write(writer, TuKy.Dossiers);
        return writer.ToString();
    });

    [Fact]
    public void The_sample_written_and_read_back_tallies_as_the_objects_do()
    {
        var result = DossierCsv.Tally(new StringReader(TuKyCsv.Value), TuKy.Reference, TuKy.Scope);

        Assert.Equal((36171L, 36171L, 0L), (result.RowsRead, result.Accepted, result.Rejected));
        Assert.Empty(result.Failures);
        Assert.Equal(DossierTally.Build(TuKy.Reference, TuKy.Scope, TuKy.Dossiers), result.Tally);
        Assert.Equal("lines: 36172, rows read: 36171, accepted: 36171, rejected: 0, warnings: 0, blank lines: 0", result.ToString());
    }

    [Fact]
    public void Under_computed_due_dates_by_instant_and_with_drill_down_ids_the_tallies_agree_too()
    {
        var scope = TallyScope.For(TuKy.Scope.Period, TuKy.Scope.AsOf.PlusDays(20), TimelinessComparison.ByInstant, DueDateSource.Computed);
        var options = new TallyOptions { RecordDossierIds = true };

        foreach (var columnar in new[] { false, true })
        {
            var result = DossierCsv.Tally(new StringReader(TuKyCsv.Value), TuKy.Reference, scope,
                new CsvReadOptions { TallyOptions = options, ColumnarFold = columnar });

            Assert.Equal(DossierTally.Build(TuKy.Reference, scope, TuKy.Dossiers, options), result.Tally);
        }
    }

    [Fact]
    public void The_sample_read_from_csv_prints_every_seed_figure()
    {
        var result = DossierCsv.Tally(new StringReader(TuKyCsv.Value), TuKy.Reference, TuKy.Scope);
        var printed = ReportPrinter.Print(IndicatorReport.Compute(result.Tally, TuKy.Options), TuKy.Heading);

        foreach (var (key, text) in SeedFigures.All)
        {
            Assert.Equal(text, printed.Figure(key).Text);
        }
    }

    [Fact]
    public void The_sample_through_a_data_folder_reads_back_the_reference_data_and_the_report()
    {
        var folder = new DataFolder(Path.Combine(Path.GetTempPath(), "onestop-csv-" + Guid.NewGuid().ToString("N")));
        try
        {
            var written = folder.Write(TuKy.Reference, TuKy.Dossiers);
            Assert.Empty(folder.MissingFiles());

            var reference = folder.ReadReference();
            var result = folder.TallyDossiers(reference.Reference, TuKy.Scope);

            Assert.True(reference.IsComplete, string.Join(" ", reference.CsvFailures.Concat(reference.Intake.Failures)));
            Assert.Equal(TuKy.Reference.Units.AsEnumerable(), reference.Reference.Units.AsEnumerable());
            Assert.Equal(TuKy.Reference.Departments.AsEnumerable(), reference.Reference.Departments.AsEnumerable());
            Assert.Equal(TuKy.Reference.Fields.AsEnumerable(), reference.Reference.Fields.AsEnumerable());
            Assert.Equal(TuKy.Reference.Procedures.AsEnumerable(), reference.Reference.Procedures.AsEnumerable());
            Assert.Equal((written, written), (result.RowsRead, result.Accepted));
            var fromFolder = ReportPrinter.Print(IndicatorReport.Compute(result.Tally, TuKy.Options), TuKy.Heading);
            var fromObjects = ReportPrinter.Print(TuKy.Compute(), TuKy.Heading);
            Assert.Equal(fromObjects.Figures.Select(f => (f.Key, f.Text)), fromFolder.Figures.Select(f => (f.Key, f.Text)));
        }
        finally
        {
            Directory.Delete(folder.Path, recursive: true);
        }
    }

    [Fact]
    public void A_data_folder_names_its_five_files_and_tells_the_missing_ones()
    {
        var folder = new DataFolder(Path.Combine(Path.GetTempPath(), "onestop-missing-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(["dossiers.csv", "units.csv", "departments.csv", "fields.csv", "procedures.csv"], folder.Files.Select(Path.GetFileName));
        Assert.Equal(folder.Files, folder.MissingFiles());
        Assert.Throws<DirectoryNotFoundException>(() => folder.ReadReference());
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void Random_dossiers_round_trip_to_equal_records(Dossier[] dossiers)
    {
        var valid = dossiers.Where(d => Enum.IsDefined(d.Channel)).ToArray();
        var text = new StringWriter();
        var count = DossierCsv.Write(text, valid);

        var result = DossierCsv.Tally(new StringReader(text.ToString()), DossierGenerators.Reference, DossierGenerators.Scope,
            new CsvReadOptions { MaxFailuresKept = int.MaxValue, DuplicateIds = DuplicateIdCheck.HashedWithLines });
        var intake = DossierIntake.Screen(DossierGenerators.Reference,
            valid.Select((d, i) => DossierRecord.From(d) with { Line = i + 2 }));

        Assert.Equal(valid.Length, count);
        Assert.Equal((valid.Length, intake.Accepted.Length), (result.RowsRead, (int)result.Accepted));
        Assert.Equal(intake.Rejected.SelectMany(r => r.Failures).Concat(intake.Warnings).OrderBy(f => f.Position).ThenBy(f => f.Code, StringComparer.Ordinal),
            result.Failures.AsEnumerable());
        Assert.Equal(DossierTally.Build(DossierGenerators.Reference, DossierGenerators.Scope, intake.Accepted), result.Tally);
    }

    [Property(Arbitrary = [typeof(ReferenceArbitraries)], MaxTest = 150)]
    public void Reference_files_round_trip_and_screen_as_the_core_does(ReferenceLists lists)
    {
        string Write(Action<TextWriter> write)
        {
            using var writer = new StringWriter();
            write(writer);
            return writer.ToString();
        }

        var result = ReferenceCsv.Read(
            new StringReader(Write(w => ReferenceCsv.WriteUnits(w, lists.Units))),
            new StringReader(Write(w => ReferenceCsv.WriteDepartments(w, lists.Departments))),
            new StringReader(Write(w => ReferenceCsv.WriteFields(w, lists.Fields))),
            new StringReader(Write(w => ReferenceCsv.WriteProcedures(w, lists.Procedures))));

        // A field with neither code nor name is written as a row of blank cells: a blank line, which is no entry.
        var fields = lists.Fields.Where(f => !(string.IsNullOrWhiteSpace(f.Code) && string.IsNullOrWhiteSpace(f.Name))).ToArray();
        var expected = ReferenceIntake.Screen(lists.Units, lists.Departments, fields, lists.Procedures);

        Assert.Empty(result.CsvFailures);
        Assert.Equal(expected.Reference.Units.AsEnumerable(), result.Reference.Units.AsEnumerable());
        Assert.Equal(expected.Reference.Departments.AsEnumerable(), result.Reference.Departments.AsEnumerable());
        Assert.Equal(expected.Reference.Fields.AsEnumerable(), result.Reference.Fields.AsEnumerable());
        Assert.Equal(expected.Reference.Procedures.AsEnumerable(), result.Reference.Procedures.AsEnumerable());
        Assert.Equal(expected.Failures.AsEnumerable(), result.Intake.Failures.AsEnumerable());
        Assert.Equal(Enumerable.Range(2, lists.Units.Length).Select(i => (long)i), result.UnitLines.AsEnumerable());
    }

    [Fact]
    public void Reference_files_with_vietnamese_headers_and_words_semicolons_and_a_bom()
    {
        var units = "\uFEFFMã;Tên;Cấp;Mã cấp trên\nH;huyện Tứ Kỳ;Huyện;\nX;xã Quang Phục;Xã;H\n";
        var departments = "mã;tên;mã đơn vị;loại\nMC-H;Một cửa huyện;H;Một cửa\nTP;Tư pháp;H;Chuyên môn\nTNMT;TNMT;H;phòng chuyên môn\nMC-X;Một cửa xã;X;bộ phận một cửa\n";
        var fields = "ma;ten\nTPH;Tư pháp\nDD;Đất đai\n";
        var procedures = "ma;ten;ma_linh_vuc;cap;dich_vu_cong_truc_tuyen;thoi_han_giai_quyet\n"
            + "P1;Cấp bản sao;TPH;huyện;toàn trình;\nP2;Đăng ký biến động;DD;cấp huyện;một phần;10 working days\nP3;Chứng thực;TPH;xã;không;\n";

        var result = ReferenceCsv.Read(new StringReader(units), new StringReader(departments), new StringReader(fields), new StringReader(procedures));

        Assert.True(result.IsComplete, string.Join(" ", result.CsvFailures.Concat(result.Intake.Failures)));
        Assert.Equal(DossierGenerators.Reference.Units.AsEnumerable(), result.Reference.Units.AsEnumerable());
        Assert.Equal(DossierGenerators.Reference.Departments.Select(d => (d.Code, d.UnitCode, d.Kind)),
            result.Reference.Departments.Select(d => (d.Code, d.UnitCode, d.Kind)));
        Assert.Equal(OneStop.Metrics.Deadlines.TimeLimit.WorkingDays(10), result.Reference.Procedures[1].TimeLimit);
        Assert.Equal(OnlineServiceKind.None, result.Reference.Procedures[2].OnlineService);
    }

    [Fact]
    public void An_unreadable_reference_cell_rejects_the_entry_and_its_dependants_through_the_core_screen()
    {
        var result = CsvErrorCodeTests.ReadReference(
            units: "code,name,level,parent_code\nH,huyện Tứ Kỳ,region,\nX,xã Quang Phục,commune,H\n");

        Assert.Equal(CsvErrorCodes.UnknownLevel, Assert.Single(result.CsvFailures).Code);
        Assert.Equal([ErrorCodes.UnitLevelUndefined, ErrorCodes.UnitParentRejected], result.Intake.RejectedUnits.SelectMany(r => r.Failures).Select(f => f.Code));
        Assert.Empty(result.Reference.Units);
        Assert.Contains(ErrorCodes.DepartmentUnitRejected, result.Intake.RejectedByCode.Keys);
        Assert.Equal([2L, 3L], result.UnitLines.AsEnumerable());
    }

    [Fact]
    public void A_reference_row_of_the_wrong_length_is_left_out_before_the_screen()
    {
        var result = CsvErrorCodeTests.ReadReference(fields: "code,name\nTPH,Tư pháp\nDD\n");

        var failure = Assert.Single(result.CsvFailures);
        Assert.Equal("Procedure field 'DD' (line 3): the row has 1 cells, the header 2.", failure.Message);
        Assert.Equal(["TPH"], result.Reference.Fields.Select(f => f.Code));
        Assert.Contains(ErrorCodes.ProcedureFieldUnknown, result.Intake.RejectedByCode.Keys);
    }

    [Fact]
    public void A_reference_file_missing_a_required_column_is_refused()
    {
        var result = CsvErrorCodeTests.ReadReference(departments: "code,name,unit_code\nMC-H,Một cửa,H\n");

        Assert.False(result.HeadersAccepted);
        Assert.Equal("Departments header (line 1): no column gives Kind (kind, loai, loại).", Assert.Single(result.CsvFailures).Message);
        Assert.Empty(result.Reference.Departments);
    }

    [Fact]
    public void Rejected_rows_are_written_with_their_line_codes_and_messages()
    {
        var writer = new StringWriter();
        var quotedId = "\"H,2\"" + CsvFixtures.RowWith(4, "fax")[3..];

        CsvFixtures.Read(CsvFixtures.FileWith(CsvFixtures.RowWith(1, "P9"), quotedId), new CsvReadOptions { RejectedRowsWriter = writer });

        Assert.Equal(
            "line,id,codes,messages\n"
            + "12,H-1,OSM6002,Dossier 'H-1' (line 12): ProcedureCode 'P9' is not in the procedure catalogue.\n"
            + "13,\"H,2\",OSM9005,\"Dossier 'H,2' (line 13): channel (column 5) 'fax' is not an intake channel (in_person, online, postal; trực tiếp, trực tuyến, bưu chính).\"\n",
            writer.ToString());
    }

    [Fact]
    public void Progress_is_told_the_rows_read_and_the_kept_failures_are_limited()
    {
        var reported = new List<long>();
        var rows = Enumerable.Range(0, 70_000).Select(i => CsvFixtures.RowWith(0, "R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace(",P1,", i % 1000 == 0 ? ",P9," : ",P1,", StringComparison.Ordinal));

        var result = CsvFixtures.Read(CsvFixtures.FileOf(CsvFixtures.Header, rows),
            new CsvReadOptions { Progress = new SyncProgress(reported), MaxFailuresKept = 3 });

        Assert.Equal([65_536L, 70_000L], reported);
        Assert.Equal((70_000L, 69_930L, 70L), (result.RowsRead, result.Accepted, result.Rejected));
        Assert.Equal(3, result.Failures.Length);
        Assert.Equal(70, result.FailureCount);
    }

    [Fact]
    public void Writing_refuses_undefined_values()
    {
        var dossier = DossierGenerators.NewDossier("H-1", DossierGenerators.At(2023, 3, 5)) with { Channel = (IntakeChannel)9 };

        Assert.Throws<ArgumentOutOfRangeException>(() => DossierCsv.Write(new StringWriter(), [dossier]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceCsv.WordOf((AdministrativeLevel)7));
    }

    [Fact]
    public void The_stream_overload_reads_utf8_and_the_writer_writes_it_without_a_bom()
    {
        using var stream = new MemoryStream();
        DossierCsv.Write(stream, TuKy.Dossiers.Take(10));

        Assert.Equal((byte)'i', stream.ToArray()[0]);
        stream.Position = 0;
        Assert.Equal(10, DossierCsv.Tally(stream, TuKy.Reference, TuKy.Scope).Accepted);
    }

    /// <summary>An <see cref="IProgress{T}"/> that records synchronously (the standard one posts to the thread pool).</summary>
    private sealed class SyncProgress(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }
}

/// <summary>Reference lists for the reference round trip: the validation generators' random lists with defined levels, kinds and online services and codes written as they read (writers refuse undefined values).</summary>
public sealed record ReferenceLists(AdministrativeUnit[] Units, Department[] Departments, ProcedureField[] Fields, Procedure[] Procedures)
{
    public override string ToString() => new Validation.RandomReference(Units, Departments, Fields, Procedures).ToString();
}

public static class ReferenceArbitraries
{
    public static Arbitrary<ReferenceLists> Lists() => Arb.From(
        Validation.ValidationGenerators.RandomReferences.Select(r => new ReferenceLists(
            [.. r.Units.Where(u => Enum.IsDefined(u.Level)).Select(u => u.ParentCode is "" ? u with { ParentCode = null } : u)],
            [.. r.Departments.Where(d => Enum.IsDefined(d.Kind))],
            r.Fields,
            [.. r.Procedures.Where(p => Enum.IsDefined(p.Level) && Enum.IsDefined(p.OnlineService) && p.TimeLimit is not { Unit: 0 })])));
}
