using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// A procedure's time limit for resolving a dossier (thời hạn giải quyết): a number of working days, calendar
/// days or working hours. Immutable; <see cref="ToString"/> and <see cref="Parse"/> round-trip.
/// </summary>
public readonly struct TimeLimit : IEquatable<TimeLimit>
{
    /// <summary>The largest number of days a time limit may have (ten years of days).</summary>
    public const int MaxDays = 3650;

    /// <summary>The largest number of working hours a time limit may have.</summary>
    public const int MaxHours = 24 * MaxDays;

    private TimeLimit(int value, TimeLimitUnit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>How many units.</summary>
    public int Value { get; }

    /// <summary>The unit.</summary>
    public TimeLimitUnit Unit { get; }

    /// <summary>A limit of <paramref name="days"/> working days.</summary>
    /// <param name="days">0 to <see cref="MaxDays"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static TimeLimit WorkingDays(int days) => new(Check(days, MaxDays, nameof(days)), TimeLimitUnit.WorkingDays);

    /// <summary>A limit of <paramref name="days"/> calendar days.</summary>
    /// <param name="days">0 to <see cref="MaxDays"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static TimeLimit CalendarDays(int days) => new(Check(days, MaxDays, nameof(days)), TimeLimitUnit.CalendarDays);

    /// <summary>A limit of <paramref name="hours"/> working hours.</summary>
    /// <param name="hours">0 to <see cref="MaxHours"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
    public static TimeLimit WorkingHours(int hours) => new(Check(hours, MaxHours, nameof(hours)), TimeLimitUnit.WorkingHours);

    /// <summary>Parses the form <see cref="ToString"/> writes: <c>5 working days</c>, <c>10 calendar days</c>, <c>8 working hours</c> (singular allowed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not of that form; the message quotes it.</exception>
    public static TimeLimit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var limit)
            ? limit
            : throw new FormatException(
                $"'{text}' is not a time limit; expected '<n> working days', '<n> calendar days' or '<n> working hours' with n from 0 to {MaxDays} days.");
    }

    /// <summary>Parses the form <see cref="ToString"/> writes, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">The limit, when the text is valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TimeLimit limit)
    {
        limit = default;
        var parts = text?.Split(' ');
        if (parts is not { Length: 3 } || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var unit = (parts[1], parts[2].TrimEnd('s')) switch
        {
            ("working", "day") => TimeLimitUnit.WorkingDays,
            ("calendar", "day") => TimeLimitUnit.CalendarDays,
            ("working", "hour") => TimeLimitUnit.WorkingHours,
            _ => (TimeLimitUnit)0,
        };
        var max = unit == TimeLimitUnit.WorkingHours ? MaxHours : MaxDays;
        if (unit == 0 || value > max)
        {
            return false;
        }

        limit = new TimeLimit(value, unit);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(TimeLimit other) => Value == other.Value && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeLimit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Compares two limits.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TimeLimit left, TimeLimit right) => left.Equals(right);

    /// <summary>Compares two limits.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TimeLimit left, TimeLimit right) => !left.Equals(right);

    /// <summary>Returns e.g. <c>5 working days</c>, <c>1 calendar day</c>, <c>8 working hours</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var noun = Unit switch
        {
            TimeLimitUnit.CalendarDays => "calendar day",
            TimeLimitUnit.WorkingHours => "working hour",
            _ => "working day",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Value} {noun}{(Value == 1 ? string.Empty : "s")}");
    }

    private static int Check(int value, int max, string name) =>
        value >= 0 && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value,
                string.Create(CultureInfo.InvariantCulture, $"A time limit must be between 0 and {max}; was {value}."));
}
