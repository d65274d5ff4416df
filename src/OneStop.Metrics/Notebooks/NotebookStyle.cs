using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// Everything a notebook rendering needs in one language: the report's print options (wording and
/// <see cref="NumberStyle"/>) and the table words. Numbers are always printed by <see cref="NumberFormatter"/>.
/// </summary>
internal sealed class NotebookStyle
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private readonly LocalDatePattern _datePattern;
    private readonly NumberStyle _gapNumbers;

    private NotebookStyle(NotebookLanguage language, ReportPrintOptions print, NotebookWords words)
    {
        Language = language;
        Print = print;
        Words = words;
        _datePattern = LocalDatePattern.CreateWithInvariantCulture(print.Wording.DatePattern);
        _gapNumbers = print.Numbers.WithPadSingleDigitCounts(false);
        Heading = new ReportHeading("OneStop.Metrics", words.ComputedReport);
    }

    public static NotebookStyle Vietnamese { get; } = new(NotebookLanguage.Vietnamese, ReportPrintOptions.Vietnamese, NotebookWords.Vietnamese);

    public static NotebookStyle English { get; } = new(NotebookLanguage.English, ReportPrintOptions.English, NotebookWords.English);

    /// <summary>The style of <see cref="NotebookFormatting.Language"/>, read at each call.</summary>
    public static NotebookStyle Current => For(NotebookFormatting.Language);

    public NotebookLanguage Language { get; }

    public ReportPrintOptions Print { get; }

    public ReportWording Wording => Print.Wording;

    public NumberStyle Numbers => Print.Numbers;

    public NotebookWords Words { get; }

    /// <summary>The heading a computed report is printed under when it has none of its own.</summary>
    public ReportHeading Heading { get; }

    public static NotebookStyle For(NotebookLanguage language) => language switch
    {
        NotebookLanguage.Vietnamese => Vietnamese,
        NotebookLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language,
            string.Create(CultureInfo.InvariantCulture, $"The language must be Vietnamese or English; was {(int)language}.")),
    };

    public string Count(long value) => NumberFormatter.FormatCount(value, Numbers);

    public string Ratio(Ratio ratio) => NumberFormatter.FormatRatio(ratio, Numbers);

    public string Rate(Ratio ratio) => NumberFormatter.FormatRate(ratio, Numbers);

    /// <summary>
    /// A signed gap, as the checker's messages write it: whole gaps as unpadded counts (<c>+1</c>, <c>-360</c>),
    /// other gaps as percentage points (<c>+0,01%</c>); empty when there is none.
    /// </summary>
    public string Gap(decimal? gap)
    {
        if (gap is not { } value)
        {
            return string.Empty;
        }

        var text = value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue
            ? NumberFormatter.FormatCount((long)value, _gapNumbers)
            : NumberFormatter.FormatPercent(value, _gapNumbers);
        return value > 0 ? "+" + text : text;
    }

    public string Date(LocalDate date) => _datePattern.Format(date);

    public string DateTime(LocalDateTime? time) =>
        time is { } value ? Date(value.Date) + " " + Minutes.Format(value.TimeOfDay) : string.Empty;

    public string Level(AdministrativeLevel level) => Wording.Terms(level).Tier;

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
