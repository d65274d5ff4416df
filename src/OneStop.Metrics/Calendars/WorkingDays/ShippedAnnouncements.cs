using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// The announced schedules shipped with the library: the embedded resource
/// <c>Calendars/WorkingDays/Data/vietnam-announced-days.txt</c>, read once from the assembly's manifest (never from
/// the file system) and parsed with <see cref="AnnouncementText"/>.
/// </summary>
internal static class ShippedAnnouncements
{
    /// <summary>The manifest resource name of the data file (the <c>LogicalName</c> given in the project file).</summary>
    internal const string ResourceName = "OneStop.Metrics.Calendars.WorkingDays.Data.vietnam-announced-days.txt";

    /// <summary>Gets the shipped announcements in the order of the file.</summary>
    internal static ImmutableArray<Announcement> All { get; } = Load();

    private static ImmutableArray<Announcement> Load()
    {
        using var stream = typeof(ShippedAnnouncements).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(string.Concat("The embedded resource ", ResourceName, " is missing from the assembly."));
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return [.. AnnouncementText.Parse(reader)];
    }
}
