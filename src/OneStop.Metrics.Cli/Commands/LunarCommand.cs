using System.Globalization;
using System.IO;
using NodaTime;
using OneStop.Metrics.Calendars.Lunar;
using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>lunar --from DATE --to DATE [--format text|csv]</c>: the Vietnamese lunar date of every day of a range;
/// CSV columns <c>date,lunar_day,lunar_month,lunar_year,leap</c>.
/// </summary>
internal sealed class LunarCommand() : DateRangeCommand("lunar", "Convert each day of a range to the Vietnamese lunar calendar",
    "text (default): the Vietnamese form; csv: date,lunar_day,lunar_month,lunar_year,leap")
{
    protected override (LocalDate Min, LocalDate Max) Bounds =>
        (VietnameseLunarCalendar.MinSolarDate, VietnameseLunarCalendar.MaxSolarDate);

    protected override string[] CsvHeader => ["date", "lunar_day", "lunar_month", "lunar_year", "leap"];

    protected override void WriteDay(TextWriter output, LocalDate day, TableFormat format)
    {
        var lunar = LunarDate.FromSolar(day);
        if (format == TableFormat.Csv)
        {
            CsvLines.WriteRow(output, CalendarText.Iso(day), Number(lunar.Day), Number(lunar.Month), Number(lunar.Year),
                lunar.IsLeapMonth ? "true" : "false");
        }
        else
        {
            output.Write($"{CalendarText.Iso(day)}  {lunar.ToVietnameseString()}\n");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
