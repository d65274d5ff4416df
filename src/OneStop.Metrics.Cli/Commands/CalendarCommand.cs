using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>calendar --from DATE --to DATE [--format text|csv]</c>: the working-day calendar of Vietnam. Text lists each
/// day off (other than ordinary weekends) and each working weekend day with its reason and source, then says which
/// years are announced and which derived; CSV prints every day of the range as <c>date,working,reason</c>.
/// </summary>
internal sealed class CalendarCommand : ICommand
{

    private static readonly ChoiceOption<TableFormat> Format = DateRangeOptions.Format(
        "text (default): days off and working weekend days with reasons; csv: every day as date,working,reason");

    public string Name => "calendar";

    public string Synopsis => DateRangeOptions.Synopsis;

    public string Summary => "List days off and working Saturdays with their reasons";

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
        var calendar = WorkingDayCalendar.Vietnam;
        var (from, to) = ValueOptions.Range(arguments, DateRangeOptions.From, DateRangeOptions.To,
            new LocalDate(WorkingDayCalendar.MinDerivedYear, 1, 1), new LocalDate(WorkingDayCalendar.MaxDerivedYear, 12, 31));

        if (format == TableFormat.Csv)
        {
            CsvLines.WriteRow(context.Out, "date", "working", "reason");
        }

        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var status = calendar.Describe(day);
            if (format == TableFormat.Csv)
            {
                CsvLines.WriteRow(context.Out, CalendarText.Iso(day), status.IsWorkingDay ? "true" : "false", status.Reason);
            }
            else if (!status.IsPlain)
            {
                context.Out.Write(CalendarText.Line(status) + "\n");
            }
        }

        if (format == TableFormat.Text)
        {
            var years = Enumerable.Range(from.Year, to.Year - from.Year + 1).ToList();
            context.Out.Write("\nNăm công bố (announced): " + Years(years.Where(calendar.IsAnnounced)) + "\n");
            context.Out.Write("Năm suy ra từ quy tắc (derived from the Labour Code): " + Years(years.Where(y => !calendar.IsAnnounced(y))) + "\n");
        }

        return Program.Success;
    }

    private static string Years(IEnumerable<int> years)
    {
        var list = years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return list.Count == 0 ? "không có" : string.Join(", ", list);
    }

}
