using System.Collections.Generic;
using OneStop.Metrics.Tests.Seed;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Seed;

/// <summary>What the printed Tứ Kỳ 2023 report must show, wherever it is printed from (the consumer, the tool).</summary>
public static class SeedReportOutput
{
    /// <summary>The report's closing line, which accounts for every dossier of the sample.</summary>
    public const string AccountingLine = "Số hồ sơ đã đọc: 36.171; trong kỳ: 36.093; ngoài kỳ: 78; không tính được: 0.";

    /// <summary>
    /// Asserts that printed lines are the seed report: its title first, every whole line of
    /// <see cref="SeedFigures.Lines"/>, and <see cref="AccountingLine"/>.
    /// </summary>
    /// <param name="lines">The printed lines.</param>
    public static void AssertIsTheSeedReport(IReadOnlyList<string> lines)
    {
        Assert.Equal("BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", lines[0]);
        foreach (var line in SeedFigures.Lines)
        {
            Assert.Contains(line, lines);
        }

        Assert.Contains(AccountingLine, lines);
    }
}
