using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// One family of figure keys, e.g. <c>digitization.intake.{level}</c>: the key pattern, the kind of figure, whether
/// the printer writes a rate after it, whether it is a detail (a list or a split that a report may leave out), and
/// where a computed report keeps its names.
/// </summary>
/// <param name="Pattern">The key pattern; <c>{level}</c> stands for a level key and <c>{field}</c> for a field code.</param>
/// <param name="Kind">The kind every figure of the family has.</param>
/// <param name="PrintsRate">Whether the library prints a rate after the ratio (<c>đạt tỷ lệ 98,70%</c>).</param>
/// <param name="IsDetail">
/// Whether a report may leave the figure out without saying less: name lists and the within/past split of
/// dossiers in progress.
/// </param>
/// <param name="Names">For name lists: the names of a computed level, in printed order.</param>
internal sealed record FigureFamily(
    string Pattern,
    FigureKind Kind,
    bool PrintsRate,
    bool IsDetail,
    Func<LevelIndicators, IEnumerable<string>>? Names)
{
    /// <summary>The pattern's segments.</summary>
    public ImmutableArray<string> Segments { get; } = [.. Pattern.Split('.')];

    /// <summary>The pattern without its <c>{level}</c> and <c>{field}</c> segments, e.g. <c>coverage.digitizing</c>.</summary>
    public string Indicator { get; } = string.Join('.', Pattern.Split('.').Where(s => s is not ("{level}" or "{field}")));

    /// <summary>Whether the family's keys name a level.</summary>
    public bool HasLevel => Segments.Contains(FigureCatalogue.LevelSlot);

    /// <summary>Whether the family's keys name a field (the by-field breakdown).</summary>
    public bool HasField => Segments.Contains(FigureCatalogue.FieldSlot);

    /// <summary>Builds the key of this family for a level and an optional field.</summary>
    public string KeyFor(AdministrativeLevel? level, string? field) =>
        string.Join('.', Segments.Select(s => s switch
        {
            FigureCatalogue.LevelSlot => FigureCatalogue.LevelKey(level ?? throw new ArgumentNullException(nameof(level))),
            FigureCatalogue.FieldSlot => field ?? throw new ArgumentNullException(nameof(field)),
            _ => s,
        }));
}

/// <summary>
/// The figure keys of <c>docs/report-figures.md</c> as data: every family, in printed order. Parses a key into its
/// family, level and field; the reconciliation checks and the comparison read their tables from here.
/// </summary>
internal static class FigureCatalogue
{
    public const string LevelSlot = "{level}";
    public const string FieldSlot = "{field}";

    public static readonly FigureFamily OneStopDepartments = Count("one-stop-departments.{level}");
    public static readonly FigureFamily Coverage = new("coverage.{level}", FigureKind.Ratio, false, false, null);
    public static readonly FigureFamily CoverageDigitizing = NameList("coverage.{level}.digitizing", l => l.Coverage.DigitizingUnits.Select(d => d.Name));
    public static readonly FigureFamily CoverageWithout = Count("coverage.{level}.without-dossiers");
    public static readonly FigureFamily CoverageWithoutNames = NameList("coverage.{level}.without-dossiers.names", l => l.Coverage.UnitsWithoutDossiers.Select(d => d.Name));
    public static readonly FigureFamily CoverageNotDigitizing = Count("coverage.{level}.not-digitizing");
    public static readonly FigureFamily CoverageNotDigitizingNames = NameList("coverage.{level}.not-digitizing.names", l => l.Coverage.UnitsNotDigitizing.Select(d => d.Name));
    public static readonly FigureFamily IntakeDigitized = Rate("digitization.intake.{level}");
    public static readonly FigureFamily ResultsDigitized = Rate("digitization.results.{level}");
    public static readonly FigureFamily ReuseProcedures = new("reuse.procedures.{level}", FigureKind.Ratio, false, false, null);
    public static readonly FigureFamily ReuseProcedureNames = NameList("reuse.procedures.{level}.names", l => l.ReusingProcedures.Procedures.Select(p => p.Name));
    public static readonly FigureFamily ReuseDossiers = Rate("reuse.dossiers.{level}");
    public static readonly FigureFamily BoundaryFreeDossiers = Count("boundary-free.dossiers");
    public static readonly FigureFamily BoundaryFreeProcedures = Count("boundary-free.procedures");
    public static readonly FigureFamily OnlineServicesPartial = Count("online-services.partial.{level}");
    public static readonly FigureFamily OnlineServicesFull = Count("online-services.full-process.{level}");
    public static readonly FigureFamily InProgress = Count("timeliness.in-progress.{level}");
    public static readonly FigureFamily InProgressWithin = new("timeliness.in-progress-within.{level}", FigureKind.Count, false, true, null);
    public static readonly FigureFamily InProgressPast = new("timeliness.in-progress-past.{level}", FigureKind.Count, false, true, null);
    public static readonly FigureFamily Returned = Count("timeliness.returned.{level}");
    public static readonly FigureFamily Refused = Count("timeliness.refused.{level}");
    public static readonly FigureFamily Withdrawn = Count("timeliness.withdrawn.{level}");
    public static readonly FigureFamily Cancelled = Count("timeliness.cancelled.{level}");
    public static readonly FigureFamily Total = Count("timeliness.total.{level}");
    public static readonly FigureFamily CarriedOver = Count("timeliness.carried-over.{level}");
    public static readonly FigureFamily Received = Count("timeliness.received.{level}");
    public static readonly FigureFamily OnTime = Rate("timeliness.on-time.{level}");
    public static readonly FigureFamily Overdue = Rate("timeliness.overdue.{level}");
    public static readonly FigureFamily OnlineIntake = Rate("online-intake.{level}");
    public static readonly FigureFamily OnlineIntakeByField = Rate("online-intake.{level}.{field}");

    /// <summary>Every family, in the order the printer prints them; the first match wins when parsing.</summary>
    public static ImmutableArray<FigureFamily> All { get; } =
    [
        OneStopDepartments, Coverage, CoverageDigitizing, CoverageWithout, CoverageWithoutNames, CoverageNotDigitizing,
        CoverageNotDigitizingNames, IntakeDigitized, ResultsDigitized, ReuseProcedures, ReuseProcedureNames, ReuseDossiers,
        BoundaryFreeDossiers, BoundaryFreeProcedures, OnlineServicesPartial, OnlineServicesFull, InProgress,
        InProgressWithin, InProgressPast, Returned, Refused, Withdrawn, Cancelled, Total, CarriedOver, Received, OnTime,
        Overdue, OnlineIntake, OnlineIntakeByField,
    ];

    /// <summary>The level keys, top down.</summary>
    public static ImmutableArray<(string Key, AdministrativeLevel Level)> Levels { get; } =
    [
        ("province", AdministrativeLevel.Province),
        ("district", AdministrativeLevel.District),
        ("commune", AdministrativeLevel.Commune),
    ];

    /// <summary>The key of a level: <c>province</c>, <c>district</c> or <c>commune</c>.</summary>
    public static string LevelKey(AdministrativeLevel level) =>
        Levels.First(l => l.Level == level).Key;

    /// <summary>Parses a key into its family, level and field.</summary>
    /// <param name="key">The key.</param>
    /// <param name="family">The family, when the key is known.</param>
    /// <param name="level">The level the key names, if any.</param>
    /// <param name="field">The field code the key names, if any.</param>
    /// <returns>Whether the key belongs to a known family.</returns>
    public static bool TryParse(string key, out FigureFamily? family, out AdministrativeLevel? level, out string? field)
    {
        var segments = key.Split('.');
        foreach (var candidate in All)
        {
            if (Matches(candidate, segments, out level, out field))
            {
                family = candidate;
                return true;
            }
        }

        family = null;
        level = null;
        field = null;
        return false;
    }

    private static bool Matches(FigureFamily family, string[] segments, out AdministrativeLevel? level, out string? field)
    {
        level = null;
        field = null;
        var pattern = family.Segments;
        if (segments.Length != pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var segment = segments[i];
            switch (pattern[i])
            {
                case LevelSlot:
                    var match = Levels.FirstOrDefault(l => string.Equals(l.Key, segment, StringComparison.Ordinal));
                    if (match.Key is null)
                    {
                        return false;
                    }

                    level = match.Level;
                    break;
                case FieldSlot:
                    if (segment.Length == 0 || segment.Any(char.IsWhiteSpace))
                    {
                        return false;
                    }

                    field = segment;
                    break;
                default:
                    if (!string.Equals(pattern[i], segment, StringComparison.Ordinal))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static FigureFamily Count(string pattern) => new(pattern, FigureKind.Count, false, false, null);

    private static FigureFamily Rate(string pattern) => new(pattern, FigureKind.Ratio, true, false, null);

    private static FigureFamily NameList(string pattern, Func<LevelIndicators, IEnumerable<string>> names) =>
        new(pattern, FigureKind.Names, false, true, names);
}
