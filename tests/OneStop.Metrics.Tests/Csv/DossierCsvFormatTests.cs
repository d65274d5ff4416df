using System;
using System.IO;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Csv.CsvFixtures;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>What the reader accepts: separators, byte order marks, quoting, Vietnamese headers and words, date styles, a caller's mapping.</summary>
public class DossierCsvFormatTests
{
    /// <summary>The tally of the one valid dossier H-1, to compare readings with.</summary>
    private static readonly DossierTally ValidTally = Read(FileOf(Header, [ValidRow])).Tally;

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void Comma_semicolon_and_tab_are_detected_from_the_header_or_given(char separator)
    {
        var text = FileOf(Header.Replace(',', separator), [ValidRow.Replace(',', separator)]);

        var detected = Read(text, new CsvReadOptions());
        var given = Read(text, new CsvReadOptions { Separator = separator });

        foreach (var result in new[] { detected, given })
        {
            Assert.Equal(separator, result.Separator);
            Assert.Equal((1L, 1L, 0L), (result.RowsRead, result.Accepted, result.Rejected));
            Assert.Equal(ValidTally, result.Tally);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8_with_or_without_a_byte_order_mark_reads_the_same(bool bom)
    {
        var text = FileOf(Header.Replace("id,", "mã hồ sơ,", StringComparison.Ordinal), [ValidRow.Replace("in_person", "trực tiếp", StringComparison.Ordinal)]);

        var result = ReadBytes(Utf8(text, bom));

        Assert.True(result.HeaderAccepted, string.Join(" ", result.HeaderFailures));
        Assert.Equal((1L, 1L), (result.RowsRead, result.Accepted));
        Assert.Equal("mã hồ sơ", result.Columns[DossierColumn.Id]);
        Assert.Equal(ValidTally.Count(new TallyFilter()), result.Tally.Count(new TallyFilter()));
    }

    [Fact]
    public void Quoted_cells_may_hold_the_separator_quotes_and_line_breaks()
    {
        // A line break in a quoted cell keeps the row whole (one row over two lines, warned of: OSM9020); in an id
        // it is a control character, so that row is rejected (OSM5021), and the three others read back exactly.
        var dossiers = new[]
        {
            NewDossier("A,1"), NewDossier("B \"quoted\""), NewDossier("C\nsecond line"), NewDossier(" padded "),
        };
        var text = new StringWriter();
        DossierCsv.Write(text, dossiers);

        var result = DossierCsv.Tally(new StringReader(text.ToString()), Reference, Scope,
            new CsvReadOptions { TallyOptions = new TallyOptions { RecordDossierIds = true } });

        Assert.Equal((4L, 3L), (result.RowsRead, result.Accepted));
        Assert.Equal((6L, 1L, 5L, 0L), (result.PhysicalLines, result.HeaderLines, result.RowLines, result.BlankLines));
        Assert.Equal([ErrorCodes.DossierTextControlCharacter, CsvErrorCodes.MultiLineRow], result.Failures.Select(f => f.Code));
        Assert.Equal(dossiers.Where(d => !d.Id.Contains('\n', StringComparison.Ordinal)).Select(d => d.Id).Order(StringComparer.Ordinal),
            result.Tally.DossierIds(TallyCounter.ReceivedInPeriod).Order(StringComparer.Ordinal));
        Assert.Contains("\"A,1\"", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"B \"\"quoted\"\"\"", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_after_a_multi_line_cell_keeps_its_true_line_number()
    {
        var text = FileOf(Header, ["\"X\ny\"" + ValidRow[3..], RowWith(1, "P9")]);

        var failure = Assert.Single(Read(text).Failures, f => f.Code == ErrorCodes.DossierProcedureUnknown);

        Assert.Equal(4, failure.Line);
        Assert.Equal(1, failure.Position);
    }

    [Fact]
    public void Spaces_outside_quotes_are_trimmed_and_empty_lines_are_not_rows()
    {
        var padded = string.Join(" , ", ValidRow.Split(','));
        var result = Read(FileOf(Header, ["", padded, "", ""]));

        Assert.Equal((1L, 1L, 0L), (result.RowsRead, result.Accepted, result.Rejected));
        Assert.Equal(ValidTally, result.Tally);
    }

    [Fact]
    public void Vietnamese_headers_in_any_order_case_and_diacritics_with_vietnamese_words_read_the_same()
    {
        const string Header =
            "TRẠNG THÁI;Ngày kết thúc;Mã hồ sơ;Mã thủ tục;Mã bộ phận tiếp nhận;Mã phòng chuyên môn;Hình thức nộp;"
            + "Ngay tiep nhan;Ngày hẹn trả;Thuộc diện số hóa;Số hóa khi tiếp nhận;Số giấy tờ kết quả;Số kết quả số hóa;"
            + "Sử dụng lại dữ liệu số hóa;Không phụ thuộc địa giới";
        const string Row =
            "Đã giải quyết;08/03/2023 10:00;H-1;P1;MC-H;TP;Trực tiếp;05/03/2023 08:10;10/03/2023 17:00;Có;có;1;1;Không;không";

        var result = Read(FileOf(Header, [Row]), new CsvReadOptions());

        Assert.True(result.HeaderAccepted, string.Join(" ", result.HeaderFailures));
        Assert.Empty(result.HeaderFailures);
        Assert.Equal((1L, 1L), (result.RowsRead, result.Accepted));
        Assert.Equal(ValidTally, result.Tally);
    }

    [Theory]
    [InlineData("trực tuyến", IntakeChannel.Online)]
    [InlineData("Truc tuyen", IntakeChannel.Online)]
    [InlineData("ONLINE", IntakeChannel.Online)]
    [InlineData("Bưu chính công ích", IntakeChannel.Postal)]
    [InlineData("bưu điện", IntakeChannel.Postal)]
    [InlineData("Trực tiếp", IntakeChannel.InPerson)]
    [InlineData("in-person", IntakeChannel.InPerson)]
    public void Channel_words_in_english_and_vietnamese(string word, IntakeChannel channel)
    {
        Assert.True(DossierCsvSchema.TryParseChannel(word, out var parsed));
        Assert.Equal(channel, parsed);
    }

    [Theory]
    [InlineData("đang giải quyết", OutcomeKind.InProgress)]
    [InlineData("Đã giải quyết", OutcomeKind.Resolved)]
    [InlineData("đã trả kết quả", OutcomeKind.Resolved)]
    [InlineData("Trả lại", OutcomeKind.ReturnedIneligible)]
    [InlineData("returned", OutcomeKind.ReturnedIneligible)]
    [InlineData("Từ chối", OutcomeKind.Refused)]
    [InlineData("Rút hồ sơ", OutcomeKind.Withdrawn)]
    [InlineData("Huỷ", OutcomeKind.Cancelled)]
    [InlineData("đã hủy", OutcomeKind.Cancelled)]
    [InlineData("canceled", OutcomeKind.Cancelled)]
    public void Outcome_words_in_english_and_vietnamese(string word, OutcomeKind outcome)
    {
        Assert.True(DossierCsvSchema.TryParseOutcome(word, out var parsed));
        Assert.Equal(outcome, parsed);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("Yes", true)]
    [InlineData("Có", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    [InlineData("KHÔNG", false)]
    public void Yes_no_words(string word, bool value)
    {
        Assert.True(DossierCsvSchema.TryParseBoolean(word, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("2023-03-05", 2023, 3, 5, 0, 0, 0, true)]
    [InlineData("2023-03-05T08:10", 2023, 3, 5, 8, 10, 0, false)]
    [InlineData("2023-03-05 08:10:59", 2023, 3, 5, 8, 10, 59, false)]
    [InlineData("05/03/2023", 2023, 3, 5, 0, 0, 0, true)]
    [InlineData("5/3/2023 8:10", 2023, 3, 5, 8, 10, 0, false)]
    [InlineData("05/03/2023 08:10:07", 2023, 3, 5, 8, 10, 7, false)]
    [InlineData("2024-02-29T23:59", 2024, 2, 29, 23, 59, 0, false)]
    [InlineData("2023-10-26T09:52:13", 2023, 10, 26, 9, 52, 13, false)]
    [InlineData("2023-10-26 09:52", 2023, 10, 26, 9, 52, 0, false)]
    [InlineData("2024-02-29 23:59:59", 2024, 2, 29, 23, 59, 59, false)]
    public void Dates_in_iso_and_vietnamese_export_style(string text, int y, int mo, int d, int h, int mi, int s, bool dateOnly)
    {
        Assert.True(DossierCsvSchema.TryParseDateTime(text, out var value, out var isDateOnly));
        Assert.Equal(new LocalDateTime(y, mo, d, h, mi, s), value);
        Assert.Equal(dateOnly, isDateOnly);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("31/04/2023")]
    [InlineData("2023-03-05T24:00")]
    [InlineData("2023-03-05T08:10Z")]
    [InlineData("2023-03-05T08:10+07:00")]
    [InlineData("03/05/23")]
    [InlineData("2023/03/05")]
    [InlineData("0000-01-01")]
    [InlineData("")]
    [InlineData("2023-03-05T08:10:60")]
    [InlineData("2023-13-05T08:10:00")]
    [InlineData("2023-02-29T08:10:00")]
    [InlineData("2023-0a-05T08:10:00")]
    [InlineData("2023-03-05X08:10:00")]
    [InlineData("2023-03-05T08:10-00")]
    [InlineData("2023-03-05T08:1000")]
    [InlineData("0000-03-05T08:10:00")]
    public void Not_dates(string text) => Assert.False(DossierCsvSchema.TryParseDateTime(text, out _, out _));

    /// <summary>
    /// The direct reading of the common forms (<c>yyyy-MM-ddTHH:mm[:ss]</c>) agrees with NodaTime's own patterns on
    /// seeded texts of those shapes whose digits are anything (invalid months, days, hours, seconds included; years
    /// from 1, as the parser reads them — NodaTime also reads a year 0 — and no hour 24).
    /// </summary>
    [Fact]
    public void The_common_forms_read_as_NodaTime_patterns_read_them()
    {
        var patterns = new[]
        {
            NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
            NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
            NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss"),
        };
        var random = new Random(20261208);
        var agreedValid = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var pattern = patterns[i % patterns.Length];
            var text = pattern.PatternText.Replace("'", "", StringComparison.Ordinal)
                .Replace("uuuu", $"{random.Next(1, 3000):0000}", StringComparison.Ordinal)
                .Replace("MM", $"{random.Next(0, 14):00}", StringComparison.Ordinal)
                .Replace("dd", $"{random.Next(0, 33):00}", StringComparison.Ordinal)
                .Replace("HH", $"{random.Next(0, 26):00}", StringComparison.Ordinal)
                .Replace("mm", $"{random.Next(0, 62):00}", StringComparison.Ordinal)
                .Replace("ss", $"{random.Next(0, 62):00}", StringComparison.Ordinal);
            var expected = pattern.Parse(text);
            var read = DossierCsvSchema.TryParseDateTime(text, out var value, out var dateOnly);

            // NodaTime reads 24:00 as the end of the day; the schema does not (Not_dates).
            var endOfDay = text.AsSpan(11, 2).SequenceEqual("24");
            Assert.True((expected.Success && !endOfDay) == read, text);
            if (read)
            {
                Assert.Equal(expected.Value, value);
                Assert.False(dateOnly);
                agreedValid++;
            }
        }

        Assert.InRange(agreedValid, 5_000, 15_000);
    }

    [Fact]
    public void Iso_times_round_trip_to_the_nanosecond()
    {
        var value = new LocalDateTime(2023, 3, 5, 8, 10, 7).PlusNanoseconds(123_456_700);

        var text = DossierCsvSchema.FormatDateTime(value);

        Assert.Equal("2023-03-05T08:10:07.1234567", text);
        Assert.True(DossierCsvSchema.TryParseDateTime(text, out var back, out _));
        Assert.Equal(value, back);
        Assert.Equal("2023-03-05T08:10", DossierCsvSchema.FormatDateTime(new LocalDateTime(2023, 3, 5, 8, 10)));
    }

    [Fact]
    public void A_date_without_time_is_the_start_of_the_day_except_a_due_date_which_runs_to_its_end()
    {
        // Received 2023-03-10 08:10, due "2023-03-10": due at 23:59:59 the same day, not before the receipt.
        var row = RowWith(5, "2023-03-10T08:10").Replace("2023-03-10T17:00", "10/03/2023", StringComparison.Ordinal)
            .Replace("2023-03-08T10:00", "2023-03-10T16:00", StringComparison.Ordinal);

        var result = Read(FileOf(Header, [row]));

        Assert.Equal(1, result.Accepted);
        Assert.Equal(new LocalTime(23, 59, 59), DossierCsvSchema.DateOnlyDueTime);
    }

    [Fact]
    public void A_callers_mapping_reads_another_export()
    {
        const string Header = "Số biên nhận|TTHC|Nơi nhận|Phòng xử lý|Kênh|Nhận lúc|Hẹn trả|Tình trạng|Xong lúc";
        const string Row = "H-1|P1|MC-H|TP|in_person|2023-03-05 08:10|2023-03-10 17:00|resolved|2023-03-08 10:00";
        var mapping = CsvColumnMapping.Of(
            ("Số biên nhận", DossierColumn.Id), ("TTHC", DossierColumn.ProcedureCode), ("Nơi nhận", DossierColumn.ReceivingDepartmentCode),
            ("Phòng xử lý", DossierColumn.ResolvingDepartmentCode), ("Kênh", DossierColumn.Channel), ("Nhận lúc", DossierColumn.ReceivedAt),
            ("Hẹn trả", DossierColumn.DueAt), ("Tình trạng", DossierColumn.Outcome), ("Xong lúc", DossierColumn.EndedAt));

        var result = Read(FileOf(Header, [Row]), new CsvReadOptions { ColumnMapping = mapping, Separator = '|' });

        Assert.Empty(result.HeaderFailures);
        Assert.Equal((1L, 1L), (result.RowsRead, result.Accepted));
        Assert.Equal("Số biên nhận", result.Columns[DossierColumn.Id]);
        var withoutFacts = Read(FileOf(CsvFixtures.Header, [RowWith(9, "false").Replace(",true,1,1,", ",false,1,0,", StringComparison.Ordinal)]));
        Assert.Equal(withoutFacts.Tally, result.Tally);
    }

    [Fact]
    public void A_mapping_without_the_built_in_names_recognises_only_its_own()
    {
        var mapping = new CsvColumnMapping([new("ma", DossierColumn.Id)], includeBuiltInNames: false);

        Assert.True(mapping.TryMatch("MÃ", out var column));
        Assert.Equal(DossierColumn.Id, column);
        Assert.False(mapping.TryMatch("procedure_code", out _));
        Assert.Throws<ArgumentException>(() => CsvColumnMapping.Of(("a b", DossierColumn.Id), ("A-B", DossierColumn.Channel)));
    }

    [Fact]
    public void Headers_fold_case_diacritics_and_gaps()
    {
        Assert.Equal("ngay_tiep_nhan", DossierCsvSchema.NormalizeName("  Ngày  tiếp-nhận "));
        Assert.Equal("ma_ho_so", DossierCsvSchema.NormalizeName("\uFEFFMÃ HỒ SƠ"));
        Assert.Equal("ma_ho_so", DossierCsvSchema.NormalizeName("ma\u0303 ho\u0302\u0300 so\u031B"));
        Assert.True(DossierCsvSchema.TryMatchHeader("Ngày Hẹn Trả", out var column));
        Assert.Equal(DossierColumn.DueAt, column);
    }

    [Fact]
    public void Counts_above_65535_are_refused_and_negative_counts_reach_the_validators()
    {
        Assert.Equal(CsvErrorCodes.UnparsableNumber, OnlyFailure(Read(FileWith(RowWith(11, "65536")))).Code);
        Assert.Equal(ErrorCodes.DossierDocumentCountNegative, OnlyFailure(Read(FileWith(RowWith(11, "-1")))).Code);
    }

    [Fact]
    public void Optional_columns_may_be_left_out_and_take_their_defaults()
    {
        const string Header = "id,procedure_code,receiving_department_code,channel,received_at,outcome";

        var result = Read(FileOf(Header, ["H-1,P1,MC-H,in_person,2023-03-05T08:10,in_progress"]));

        Assert.Equal((1L, 1L), (result.RowsRead, result.Accepted));
        Assert.False(result.Columns.ContainsKey(DossierColumn.DueAt));
    }

    private static Dossier NewDossier(string id) => new()
    {
        Id = id,
        ProcedureCode = "P1",
        ReceivingDepartmentCode = "MC-H",
        Channel = IntakeChannel.Online,
        ReceivedAt = new LocalDateTime(2023, 3, 5, 8, 10),
    };
}
