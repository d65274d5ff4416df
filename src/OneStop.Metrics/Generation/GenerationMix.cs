using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Generation;

/// <summary>
/// The mixes the generator draws from, as integer weights (per mille unless said otherwise), modelled on the seed
/// report (Tứ Kỳ, 01/01–31/08/2023) where it gives figures. Index 0/1/2 of a per-level array is province, district,
/// commune.
/// </summary>
internal static class GenerationMix
{
    /// <summary>Zipf–Mandelbrot offsets: rank r weighs 1/(r + offset). Larger offsets flatten the skew.</summary>
    public const int ProcedureOffset = 2;

    public const int DistrictOffset = 3;

    public const int CommuneOffset = 4;

    /// <summary>Procedures without online service get 1/25 of the volume their rank would give (seed: 1,1% of commune intake).</summary>
    public const int OfflineVolumeDivisor = 25;

    /// <summary>Segments, per mille of dossiers: received in the last weeks of the previous year, in the year, after it.</summary>
    public const int PriorPerMille = 20;

    public const int AfterPerMille = 20;

    /// <summary>The previous-year window: its last 21 days. The after-year window: the first 21 days of the next year.</summary>
    public const int WindowDays = 21;

    /// <summary>Postal share of dossiers for procedures without online service.</summary>
    public const int PostalOfflinePerMille = 20;

    /// <summary>Online share of dossiers for procedures with a partial / full-process online service (seed: 99,8% at district).</summary>
    public const int OnlinePartialPerMille = 985;

    public const int OnlineFullProcessPerMille = 997;

    /// <summary>Postal share of the non-online dossiers of procedures with an online service.</summary>
    public const int PostalOfOtherPerMille = 100;

    /// <summary>Online dossiers submitted outside working hours: evenings of working days, or days off.</summary>
    public const int OffHoursOnlinePerMille = 60;

    /// <summary>Timeliness per 100 000 ended dossiers (not cancelled): overdue (seed 0,04–0,06%) and on the due date; the rest early.</summary>
    public const int OverduePer100K = 50;

    public const int OnTimePer100K = 8_000;

    /// <summary>
    /// How late in its window an early end falls, per level: the largest of this many uniform draws over the working
    /// days from intake to the day before the due date (1 = uniform, 2 = skewed late). Province and district dossiers
    /// go to specialised departments and take longer (seed: 2,9% in progress at district, 0,6% at commune).
    /// </summary>
    public static readonly int[] EarlyEndDraws = [3, 3, 1];

    /// <summary>Outcome weights per 100 000, per level: resolved, returned as ineligible, refused, withdrawn, cancelled.</summary>
    public static readonly int[][] Outcomes =
    [
        [98_300, 1_000, 200, 200, 300],
        [98_700, 900, 100, 200, 100],
        [99_150, 150, 50, 100, 550],
    ];

    public static readonly OutcomeKind[] OutcomeKinds =
        [OutcomeKind.Resolved, OutcomeKind.ReturnedIneligible, OutcomeKind.Refused, OutcomeKind.Withdrawn, OutcomeKind.Cancelled];

    /// <summary>Subject to digitization, per level (seed: district 98,9%, commune 99,6%).</summary>
    public static readonly int[] SubjectPerMille = [990, 989, 996];

    /// <summary>Digitized at intake when subject, per level (seed: district 98,7%, commune 96,1%).</summary>
    public static readonly int[] DigitizedPerMille = [975, 987, 962];

    /// <summary>Each result document digitized, per level (seed: district 97,7%, commune 96,8%).</summary>
    public static readonly int[] ResultDigitizedPerMille = [975, 977, 968];

    /// <summary>Resolved dossiers that issue two result documents (interlinked groups; seed: 63 of 33 121 at commune).</summary>
    public const int TwoResultDocumentsPerMille = 2;

    /// <summary>Procedures that reuse digitized data (per mille of the catalogue), and their dossiers that do.</summary>
    public const int ReusingProceduresPerMille = 80;

    public const int ReuseWhenAblePerMille = 500;

    /// <summary>Dossiers of full-process procedures received regardless of administrative boundary.</summary>
    public const int BoundaryFreeFullProcessPerMille = 20;

    /// <summary>Extra working days of an overdue dossier: 1 to 10, mostly 1 or 2.</summary>
    public static readonly int[] OverdueDaysWeights = [40, 20, 12, 8, 6, 5, 4, 2, 2, 1];

    /// <summary>Working-day limits and their weights per level (commune limits are shorter).</summary>
    public static readonly int[] WorkingDayLimits = [1, 2, 3, 5, 7, 10, 12, 15, 20, 25, 30];

    public static readonly int[][] WorkingDayLimitWeights =
    [
        [5, 5, 10, 15, 10, 15, 7, 13, 10, 4, 6],
        [8, 8, 12, 15, 10, 15, 6, 12, 7, 3, 4],
        [20, 15, 20, 15, 8, 10, 3, 5, 2, 1, 1],
    ];

    public static readonly int[] CalendarDayLimits = [7, 15, 30, 45];

    public static readonly int[] CalendarDayLimitWeights = [2, 3, 3, 2];

    public static readonly int[] WorkingHourLimits = [4, 8, 16, 24];

    public static readonly int[] WorkingHourLimitWeights = [3, 4, 2, 1];
}
