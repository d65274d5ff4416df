using System.Collections.Generic;
using System.Globalization;
using OneStop.Metrics.Calendars.Lunar;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>lunar --from DATE --to DATE [--format text|csv]</c>: the Vietnamese lunar date of every day of a range;
/// CSV columns <c>date,lunar_day,lunar_month,lunar_year,leap</c>.
/// </summary>
internal sealed class LunarCommand : ICommand
{

    private static readonly ChoiceOption<TableFormat> Format = DateRangeOptions.Format(
        "text (default): the Vietnamese form; csv: date,lunar_day,lunar_month,lunar_year,leap");

    public string Name => "lunar";

    public string Synopsis => DateRangeOptions.Synopsis;

    public string Summary => "Convert each day of a range to the Vietnamese lunar calendar";

    public IReadOnlyList<OptionSpec> Options { get; } = [DateRangeOptions.From, DateRangeOptions.To, Format.Spec];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = new ArgumentReader(Name, Options).Read(args);
        if (arguments.HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var format = Format.Read(arguments);
        var (from, to) = ValueOptions.Range(arguments, DateRangeOptions.From, DateRangeOptions.To,
            VietnameseLunarCalendar.MinSolarDate, VietnameseLunarCalendar.MaxSolarDate);

        if (format == TableFormat.Csv)
        {
            CsvLines.WriteRow(context.Out, "date", "lunar_day", "lunar_month", "lunar_year", "leap");
        }

        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var lunar = LunarDate.FromSolar(day);
            if (format == TableFormat.Csv)
            {
                CsvLines.WriteRow(context.Out, CalendarText.Iso(day), Number(lunar.Day), Number(lunar.Month), Number(lunar.Year),
                    lunar.IsLeapMonth ? "true" : "false");
            }
            else
            {
                context.Out.Write($"{CalendarText.Iso(day)}  {lunar.ToVietnameseString()}\n");
            }
        }

        return Program.Success;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

}
