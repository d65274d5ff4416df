using System;
using System.IO;
using System.Linq;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Csv.CsvErrorCodeTests;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>
/// Reference files with the header shapes Excel and hand edits produce — empty, repeated, missing names, no header
/// line, an empty file — give coded failures and never an exception; an unknown column only warns; a bad entry
/// drops itself and its dependants, and every failure is reported.
/// </summary>
public class ReferenceCsvRobustnessTests
{
    private const string Units = "code,name,level,parent_code\nH,huyện Tứ Kỳ,district,\nX,xã Quang Phục,commune,H\n";

    [Fact]
    public void Two_trailing_unnamed_columns_warn_and_every_unit_is_read()
    {
        var result = ReadReference(units: Units.Replace("\n", ",,\n", StringComparison.Ordinal));

        Assert.Equal(
            ["Administrative units header (line 1): column 5 has no name; it is ignored.",
             "Administrative units header (line 1): column 6 has no name; it is ignored."],
            result.CsvFailures.Select(f => f.Message));
        Assert.All(result.CsvFailures, f => Assert.Equal(CsvErrorCodes.EmptyHeaderName, f.Code));
        Assert.True(result.HeadersAccepted);
        Assert.True(result.Intake.IsComplete);
        Assert.Equal(["H", "X"], result.Reference.Units.Select(u => u.Code));
    }

    [Fact]
    public void A_header_name_given_twice_refuses_the_file_with_a_code_not_an_exception()
    {
        var result = ReadReference(units: "code,name,level,code\nH,huyện Tứ Kỳ,district,H\n");

        var failure = Assert.Single(result.CsvFailures);
        Assert.Equal(CsvErrorCodes.DuplicateColumn, failure.Code);
        Assert.Equal("Administrative units header (line 1): column 4 'code' gives Code, as column 1 'code' does.", failure.Message);
        Assert.False(result.HeadersAccepted);
        Assert.Empty(result.Reference.Units);
    }

    [Fact]
    public void A_file_without_a_header_line_is_recognised_as_such()
    {
        var result = ReadReference(units: "H,huyện Tứ Kỳ,district,\nX,xã Quang Phục,commune,H\n");

        var failure = Assert.Single(result.CsvFailures);
        Assert.Equal(CsvErrorCodes.NoHeaderLine, failure.Code);
        Assert.Equal(
            "Administrative units header (line 1): no cell names a column ('H', 'huyện Tứ Kỳ', 'district', …): the file has no header line; it needs one (code, name, level, parent_code).",
            failure.Message);
        Assert.False(result.HeadersAccepted);
    }

    [Fact]
    public void A_one_byte_file_of_a_separator_is_an_empty_file()
    {
        // A line of separators only is a blank line (Excel's empty row), so the file has no line that is not blank.
        var result = ReadReference(fields: ",");

        Assert.Equal([CsvErrorCodes.EmptyFile], result.CsvFailures.Select(f => f.Code));
        Assert.False(result.HeadersAccepted);
        Assert.Empty(result.Reference.Fields);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\r\n")]
    public void An_empty_file_is_reported_as_empty(string text)
    {
        var result = ReadReference(departments: text);

        var failure = Assert.Single(result.CsvFailures);
        Assert.Equal(CsvErrorCodes.EmptyFile, failure.Code);
        Assert.Equal("Departments header (line 1): the file is empty; it needs a header line (code, name, unit_code, kind).", failure.Message);
        Assert.False(result.HeadersAccepted);
    }

    [Fact]
    public void An_unknown_column_warns_and_blocks_nothing()
    {
        var result = ReadReference(units: "code,name,level,parent_code,ghi_chu\nH,huyện Tứ Kỳ,district,,a\nX,xã Quang Phục,commune,H,b\n");

        var failure = Assert.Single(result.CsvFailures);
        Assert.Equal(CsvErrorCodes.UnknownHeader, failure.Code);
        Assert.Equal(IntakeSeverity.Warning, failure.Severity);
        Assert.True(result.HeadersAccepted);
        Assert.True(result.Intake.IsComplete);
        Assert.Equal(["H", "X"], result.Reference.Units.Select(u => u.Code));
        Assert.Equal(4, result.Reference.Departments.Length);
    }

    [Fact]
    public void Bad_entries_drop_themselves_and_their_dependants_and_every_failure_is_reported()
    {
        var result = ReadReference(
            units: Units.Replace("commune,H", "region,H", StringComparison.Ordinal),
            departments: "code,name,unit_code,kind\nMC-H,Một cửa,H,one_stop\nTP,Tư pháp,H,office\nTNMT,TNMT,H,specialised\nMC-X,Một cửa xã,X,one_stop\n");

        Assert.Equal([(CsvErrorCodes.UnknownLevel, 3L), (CsvErrorCodes.UnknownDepartmentKind, 3L)],
            result.CsvFailures.Select(f => (f.Code, f.Line!.Value)));
        Assert.Equal(["X"], result.Intake.RejectedUnits.Select(r => r.Entry.Code));
        Assert.Equal(["MC-X", "TP"], result.Intake.RejectedDepartments.Select(r => r.Entry.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["H"], result.Reference.Units.Select(u => u.Code));
        Assert.Equal(["MC-H", "TNMT"], result.Reference.Departments.Select(d => d.Code));
    }

    [Theory]
    [InlineData(",,")]
    [InlineData("\"")]
    [InlineData("code,code,code\n\"")]
    [InlineData("\0")]
    public void Odd_short_files_never_throw(string text)
    {
        var result = ReadReference(fields: text);

        Assert.False(result.HeadersAccepted);
        Assert.NotEmpty(result.CsvFailures);
        Assert.All(result.CsvFailures, f => Assert.StartsWith("OSM90", f.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_1258_reference_files_are_refused_by_name_and_read_with_their_encoding()
    {
        var folder = Directory.CreateTempSubdirectory("osm-1258-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "units.csv"), CsvFixtures.Windows1258("mã,tên,cấp,mã cấp trên\nH,huyện Tứ Kỳ,huyện,\nX,xã Quang Phục,xã,H\n"));
            File.WriteAllBytes(Path.Combine(folder, "departments.csv"), CsvFixtures.Windows1258("code,name,unit_code,kind\nMC-H,Bộ phận Một cửa huyện,H,one_stop\n"));
            File.WriteAllText(Path.Combine(folder, "fields.csv"), "code,name\n");
            File.WriteAllText(Path.Combine(folder, "procedures.csv"), "code,name,field_code,level,online_service,time_limit\n");
            string[] paths = [.. new[] { "units.csv", "departments.csv", "fields.csv", "procedures.csv" }.Select(f => Path.Combine(folder, f))];

            var refused = ReferenceCsv.ReadFiles(paths[0], paths[1], paths[2], paths[3]);
            Assert.True(CsvEncodings.TryGet("windows-1258", out var encoding));
            var read = ReferenceCsv.ReadFiles(paths[0], paths[1], paths[2], paths[3], null, encoding);

            Assert.Equal([CsvErrorCodes.NotInEncoding, CsvErrorCodes.NotInEncoding], refused.CsvFailures.Select(f => f.Code));
            Assert.StartsWith("Administrative units file: byte 0xDE at offset 2 is not UTF-8; the file looks like Windows-1258", refused.CsvFailures[0].Message, StringComparison.Ordinal);
            Assert.Empty(refused.Reference.Units);
            Assert.True(read.IsComplete, string.Join(" ", read.CsvFailures));
            Assert.Equal(["huyện Tứ Kỳ", "xã Quang Phục"], read.Reference.Units.Select(u => u.Name));
            Assert.Equal("Bộ phận Một cửa huyện", Assert.Single(read.Reference.Departments).Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
