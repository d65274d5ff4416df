using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OneStop.Metrics.Csv;
using Xunit;
using static OneStop.Metrics.Tests.Csv.CsvFixtures;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>Any text under a valid header: the read never throws and loses no row.</summary>
public class CsvRobustnessTests
{
    [Property(Arbitrary = [typeof(GarbageArbitraries)], MaxTest = 300)]
    public void Any_cells_are_read_or_rejected_never_thrown_on(string[][] rows)
    {
        var text = FileOf(Header, rows.Select(cells => string.Join(',', cells)));

        var result = Read(text, new CsvReadOptions { MaxFailuresKept = int.MaxValue });

        Assert.Equal(result.RowsRead, result.Accepted + result.Rejected);
        Assert.Equal(result.Accepted, result.Tally.DossiersCounted);
        Assert.All(result.Failures, f => Assert.NotNull(f.Line));
    }

    [Fact]
    public void An_empty_text_is_refused_as_empty()
    {
        var result = Read(string.Empty);

        var failure = Assert.Single(result.HeaderFailures);
        Assert.Equal(CsvErrorCodes.EmptyFile, failure.Code);
        Assert.StartsWith("Header (line 1): the file is empty; it needs a header line (id, procedure_code, ", failure.Message, System.StringComparison.Ordinal);
        Assert.True(result.IsRefused);
        Assert.Equal((0L, 0L), (result.RowsRead, result.PhysicalLines));
    }

    [Fact]
    public void A_failure_in_the_fold_thread_surfaces_to_the_caller()
    {
        // A writer that throws stops the read on the second thread; the caller sees the writer's exception.
        var writer = new ThrowingWriter();

        Assert.Throws<InvalidOperationException>(() => Read(FileWith(RowWith(1, "P9")), new CsvReadOptions { RejectedRowsWriter = writer }));
    }

    private sealed class ThrowingWriter : System.IO.StringWriter
    {
        private int _writes;

        public override void Write(char value)
        {
            if (++_writes > 30)
            {
                throw new InvalidOperationException("disk full");
            }

            base.Write(value);
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            foreach (var c in buffer)
            {
                Write(c);
            }
        }
    }
}

public static class GarbageArbitraries
{
    private static readonly string[] Pieces =
    [
        "", " ", "H-1", "P1", "MC-H", "TP", "MC-X", "in_person", "online", "Trực tuyến", "resolved", "in_progress", "trả lại",
        "2023-03-05T08:10", "05/03/2023", "31/02/2023", "2023-02-29", "1/1/0", "99/99/9999 99:99", "-", "/", ":", "T",
        "true", "có", "x", "1", "0", "-1", "65536", "99999999999", "\"", "\"\"", "\"a,b\"", "\uFEFF", "đ", "\t", "é", "1999-12-31T23:59",
    ];

    public static Arbitrary<string[][]> Rows() => Arb.From(
        from count in Gen.Choose(0, 12)
        from rows in Gen.ArrayOf(
            from cells in Gen.Choose(13, 16)
            from row in Gen.ArrayOf(
                from parts in Gen.Choose(0, 3)
                from pieces in Gen.ArrayOf(Gen.Elements(Pieces), parts)
                select string.Concat(pieces),
                cells)
            select row,
            count)
        select rows);
}
