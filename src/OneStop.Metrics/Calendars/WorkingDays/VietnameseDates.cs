using System;
using System.Globalization;
using NodaTime;

namespace OneStop.Metrics.Calendars;

/// <summary>Vietnamese names of weekdays and the short date format of reasons (d/M/yyyy), culture-independent.</summary>
internal static class VietnameseDates
{
    /// <summary>Returns the weekday's name in running text: "thứ Hai" … "thứ Bảy", "Chủ nhật".</summary>
    internal static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "thứ Hai",
        IsoDayOfWeek.Tuesday => "thứ Ba",
        IsoDayOfWeek.Wednesday => "thứ Tư",
        IsoDayOfWeek.Thursday => "thứ Năm",
        IsoDayOfWeek.Friday => "thứ Sáu",
        IsoDayOfWeek.Saturday => "thứ Bảy",
        IsoDayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };

    /// <summary>Returns the weekday's name at the start of a sentence: "Thứ Hai" … "Thứ Bảy", "Chủ nhật".</summary>
    internal static string CapitalizedWeekday(IsoDayOfWeek day) =>
        day == IsoDayOfWeek.Sunday ? "Chủ nhật" : string.Concat("T", Weekday(day).AsSpan(1));

    /// <summary>Returns the date as d/M/yyyy, e.g. "1/1/2023".</summary>
    internal static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}");

    /// <summary>Returns the day and month as d/M, e.g. "1/9".</summary>
    internal static string DayMonth(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}");

    /// <summary>Returns the weekday and date, e.g. "Chủ nhật 1/1/2023", "thứ Bảy 29/4/2023".</summary>
    internal static string WeekdayAndDate(LocalDate date) => string.Concat(Weekday(date.DayOfWeek), " ", Date(date));
}
