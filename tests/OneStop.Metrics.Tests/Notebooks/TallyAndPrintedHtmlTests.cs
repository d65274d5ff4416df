using System.Linq;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Notebooks;

public sealed class TallyAndPrintedHtmlTests
{
    private static readonly Sample Sample = BuiltInSamples.TuKy2023;

    [Fact]
    public void A_tally_shows_its_scope_accounting_and_every_counter()
    {
        var tables = HtmlTables.Parse(NotebookFormatting.ToHtml(Sample.Compute().Tally, NotebookLanguage.Vietnamese));

        var summary = tables[0];
        Assert.Equal("từ ngày 01/01/2023 đến ngày 31/08/2023", summary.Cell("Kỳ báo cáo", "Giá trị"));
        Assert.Equal("2.718", summary.Cell("Số ô", "Giá trị"));
        Assert.Equal("36.171", summary.Cell("Hồ sơ đã đọc", "Giá trị"));
        Assert.Equal("36.093", summary.Cell("Hồ sơ trong kỳ", "Giá trị"));
        Assert.Equal("78", summary.Cell("Hồ sơ ngoài kỳ", "Giá trị"));
        var counters = tables[1];
        Assert.Equal(33, counters.Rows.Count);
        Assert.Equal("35.916", counters.Cell("ReceivedInPeriod", "Số lượng"));
        Assert.Equal("22", counters.Cell("ResolvedOverdue", "Số lượng"));
        Assert.Equal(2, tables.Count);
    }

    [Fact]
    public void A_tally_with_rejections_counts_them_by_reason()
    {
        var unknown = Sample.Dossiers[0] with { Id = "X1", ProcedureCode = "NO-SUCH-PROCEDURE" };
        var tally = DossierTally.Build(Sample.Reference, Sample.Scope, [unknown, unknown with { Id = "X2" }]);

        var reasons = HtmlTables.Parse(NotebookFormatting.ToHtml(tally, NotebookLanguage.English))[2];

        Assert.Equal(["UnknownProcedure", "2"], Assert.Single(reasons.Rows).Cells);
    }

    [Fact]
    public void Counts_show_every_counter()
    {
        var counts = Sample.Compute().Tally.Count(TallyFilter.ForLevel(AdministrativeLevel.District));

        var table = HtmlTables.Single(NotebookFormatting.ToHtml(counts, NotebookLanguage.Vietnamese));

        Assert.Equal("2.532", table.Cell("ReceivedInPeriod", "Số lượng"));
        Assert.Equal("01", table.Cell("ResolvedOverdue", "Số lượng"));
    }

    [Fact]
    public void A_printed_report_shows_its_lines_and_its_figures_by_key()
    {
        var printed = ReportPrinter.Print(Sample.Compute(), Sample.Heading);

        var html = NotebookFormatting.ToHtml(printed, NotebookLanguage.Vietnamese);

        Assert.Contains("<li>" + Encode("+ Số hóa hồ sơ khi tiếp nhận: 2.498/2.531 đạt tỷ lệ 98,70%.") + "</li>", html);
        var figures = HtmlTables.Single(html);
        Assert.Equal(printed.Figures.Length, figures.Rows.Count);
        Assert.Equal("2.498/2.531 đạt tỷ lệ 98,70%", figures.Cell("digitization.intake.district", "Nội dung"));
        Assert.Equal(printed.ToText(), NotebookFormatting.ToText(printed, NotebookLanguage.English));
    }

    [Fact]
    public void A_deadline_audit_shows_its_accounting_and_first_mismatches()
    {
        var audit = new DeadlineAuditReport
        {
            DossiersRead = 1205,
            Agreeing = 1200,
            Mismatches = [new DueDateMismatch("D-1", "P-1", new NodaTime.LocalDateTime(2023, 9, 8, 17, 0), new NodaTime.LocalDateTime(2023, 9, 6, 17, 0), 2)],
            WithoutTimeLimit = 4,
        };

        var tables = HtmlTables.Parse(NotebookFormatting.ToHtml(audit, NotebookLanguage.Vietnamese));

        Assert.Equal("1.205", tables[0].Cell("Hồ sơ đã kiểm tra", "Giá trị"));
        Assert.Equal("01", tables[0].Cell("Ngày hẹn trả lệch", "Giá trị"));
        Assert.Equal("01 hồ sơ lệch đầu tiên trên 01", tables[1].Caption);
        Assert.Equal(["D-1", "P-1", "08/09/2023 17:00", "06/09/2023 17:00", "02"], tables[1].Rows[0].Cells);
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
