using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using OneStop.Metrics.Package.Tests.Feed;
using OneStop.Metrics.Tests.Notebooks;
using Xunit;
using Xunit.Abstractions;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>
/// Every committed notebook, run cell by cell in an in-process .NET Interactive kernel against the packages of the
/// feed (the first code cell pointed at the feed and its version). A failing cell fails the test with the notebook,
/// the cell and the error; the executed copies are written to <c>.ci/out/notebooks</c>. Each notebook runs once per
/// test run; the other tests read its outputs.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class NotebookRunTests(PackageFeed feed, ITestOutputHelper output)
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromSeconds(120);

    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRun>>> Runs = new(StringComparer.Ordinal);

    public static TheoryData<string> Notebooks => new(NotebookFiles.Names);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_cell_of_the_notebook_runs_against_the_packed_packages(string name)
    {
        var run = await Run(name);

        output.WriteLine($"{name}: {run.Cells.Count} code cells in {run.Elapsed.TotalSeconds:0.0} s; executed copy in {NotebookFiles.OutputFolder}");
        foreach (var cell in run.Cells)
        {
            output.WriteLine($"  cell {cell.Number}: {cell.Elapsed.TotalSeconds:0.00} s {cell.Failure}");
        }

        Assert.True(run.Failed is null, run.FailureMessage);
        Assert.Equal(NotebookFiles.Read(name).Elements.Count(e => e.KernelName == NotebookFiles.CSharpKernel), run.Cells.Count);
    }

    [Fact]
    public async Task The_kernel_picks_up_the_packages_formatters_for_a_ratio()
    {
        var run = await Run("tu-ky-2023.ipynb");

        var cell = run.Cell("report.Level(AdministrativeLevel.District).Totals.Digitization.IntakeDigitized");
        Assert.StartsWith("<table class=\"onestop-metrics\">", cell.Html, StringComparison.Ordinal);
        Assert.Equal(["2.498", "2.531", "2.498/2.531", "98,70%"], HtmlTables.Single(cell.Html).Rows[0].Cells);
        Assert.Equal("2498/2531 (98.70%)", cell.Text);
    }

    [Fact]
    public async Task The_seed_notebook_shows_every_section_as_a_table_and_both_charts()
    {
        var run = await Run("tu-ky-2023.ipynb");

        var report = run.Cell("report");
        var digitization = HtmlTables.Parse(report.Html)[0];
        Assert.Equal(("2.498/2.531", "98,70%"), digitization.RatioAndRate("Cấp huyện", "Số hóa khi tiếp nhận", "Tỷ lệ"));
        Assert.Equal(3, HtmlTables.Parse(report.Html).Count);
        Assert.Contains("+ Số hóa hồ sơ khi tiếp nhận: 2.498/2.531 đạt tỷ lệ 98,70%.", report.Text, StringComparison.Ordinal);
        var charts = run.Cells.Where(c => c.Code.StartsWith("RateChart.Of(", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, c => Assert.StartsWith("<svg ", c.Html, StringComparison.Ordinal));
        Assert.Contains("94,67% (71/75)", charts[0].Html, StringComparison.Ordinal);
        Assert.Contains("99,96% (2.461/2.462)", charts[1].Html, StringComparison.Ordinal);
        var reconciliation = HtmlTables.Parse(run.Cell("ReconciliationView.Check(PublishedReports.TuKy2023, printed)").Html);
        Assert.Equal(["8 điểm không khớp trong báo cáo", "2 khác biệt so với báo cáo tính từ hồ sơ"], reconciliation.Select(t => t.Caption));
    }

    [Fact]
    public async Task The_seed_notebook_switches_to_English_and_back()
    {
        var run = await Run("tu-ky-2023.ipynb");

        var english = run.Cells.Single(c => c.Code.StartsWith("NotebookFormatting.Language = NotebookLanguage.English;", StringComparison.Ordinal));
        Assert.Equal(("2,498/2,531", "98.70%"), HtmlTables.Parse(english.Html)[0].RatioAndRate("District", "Digitized at intake", "Rate"));
        var back = run.Cells.Single(c => c.Code.StartsWith("NotebookFormatting.Language = NotebookLanguage.Vietnamese;", StringComparison.Ordinal));
        Assert.Equal(["2.461", "2.462", "2.461/2.462", "99,96%"], HtmlTables.Single(back.Html).Rows[0].Cells);
    }

    [Fact]
    public async Task The_province_notebook_reads_every_row_back_and_finds_no_inconsistency()
    {
        var run = await Run("province.ipynb");

        Assert.Equal("lines: 200001, rows read: 200000, accepted: 200000, rejected: 0, warnings: 0, blank lines: 0", run.CellShowing("read.ToString()").Text);
        Assert.Equal("200.000", HtmlTables.Parse(run.Cell("read.Tally").Html)[0].Cell("Hồ sơ đã đọc", "Giá trị"));
        var audit = HtmlTables.Parse(run.Cell("DeadlineAudit.Run(generator.Reference, generator.Dossiers(DossierCount))").Html)[0];
        Assert.Equal("200.000", audit.Cell("Ngày hẹn trả khớp", "Giá trị"));
        var reconciliation = HtmlTables.Parse(run.Cells.Single(c => c.Code.Contains("ReconciliationView.Check(", StringComparison.Ordinal)).Html);
        Assert.Equal(["0 điểm không khớp trong báo cáo", "0 khác biệt so với báo cáo tính từ hồ sơ"], reconciliation.Select(t => t.Caption));
        var slowest = HtmlTables.Single(run.Cells.Single(c => c.Code.Contains("IndicatorTable.Of(\"10 BPMC", StringComparison.Ordinal)).Html);
        Assert.Equal(10, slowest.Rows.Count);
    }

    private Task<NotebookRun> Run(string name) =>
        Runs.GetOrAdd(name + "@" + feed.Version, _ => new Lazy<Task<NotebookRun>>(() => RunOnce(name))).Value;

    private async Task<NotebookRun> RunOnce(string name)
    {
        var document = NotebookFiles.Read(name);
        PackageDirectives.UseFeed(document, feed.FeedDirectory, feed.Version);
        var run = await NotebookRunner.RunAsync(name, document, CellTimeout);
        NotebookFiles.WriteExecuted(name, document);
        return run;
    }
}
