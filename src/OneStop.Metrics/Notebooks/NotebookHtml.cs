using System.IO;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Calendars.Lunar;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Notebooks;

/// <summary>Chooses the HTML rendering of a value by its type: the one list of the types the notebooks render.</summary>
internal static class NotebookHtml
{
    public static bool Handles(object value) => value is Ratio or IndicatorReport or LevelIndicators or GroupIndicators
        or IndicatorTable or DossierTally or DossierCounts or PrintedReport or ReconciliationFinding or FigureDifference
        or ReconciliationView or CalendarMonthView or DayStatus or LunarDate or RateChart or DeadlineAuditReport;

    public static bool TryWrite(object value, NotebookStyle style, TextWriter writer)
    {
        switch (value)
        {
            case Ratio ratio:
                RatioHtml.Write(ratio, style, writer);
                return true;
            case IndicatorReport report:
                IndicatorHtml.WriteReport(report, style, writer);
                return true;
            case LevelIndicators level:
                IndicatorHtml.WriteLevel(level, style, writer);
                return true;
            case GroupIndicators group:
                IndicatorHtml.WriteGroup(group, style, writer);
                return true;
            case IndicatorTable table:
                IndicatorHtml.WriteTable(table, style, writer);
                return true;
            case DossierTally tally:
                TallyHtml.WriteTally(tally, style, writer);
                return true;
            case DossierCounts counts:
                TallyHtml.WriteCounts(counts, style, writer);
                return true;
            case PrintedReport printed:
                PrintedHtml.WriteReport(printed, style, writer);
                return true;
            case ReconciliationFinding finding:
                ReconciliationHtml.WriteFinding(finding, style, writer);
                return true;
            case FigureDifference difference:
                ReconciliationHtml.WriteDifference(difference, style, writer);
                return true;
            case ReconciliationView view:
                ReconciliationHtml.WriteView(view, style, writer);
                return true;
            case CalendarMonthView month:
                CalendarHtml.WriteMonth(month, style, writer);
                return true;
            case DayStatus day:
                CalendarHtml.WriteDay(day, style, writer);
                return true;
            case LunarDate lunar:
                CalendarHtml.WriteLunar(lunar, style, writer);
                return true;
            case RateChart chart:
                ChartSvg.Write(chart, style, writer);
                return true;
            case DeadlineAuditReport audit:
                DeadlineHtml.WriteAudit(audit, style, writer);
                return true;
            default:
                return false;
        }
    }
}
