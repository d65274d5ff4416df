using System;
using System.Globalization;

namespace OneStop.Metrics.Generation;

/// <summary>
/// How many procedures (thủ tục hành chính, TTHC) one level's synthetic catalogue has, by the online public service
/// they offer (Decree 42/2022/NĐ-CP): partial online (dịch vụ công trực tuyến một phần), full-process online
/// (toàn trình) and none. Immutable; every count is checked when set.
/// </summary>
/// <remarks>
/// The seed report (Tứ Kỳ, 2023) publishes 152 partial and 80 full-process services at district level and 63 and 48
/// at commune level; <see cref="ProvinceShape.Default"/> keeps those proportions for catalogues of 300 and 120
/// procedures.
/// </remarks>
public sealed record CatalogueShape
{
    /// <summary>The largest count of procedures of one kind: 9 999.</summary>
    public const int MaxPerKind = 9_999;

    /// <summary>Creates a catalogue shape.</summary>
    /// <param name="partial">Procedures with a partial online service, 0 to <see cref="MaxPerKind"/>.</param>
    /// <param name="fullProcess">Procedures with a full-process online service, 0 to <see cref="MaxPerKind"/>.</param>
    /// <param name="withoutOnlineService">Procedures without online service (in person or by post only), 0 to <see cref="MaxPerKind"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is outside its range; the message names it, its value and the range.</exception>
    public CatalogueShape(int partial, int fullProcess, int withoutOnlineService)
    {
        Partial = partial;
        FullProcess = fullProcess;
        WithoutOnlineService = withoutOnlineService;
    }

    /// <summary>Procedures offering a partial online public service (một phần), 0 to <see cref="MaxPerKind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..<see cref="MaxPerKind"/>.</exception>
    public int Partial { get; init => field = Check(value, nameof(Partial)); }

    /// <summary>Procedures offering a full-process online public service (toàn trình), 0 to <see cref="MaxPerKind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..<see cref="MaxPerKind"/>.</exception>
    public int FullProcess { get; init => field = Check(value, nameof(FullProcess)); }

    /// <summary>Procedures without online public service, received in person or by post only; 0 to <see cref="MaxPerKind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..<see cref="MaxPerKind"/>.</exception>
    public int WithoutOnlineService { get; init => field = Check(value, nameof(WithoutOnlineService)); }

    /// <summary>All procedures of the catalogue: <see cref="Partial"/> + <see cref="FullProcess"/> + <see cref="WithoutOnlineService"/>.</summary>
    public int Procedures => Partial + FullProcess + WithoutOnlineService;

    /// <summary>Returns e.g. <c>300 procedures (178 partial, 94 full-process, 28 without online service)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Procedures} procedures ({Partial} partial, {FullProcess} full-process, {WithoutOnlineService} without online service)");

    private static int Check(int value, string name) =>
        value is >= 0 and <= MaxPerKind
            ? value
            : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture,
                $"CatalogueShape.{name} must be between 0 and {MaxPerKind}; was {value}."));
}
