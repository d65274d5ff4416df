namespace OneStop.Metrics.Calendars;

/// <summary>An announcement with where it came from: <see cref="DaySource.Announced"/> (shipped) or <see cref="DaySource.User"/>.</summary>
internal readonly record struct SourcedAnnouncement(Announcement Announcement, DaySource Source);
