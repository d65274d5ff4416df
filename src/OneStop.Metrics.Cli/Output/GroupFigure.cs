using System;
using System.Collections.Generic;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// One figure of a group in <c>report --by</c>: a count or a ratio of <see cref="GroupIndicators"/>, keyed like the
/// report's figure of a level without the level (<c>timeliness.total</c> for <c>timeliness.total.district</c>).
/// </summary>
/// <param name="Key">The key, a JSON member and a CSV column (a ratio's columns add <c>.numerator</c>, <c>.denominator</c>, <c>.percentage</c>).</param>
/// <param name="Vietnamese">The column heading of the text table in Vietnamese.</param>
/// <param name="English">The column heading of the text table in English.</param>
/// <param name="Count">The count, for a count figure.</param>
/// <param name="Ratio">The ratio, for a ratio figure (the text table prints its rate).</param>
/// <param name="InText">Whether the text table shows the figure (JSON and CSV give them all).</param>
internal sealed record GroupFigure(string Key, string Vietnamese, string English, Func<GroupIndicators, long>? Count,
    Func<GroupIndicators, Ratio>? Ratio, bool InText)
{
    /// <summary>Every figure, in column order.</summary>
    public static IReadOnlyList<GroupFigure> All { get; } =
    [
        CountOf("timeliness.total", "Tổng số", "Total", g => g.Timeliness.Total, inText: true),
        CountOf("timeliness.carried-over", "Kỳ trước", "Carried over", g => g.Timeliness.CarriedOver, inText: true),
        CountOf("timeliness.received", "Trong kỳ", "Received", g => g.Timeliness.ReceivedInPeriod, inText: true),
        CountOf("timeliness.resolved", "Đã giải quyết", "Resolved", g => g.Timeliness.Resolved, inText: true),
        CountOf("timeliness.resolved-early", "Trước hạn", "Early", g => g.Timeliness.ResolvedEarly, inText: false),
        CountOf("timeliness.resolved-on-time", "Đúng hạn", "On time", g => g.Timeliness.ResolvedOnTime, inText: false),
        CountOf("timeliness.resolved-overdue", "Quá hạn", "Overdue", g => g.Timeliness.ResolvedOverdue, inText: false),
        RatioOf("timeliness.on-time", "Tỷ lệ đúng hạn", "On-time rate", g => g.Timeliness.EarlyOrOnTimeRate, inText: true),
        RatioOf("timeliness.overdue", "Tỷ lệ quá hạn", "Overdue rate", g => g.Timeliness.OverdueRate, inText: true),
        CountOf("timeliness.in-progress", "Đang giải quyết", "In progress", g => g.Timeliness.InProgress, inText: true),
        CountOf("timeliness.in-progress-within", "Đang GQ trong hạn", "In progress within deadline", g => g.Timeliness.InProgressWithinDeadline, inText: false),
        CountOf("timeliness.in-progress-past", "Đang GQ quá hạn", "In progress past deadline", g => g.Timeliness.InProgressPastDeadline, inText: false),
        CountOf("timeliness.returned", "Trả lại", "Returned", g => g.Timeliness.Returned, inText: false),
        CountOf("timeliness.refused", "Từ chối", "Refused", g => g.Timeliness.Refused, inText: false),
        CountOf("timeliness.withdrawn", "Rút hồ sơ", "Withdrawn", g => g.Timeliness.Withdrawn, inText: false),
        CountOf("timeliness.cancelled", "Đã hủy", "Cancelled", g => g.Timeliness.Cancelled, inText: false),
        RatioOf("digitization.intake", "Số hóa hồ sơ", "Digitized at intake", g => g.Digitization.IntakeDigitized, inText: true),
        RatioOf("digitization.results", "Số hóa kết quả", "Results digitized", g => g.Digitization.ResultsDigitized, inText: true),
        RatioOf("reuse.dossiers", "Dùng lại dữ liệu số", "Reused digitized data", g => g.Digitization.ReusedData, inText: false),
        RatioOf("online-intake", "Trực tuyến", "Online intake", g => g.OnlineIntake, inText: true),
        CountOf("boundary-free.dossiers", "Không phụ thuộc địa giới", "Regardless of boundary", g => g.ReceivedRegardlessOfBoundary, inText: false),
    ];

    /// <summary>The text table's heading in a language.</summary>
    public string Heading(ReportLanguage language) => language == ReportLanguage.English ? English : Vietnamese;

    private static GroupFigure CountOf(string key, string vietnamese, string english, Func<GroupIndicators, long> count, bool inText) =>
        new(key, vietnamese, english, count, null, inText);

    private static GroupFigure RatioOf(string key, string vietnamese, string english, Func<GroupIndicators, Ratio> ratio, bool inText) =>
        new(key, vietnamese, english, null, ratio, inText);
}
