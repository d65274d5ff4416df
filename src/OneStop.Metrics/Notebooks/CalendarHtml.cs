using System.IO;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Calendars.Lunar;

namespace OneStop.Metrics.Notebooks;

/// <summary>HTML of calendar values: a month or a day as rows of days, a lunar date as its written forms.</summary>
internal static class CalendarHtml
{
    public static void WriteMonth(CalendarMonthView month, NotebookStyle style, TextWriter writer) =>
        Days(style).Write(writer, NotebookStyle.Format(style.Words.MonthTitle, month.Month, month.Year, month.WorkingDays), month.Days,
            day => !day.IsPlain);

    public static void WriteDay(DayStatus day, NotebookStyle style, TextWriter writer) =>
        Days(style).Write(writer, null, [day]);

    public static void WriteLunar(LunarDate date, NotebookStyle style, TextWriter writer) =>
        new HtmlTable<LunarDate>()
            .Text(style.Words.LunarInFull, d => d.ToVietnameseString())
            .Text(style.Words.LunarShort, d => d.ToShortVietnameseString())
            .Text(style.Words.SolarDate, d => style.Date(d.ToSolar()))
            .Text(style.Words.InvariantForm, d => d.ToString())
            .Write(writer, null, [date]);

    private static HtmlTable<DayStatus> Days(NotebookStyle style)
    {
        var words = style.Words;
        return new HtmlTable<DayStatus>()
            .Text(words.Date, d => style.Date(d.Date))
            .Text(words.Weekday, d => Weekday(d.Date.DayOfWeek, style))
            .Text(words.LunarDate, d => CalendarMonthView.Lunar(d.Date)?.ToShortVietnameseString() ?? string.Empty)
            .Text(words.Status, d => d.IsWorkingDay ? words.WorkingDay : words.DayOff)
            .Text(words.Reason, d => d.Reason)
            .Text(words.Source, d => d.Source switch
            {
                DaySource.Announced => words.AnnouncedSource,
                DaySource.User => words.UserSource,
                _ => words.RuleSource,
            });
    }

    private static string Weekday(IsoDayOfWeek day, NotebookStyle style) =>
        style.Language == NotebookLanguage.Vietnamese ? VietnameseDates.CapitalizedWeekday(day) : day.ToString();
}
