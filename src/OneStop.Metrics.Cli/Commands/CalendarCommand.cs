using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>calendar --from DATE --to DATE [--format text|csv]</c>: the working-day calendar of Vietnam. Text lists each
/// day off (other than ordinary weekends) and each working weekend day with its reason and source, then says which
/// years are announced and which derived; CSV prints every day of the range as <c>date,working,reason</c>.
/// </summary>
internal sealed class CalendarCommand() : DateRangeCommand("calendar", "List days off and working Saturdays with their reasons",
    "text (default): days off and working weekend days with reasons; csv: every day as date,working,reason")
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Vietnam;

    protected override (LocalDate Min, LocalDate Max) Bounds =>
        (new LocalDate(WorkingDayCalendar.MinDerivedYear, 1, 1), new LocalDate(WorkingDayCalendar.MaxDerivedYear, 12, 31));

    protected override string[] CsvHeader => ["date", "working", "reason"];

    protected override void WriteDay(TextWriter output, LocalDate day, TableFormat format)
    {
        var status = Calendar.Describe(day);
        if (format == TableFormat.Csv)
        {
            CsvLines.WriteRow(output, CalendarText.Iso(day), status.IsWorkingDay ? "true" : "false", status.Reason);
        }
        else if (!status.IsPlain)
        {
            output.Write(CalendarText.Line(status) + "\n");
        }
    }

    protected override void WriteTextEnd(TextWriter output, LocalDate from, LocalDate to)
    {
        var years = Enumerable.Range(from.Year, to.Year - from.Year + 1).ToList();
        output.Write("\nNăm công bố (announced): " + Years(years.Where(Calendar.IsAnnounced)) + "\n");
        output.Write("Năm suy ra từ quy tắc (derived from the Labour Code): " + Years(years.Where(y => !Calendar.IsAnnounced(y))) + "\n");
    }

    private static string Years(IEnumerable<int> years)
    {
        var list = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        return list.Count == 0 ? "không có" : string.Join(", ", list);
    }
}
