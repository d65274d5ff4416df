using System;
using System.Collections.Generic;
using NodaTime;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Periods;

namespace OneStop.Metrics.Generation;

/// <summary>
/// A deterministic generator of realistic synthetic data for one province (tỉnh) and one reporting year: the
/// reference data (administrative units, one-stop and specialised departments, procedure fields, a procedure
/// catalogue with online services and time limits) and a stream of dossiers (hồ sơ TTHC) with the volumes, channel,
/// outcome, timeliness and digitization mixes of the seed report (Tứ Kỳ, 2023). For tests, benchmarks and demos:
/// every name and code is synthetic.
/// </summary>
/// <remarks>
/// <para>
/// <b>Determinism.</b> The same <see cref="ProvinceShape"/> and seed always give the same reference data and the
/// same dossier sequence, on every platform and runtime (SplitMix64, integer arithmetic only, no clock, no
/// <see cref="Random"/>). Each call of <see cref="Dossiers"/> restarts the sequence, and
/// <c>Dossiers(n)</c> is the first n dossiers of <c>Dossiers(m)</c> for every m ≥ n.
/// </para>
/// <para>
/// <b>Reference data.</b> Province <c>99</c> with its Public Administration Service Centre (<c>99-TTPVHCC</c>) and
/// provincial departments (<c>99-STP</c>, …); districts <c>900</c>… with one-stop departments <c>900-BPMC</c> and
/// specialised departments (<c>900-TP</c>, …); communes <c>9DDCC</c> with <c>9DDCC-BPMC</c>; fields <c>LV01</c>…
/// with real field names (Hộ tịch, Chứng thực, Đất đai, …); procedures <c>9.LFFNNN</c> (level digit, field, number)
/// with synthetic names, spread over the fields by Zipf weights over a random ranking of the fields (1/(rank + 2)),
/// so that at each level some fields have many procedures and some none. Place names are drawn from common place-name syllables: they are synthetic, and any match
/// with a real place is accidental. Each procedure's time limit is in working days (1–30, commune ones shorter),
/// calendar days (7–45) or working hours (4–24), in the shares the shape gives.
/// </para>
/// <para>
/// <b>Volumes.</b> A dossier's level is drawn by the shape's level weights; its procedure by Zipf–Mandelbrot weights
/// over a random ranking of the level's catalogue (weight 1/(rank + 2); procedures without online service get 1/25
/// of that); its receiving one-stop department by Zipf weights over a random ranking of districts (1/(rank + 3)),
/// times communes within their district (1/(rank + 4)). District and provincial dossiers are resolved by the
/// specialised department of the receiving unit that handles the procedure's field; commune dossiers by the
/// commune itself (no resolving department).
/// </para>
/// <para>
/// <b>Dates.</b> 96% of dossiers are received in the reporting year, 2% in the last 21 days of the previous year
/// (those still open on 1 January are carried over, kỳ trước chuyển sang; the others ended before the period) and
/// 2% in the first 21 days of the next year (outside the period). In person and by post: on working days of
/// <see cref="Calendars.WorkingDayCalendar.Vietnam"/> within working hours (07:30–11:30, 13:00–17:00); online: the
/// same, except 6% in the evening (17:00–23:59) or on days off (06:00–22:59). Due dates (ngày hẹn trả) are those of
/// <see cref="Deadlines.DeadlineCalculator"/> under <see cref="Deadlines.DeadlineRules.Default"/>, so
/// <see cref="Deadlines.DeadlineAudit"/> finds no mismatch. The data is an export taken at the end of
/// <see cref="ExportedOn"/>: a dossier whose end would come later is in progress (đang giải quyết).
/// </para>
/// <para>
/// <b>Mixes</b> (per level province / district / commune where they differ). Channel: procedures without online
/// service are received in person (2% by post); with a partial service 98.5% online, full-process 99.7% (about 98% of
/// all intake). Outcome: resolved 98.3 / 98.7 / 99.15%, returned as ineligible 1.0 / 0.9 / 0.15%, refused
/// 0.2 / 0.1 / 0.05%, withdrawn 0.2 / 0.2 / 0.1%, cancelled 0.3 / 0.1 / 0.55% (within three working days). Timeliness
/// of the other ended dossiers: 0.05% overdue (1–10 working days late, mostly 1–2), 8% on the due date and not after
/// the due time, the rest early: on a working day from the intake day to the day before the due date, skewed late for
/// province and district (the largest of three uniform draws), uniform for communes; on time when there is no such
/// day. Hence typically about 2.7% of province and district dossiers and 1% of commune dossiers are still in progress
/// at the end of the year (seed, at 31/8: 2.9% and 0.6%). Digitization: subject 99.0 / 98.9 / 99.6%, digitized at
/// intake 97.5 / 98.7 / 96.2% of those, each result document digitized 97.5 / 97.7 / 96.8% (resolved dossiers only;
/// the others have none), 0.2% issue two result documents; 8% of procedures reuse digitized data in half of their
/// dossiers; 2% of full-process dossiers are received regardless of administrative boundary. No dossier has
/// supplements or re-appointments.
/// </para>
/// <para>
/// <b>Ids and order.</b> Dossier ids follow Circular 01/2018/TT-VPCP: receiving department, intake date
/// <c>yyMMdd</c>, a per-department-and-day sequence of at least four digits, e.g. <c>905-BPMC-230308-0042</c>;
/// they are unique within a sequence. Dossiers come in random order, not by date.
/// </para>
/// <para>
/// <b>Cost.</b> The stream keeps only tables sized by the shape (one-stop departments × days for the sequences,
/// days × distinct time limits for cached due dates), never by the number of dossiers; a dossier costs a few dozen
/// random numbers, the dossier and its id string. The generator is immutable; its enumerations are independent and may run on
/// different threads.
/// </para>
/// </remarks>
public sealed class ProvinceGenerator
{
    private readonly ProvinceModel _model;

    /// <summary>Creates a generator and builds its reference data.</summary>
    /// <param name="shape">The province's size and make-up.</param>
    /// <param name="seed">The seed of every random choice; any value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The shape breaks a rule between its properties (see <see cref="ProvinceShape.Validate"/>).</exception>
    public ProvinceGenerator(ProvinceShape shape, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(shape);
        shape.Validate();
        Shape = shape;
        Seed = seed;
        _model = new ProvinceModel(shape, seed);
        Period = ReportingPeriod.Year(shape.Year);
        ExportedOn = _model.Days.Date(_model.SnapshotIndex);
    }

    /// <summary>The shape the province was generated from.</summary>
    public ProvinceShape Shape { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>
    /// The synthetic reference data: units, departments, fields and the procedure catalogue (see the remarks of
    /// <see cref="ProvinceGenerator"/> for the codes). The same instance for every enumeration, so tallies of
    /// different enumerations merge.
    /// </summary>
    public ReferenceData Reference => _model.Reference;

    /// <summary>The reporting year as a period: 1 January to 31 December of <see cref="ProvinceShape.Year"/>.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>
    /// The day the synthetic export was taken (the 21st of January after the reporting year): the last day on which
    /// dossiers are received, and the day after which no dossier has ended — later ends are in progress.
    /// </summary>
    public LocalDate ExportedOn { get; }

    /// <summary>
    /// Streams <paramref name="count"/> dossiers, generated one at a time as they are enumerated: memory does not
    /// grow with <paramref name="count"/>, and <c>Dossiers(long.MaxValue).Take(10)</c> returns at once. Every
    /// enumeration restarts from the seed and yields the same dossiers in the same order.
    /// </summary>
    /// <param name="count">How many dossiers, 0 or more.</param>
    /// <returns>The dossiers, in random (not date) order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative (thrown at the call, not on enumeration).</exception>
    public IEnumerable<Dossier> Dossiers(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Stream(_model, Seed, count);
    }

    private static IEnumerable<Dossier> Stream(ProvinceModel model, ulong seed, long count)
    {
        var stream = new DossierStream(model, seed);
        for (long i = 0; i < count; i++)
        {
            yield return stream.Next();
        }
    }
}
