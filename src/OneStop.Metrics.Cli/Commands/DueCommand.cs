using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>due --received TIME (--working-days N | --calendar-days N | --working-hours N) [--channel …] [--cut-off HH:mm]</c>:
/// computes a due date (ngày hẹn trả) and lists the days off it skipped with their reasons.
/// </summary>
internal sealed class DueCommand : ICommand
{
    private static readonly OptionSpec Received = new("--received", "TIME", "Intake time, yyyy-MM-ddTHH:mm (required)", []);
    private static readonly OptionSpec WorkingDays = new("--working-days", "N", "Time limit in working days", []);
    private static readonly OptionSpec CalendarDays = new("--calendar-days", "N", "Time limit in calendar days", []);
    private static readonly OptionSpec WorkingHours = new("--working-hours", "N", "Time limit in working hours", []);
    private static readonly OptionSpec CutOff = new("--cut-off", "HH:mm",
        "Dossiers received in person or by post after this time count from the next working day", []);

    private static readonly ChoiceOption<IntakeChannel> Channel = new("--channel", "CHANNEL",
        "in-person (default), online or postal", ("in-person", IntakeChannel.InPerson), ("online", IntakeChannel.Online),
        ("postal", IntakeChannel.Postal));

    public string Name => "due";

    public string Synopsis => "--received TIME (--working-days N | --calendar-days N | --working-hours N) [--channel in-person|online|postal] [--cut-off HH:mm]";

    public string Summary => "Compute a due date and list the days off it skipped";

    public IReadOnlyList<OptionSpec> Options { get; } = [Received, WorkingDays, CalendarDays, WorkingHours, Channel.Spec, CutOff];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = new ArgumentReader(Name, Options).Read(args);
        if (arguments.HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var received = ValueOptions.DateTime(ValueOptions.Required(arguments, Received), Received);
        if (received.Year < WorkingDayCalendar.MinDerivedYear || received.Year >= WorkingDayCalendar.MaxDerivedYear)
        {
            throw new UsageException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"option '--received' must be in the years {WorkingDayCalendar.MinDerivedYear} to {WorkingDayCalendar.MaxDerivedYear - 1}; was {CalendarText.Iso(received)}"));
        }

        var limit = Limit(arguments);
        var rules = new DeadlineRules
        {
            InPersonCutOff = arguments.Value(CutOff) is { } cutOff ? ValueOptions.Time(cutOff, CutOff) : null,
        };

        var due = DeadlineCalculator.Compute(received, limit, rules, Channel.Read(arguments));
        var output = context.Out;
        output.Write($"Tiếp nhận: {CalendarText.Iso(received)}; ngày tiếp nhận tính hạn: {CalendarText.Iso(due.IntakeDay)}\n");
        output.Write($"Thời hạn: {limit}\n");
        output.Write($"Hạn trả: {CalendarText.Iso(due.DueAt!.Value)}\n");
        output.Write($"Ngày nghỉ đã bỏ qua: {due.SkippedDays.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n");
        foreach (var day in due.SkippedDays)
        {
            output.Write("  " + CalendarText.Line(day) + "\n");
        }

        return Program.Success;
    }

    /// <summary>The one time limit given: exactly one of the three limit options.</summary>
    private static TimeLimit Limit(ParsedArguments arguments)
    {
        var given = new[] { WorkingDays, CalendarDays, WorkingHours }.Where(o => arguments.Value(o) is not null).ToList();
        if (given.Count != 1)
        {
            throw new UsageException(
                $"give exactly one time limit: --working-days N, --calendar-days N or --working-hours N (got {given.Count})");
        }

        var option = given[0];
        var text = arguments.Value(option)!;
        if (option == WorkingHours)
        {
            return TimeLimit.WorkingHours(ValueOptions.Count(text, option, 0, TimeLimit.MaxHours));
        }

        var days = ValueOptions.Count(text, option, 0, TimeLimit.MaxDays);
        return option == WorkingDays ? TimeLimit.WorkingDays(days) : TimeLimit.CalendarDays(days);
    }
}
