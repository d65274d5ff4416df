using System;
using System.IO;
using System.Linq;
using System.Globalization;
using System.Text;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Csv.CsvFixtures;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>
/// The exports provincial systems and Excel really produce, each of which once shrank a file silently or crashed the
/// reader: every one now gives coded rejections or a coded refusal, and the line accounting always adds up.
/// </summary>
public class RealWorldExportTests
{
    /// <summary><paramref name="count"/> valid rows with ids, …</summary>
    private static string[] Rows(int count) =>
        [.. Enumerable.Range(1, count).Select(i => ValidRow.Replace("H-1,", $"R-{i},", StringComparison.Ordinal))];

    private static void AssertAccounted(CsvTallyResult result)
    {
        Assert.Equal(result.RowsRead, result.Accepted + result.Rejected);
        Assert.Equal(result.PhysicalLines, result.HeaderLines + result.RowLines + result.BlankLines);
        Assert.Equal(result.Accepted, result.Tally.DossiersSeen);
    }

    [Theory]
    [InlineData(3)] // line 4 of the file
    [InlineData(10_000)] // the middle of the file
    [InlineData(19_999)] // the last row
    public void A_stray_quote_in_an_unquoted_id_rejects_its_row_alone(int index)
    {
        var rows = Rows(20_000);
        rows[index - 1] = rows[index - 1].Replace($"R-{index},", $"R-\"{index},", StringComparison.Ordinal);
        var rejected = new StringWriter();

        var result = Read(FileOf(Header, rows), new CsvReadOptions { RejectedRowsWriter = rejected });

        Assert.Equal((20_001L, 20_000L, 19_999L, 1L), (result.PhysicalLines, result.RowsRead, result.Accepted, result.Rejected));
        var failure = Assert.Single(result.Failures);
        Assert.Equal((CsvErrorCodes.QuoteNotClosed, (long?)index + 1), (failure.Code, failure.Line));
        Assert.Equal(2, rejected.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + the row
        AssertAccounted(result);
    }

    [Fact]
    public void A_quoted_cell_may_span_lines_only_when_the_row_keeps_the_headers_number_of_cells()
    {
        // The quote opened in row 5 closes on row 6 (which has a quote of its own): read as one row it would have
        // the wrong number of cells, so row 5 alone is rejected and row 6 is read.
        var rows = Rows(8);
        rows[4] = rows[4].Replace("R-5,", "R-\"5,", StringComparison.Ordinal);
        rows[5] = rows[5].Replace("R-6,", "\"R-6\",", StringComparison.Ordinal);

        var result = Read(FileOf(Header, rows));

        Assert.Equal((8L, 7L), (result.RowsRead, result.Accepted));
        Assert.Equal(CsvErrorCodes.QuoteNotClosed, Assert.Single(result.Failures).Code);
        AssertAccounted(result);
    }

    [Theory]
    [InlineData("\r")] // old Mac line breaks: a lone CR before the rejected row must not merge with what replaces it
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_rejected_row_after_any_line_break_keeps_every_line_accounted(string lineBreak)
    {
        var text = Header + lineBreak + "\"" + lineBreak + ValidRow + lineBreak + "\"x" + lineBreak + lineBreak + ValidRow.Replace("H-1,", "H-2,", StringComparison.Ordinal);

        var result = Read(text);

        Assert.Equal((6L, 4L, 2L, 2L), (result.PhysicalLines, result.RowsRead, result.Accepted, result.Rejected));
        Assert.Equal([CsvErrorCodes.QuoteNotClosed, CsvErrorCodes.QuoteNotClosed], result.Failures.Select(f => f.Code));
        Assert.Equal([2L, 4L], result.Failures.Select(f => f.Line!.Value));
        AssertAccounted(result);
    }

    [Fact]
    public void A_cr_only_file_with_empty_lines_keeps_its_line_numbers_across_every_buffer()
    {
        // Excel for Mac's "CSV" ends lines with a lone CR; an empty line after every seventh row puts "\r\r" at
        // every kind of buffer edge (Sep loses a line when a block ends with '\r' and the next begins with one).
        var lines = new System.Collections.Generic.List<string> { Header };
        var rows = Rows(20_000);
        rows[19_990] = rows[19_990].Replace(",P1,", ",P9,", StringComparison.Ordinal);
        var badLine = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            lines.Add(rows[i]);
            if (i == 19_990)
            {
                badLine = lines.Count;
            }

            if (i % 7 == 6)
            {
                lines.Add(string.Empty);
            }
        }

        var result = Read(string.Join('\r', lines) + "\r");

        Assert.Equal((20_000L, 19_999L, 2_857L, (long)lines.Count), (result.RowsRead, result.Accepted, result.BlankLines, result.PhysicalLines));
        Assert.Equal((long)badLine, Assert.Single(result.Failures).Line);
        AssertAccounted(result);
    }

    [Fact]
    public void A_row_of_megabytes_is_rejected_without_being_held_and_reading_goes_on()
    {
        var rows = Rows(5);
        rows[1] = "R-2" + new string('x', 2_900_000) + rows[1][3..];

        var result = Read(FileOf(Header, rows));

        Assert.Equal((5L, 4L, 1L), (result.RowsRead, result.Accepted, result.Rejected));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(CsvErrorCodes.RowTooLong, failure.Code);
        Assert.StartsWith($"Row at line 3: {rows[1].Length:N0} characters, more than the limit of 1,048,576;", failure.Message, StringComparison.Ordinal);
        Assert.True(failure.Message.Length < 300);
        AssertAccounted(result);
    }

    [Theory]
    [InlineData(",", CsvErrorCodes.EmptyFile)]
    [InlineData("\n\n", CsvErrorCodes.EmptyFile)]
    [InlineData("   ", CsvErrorCodes.EmptyFile)]
    [InlineData("\"", CsvErrorCodes.EmptyFile)]
    [InlineData("\nH-1,P1\n", CsvErrorCodes.NoHeaderLine)]
    [InlineData("\u0000\u0001,\u0002\n", CsvErrorCodes.BinaryContent)]
    public void Degenerate_files_are_refused_with_a_code_never_an_exception(string text, string code)
    {
        var result = Read(text);

        Assert.True(result.IsRefused);
        Assert.Equal(code, Assert.Single(result.HeaderFailures.Concat(result.FileFailures)).Code);
        Assert.Equal(0, result.RowsRead);
    }

    [Fact]
    public void Empty_header_names_as_excel_writes_them_are_ignored_with_warnings()
    {
        var result = Read(FileOf(Header + ",,", Rows(3).Select(r => r + ",,")));

        Assert.Equal((3L, 3L), (result.RowsRead, result.Accepted));
        Assert.Equal([CsvErrorCodes.EmptyHeaderName, CsvErrorCodes.EmptyHeaderName], result.HeaderFailures.Select(f => f.Code));
        Assert.Equal(["Header (line 1): column 16 has no name; it is ignored.", "Header (line 1): column 17 has no name; it is ignored."],
            result.HeaderFailures.Select(f => f.Message));
    }

    [Fact]
    public void A_repeated_header_name_refuses_the_file_with_its_code()
    {
        var result = Read(FileOf(Header + ",id", Rows(2).Select(r => r + ",X")));

        Assert.True(result.IsRefused);
        Assert.Equal(CsvErrorCodes.DuplicateColumn, Assert.Single(result.HeaderFailures).Code);
        Assert.Equal(3, result.PhysicalLines);
    }

    [Fact]
    public void A_file_without_its_header_line_is_recognised_as_such()
    {
        var result = Read(FileOf(Rows(1)[0], Rows(3).Skip(1)));

        var failure = Assert.Single(result.HeaderFailures);
        Assert.Equal(CsvErrorCodes.NoHeaderLine, failure.Code);
        Assert.Contains("the file has no header line", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1258_export_is_refused_by_name_and_read_exactly_with_the_encoding()
    {
        var header = Header.Replace("id,", "mã hồ sơ,", StringComparison.Ordinal).Replace("channel,", "hình thức nộp,", StringComparison.Ordinal);
        var rows = Rows(3).Select(r => r.Replace("in_person", "trực tiếp", StringComparison.Ordinal));
        var bytes = Windows1258(FileOf(header, rows));

        var refused = ReadBytes(bytes);
        Assert.Equal(CsvErrorCodes.NotInEncoding, Assert.Single(refused.FileFailures).Code);
        Assert.Contains("windows-1258", refused.FileFailures[0].Message, StringComparison.Ordinal);

        Assert.True(CsvEncodings.TryGet("windows-1258", out var encoding));
        var read = ReadBytes(bytes, new CsvReadOptions { Encoding = encoding });
        Assert.Equal((3L, 3L), (read.RowsRead, read.Accepted));
        Assert.Equal("mã hồ sơ", read.Columns[DossierColumn.Id]);
        Assert.Equal("hình thức nộp", read.Columns[DossierColumn.Channel]);
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-16be")]
    public void Utf16_without_a_byte_order_mark_is_named_and_readable(bool bigEndian, string name)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(FileOf(Header, Rows(4)));

        var refused = ReadBytes(bytes);
        Assert.Equal(CsvErrorCodes.NotInEncoding, Assert.Single(refused.FileFailures).Code);
        Assert.Contains($"--encoding {name}", refused.FileFailures[0].Message, StringComparison.Ordinal);

        Assert.True(CsvEncodings.TryGet(name, out var encoding));
        var read = ReadBytes(bytes, new CsvReadOptions { Encoding = encoding });
        Assert.Equal((4L, 4L), (read.RowsRead, read.Accepted));
    }

    [Fact]
    public void Us_excel_dates_are_refused_whole_or_read_consistently_month_first()
    {
        // 3/25 can only be month first; 3/5 is ambiguous and must not be read as 3 May when the file is month first.
        var rows = Rows(4).Select((r, i) => r.Replace("2023-03-05T08:10", i % 2 == 0 ? "3/25/2023 08:10" : "3/5/2023 08:10", StringComparison.Ordinal)
            .Replace("2023-03-10T17:00", "4/10/2023 17:00", StringComparison.Ordinal).Replace("2023-03-08T10:00", "4/8/2023 10:00", StringComparison.Ordinal));
        var text = FileOf(Header, rows);

        var dayFirst = Read(text);
        Assert.True(dayFirst.IsRefused);
        Assert.Equal(CsvErrorCodes.DateOrderMismatch, Assert.Single(dayFirst.FileFailures).Code);
        Assert.Equal(0, dayFirst.Tally.DossiersSeen);

        var monthFirst = Read(text, new CsvReadOptions { DateOrder = CsvDateOrder.MonthFirst, TallyOptions = new TallyOptions { RecordDossierIds = true } });
        Assert.False(monthFirst.IsRefused);
        Assert.Equal((4L, 4L), (monthFirst.RowsRead, monthFirst.Accepted));
    }

    [Theory]
    [InlineData("0023-03-05T08:10")]
    [InlineData("1900-01-01T00:00")]
    [InlineData("2200-03-05T08:10")]
    public void Implausible_years_are_rejected_even_with_computed_due_dates(string receivedAt)
    {
        var scope = TallyScope.For(Scope.Period, null, dueDates: DueDateSource.Computed);
        var text = FileWith(RowWith(5, receivedAt));

        var result = DossierCsv.Tally(new StringReader(text), Reference, scope);

        Assert.Equal((11L, 10L), (result.RowsRead, result.Accepted));
        Assert.Contains(ErrorCodes.DossierDateImplausible, result.Failures.Select(f => f.Code));
        Assert.All(result.Failures, f => Assert.Equal(12L, f.Line));
    }

    [Fact]
    public void Lines_of_spaces_and_of_separators_only_are_blank_lines_not_rows()
    {
        var result = Read(FileOf(Header, [.. Rows(2), "   ", ",,,,,,,,,,,,,,", "", .. Rows(3).Skip(2)]));

        Assert.Equal((3L, 3L, 0L, 3L), (result.RowsRead, result.Accepted, result.Rejected, result.BlankLines));
        AssertAccounted(result);
    }

    [Fact]
    public void A_nul_in_an_id_is_a_rejection_printed_escaped()
    {
        var result = Read(FileWith(RowWith(0, "H\u00001")));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(ErrorCodes.DossierTextControlCharacter, failure.Code);
        Assert.Equal("Dossier 'H\\u00001' (line 12): Id 'H\\u00001' holds a control character.", failure.Message);
        Assert.DoesNotContain('\0', failure.Message);
    }

    [Fact]
    public void Binary_files_are_refused_without_printing_their_bytes()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x50;
        bytes[1] = 0x4B;
        bytes[2] = 0x03;
        bytes[3] = 0x04;

        var result = ReadBytes(bytes);

        Assert.Equal(CsvErrorCodes.BinaryContent, Assert.Single(result.FileFailures).Code);
        Assert.DoesNotContain(result.FileFailures[0].Message, c => char.IsControl(c));
    }

    [Fact]
    public void Invalid_bytes_after_the_first_64_kib_reject_their_rows_only()
    {
        var text = FileOf(Header, Rows(1000));
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = text.IndexOf("R-900,", StringComparison.Ordinal) + 2;
        Assert.True(at > TextDecodingProbe);
        bytes[at] = 0xFF;

        var result = ReadBytes(bytes);

        Assert.Equal((1000L, 999L), (result.RowsRead, result.Accepted));
        Assert.Equal(CsvErrorCodes.InvalidText, Assert.Single(result.Failures).Code);
        AssertAccounted(result);
    }

    private const int TextDecodingProbe = 1 << 16;
}
