using System;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Generation;

/// <summary>
/// One enumeration of a generator's dossiers: its own random numbers, id sequences and due-date cache, all sized by
/// the shape (one-stop departments × days, days × time limits), never by the number of dossiers drawn. Owned by one
/// thread.
/// </summary>
internal sealed class DossierStream
{
    /// <summary>Mixes the generator's seed into the dossier stream's, so that it differs from the reference data's stream.</summary>
    private const ulong StreamSalt = 0x6A09E667F3BCC909UL;

    private readonly ProvinceModel _model;
    private readonly DayTable _days;
    private readonly SampleRandom _random;
    private readonly int[] _sequences;
    private readonly DueEntry[] _dueCache;

    public DossierStream(ProvinceModel model, ulong seed)
    {
        if (model.Rules.InPersonCutOff is not null || model.Rules.OnlineOutsideHoursNextWorkingDay)
        {
            // The due-date cache keys limits in days by intake day alone, which holds only without cut-off rules.
            throw new InvalidOperationException("The generator's due-date cache requires deadline rules without intake cut-offs.");
        }

        _model = model;
        _days = model.Days;
        _random = new SampleRandom(seed ^ StreamSalt);
        _sequences = new int[checked(model.OneStops.Length * _days.Count)];
        _dueCache = new DueEntry[checked(_days.Count * model.Limits.Length)];
    }

    public Dossier Next()
    {
        var random = _random;
        var days = _days;
        var levelIndex = _model.LevelTable.Pick(random);
        var level = _model.Levels[levelIndex];
        var procedure = level.Procedures[level.ProcedureTable.Pick(random)];
        var oneStop = level.OneStops[level.OneStopTable.Pick(random)];
        var channel = Channel(procedure.Service, random);

        // When and how the dossier was received.
        var draw = random.Next(1000);
        var segment = _model.Segments[draw < GenerationMix.PriorPerMille ? 0
            : draw < GenerationMix.PriorPerMille + GenerationMix.AfterPerMille ? 2 : 1];
        var offHours = channel == IntakeChannel.Online && random.Next(1000) < GenerationMix.OffHoursOnlinePerMille;
        int receivedDay;
        int receivedMinute;
        LocalTime receivedTime;
        if (offHours)
        {
            receivedDay = segment.FirstDay + random.Next(segment.Days);
            var minuteOfDay = days.IsWorkingDay(receivedDay) ? (17 * 60) + random.Next(7 * 60) : (6 * 60) + random.Next(17 * 60);
            receivedTime = new LocalTime(minuteOfDay / 60, minuteOfDay % 60, random.Next(60));
            receivedMinute = _model.MinutesPerDay;
        }
        else
        {
            receivedDay = days.WorkingDay(segment.FirstOrdinal + random.Next(segment.WorkingDays));
            receivedMinute = random.Next(_model.MinutesPerDay);
            receivedTime = _model.Clock[receivedMinute].PlusSeconds(random.Next(60));
        }

        var receivedAt = days.Date(receivedDay) + receivedTime;
        var due = Due(receivedDay, receivedAt, procedure);

        // How and when it ended, consistent with its due date.
        var kind = GenerationMix.OutcomeKinds[_model.Outcomes[levelIndex].Pick(random)];
        var outcome = End(kind, levelIndex, receivedDay, receivedMinute, offHours, due, random);

        var digitizationLevel = levelIndex;
        var subject = random.Next(1000) < GenerationMix.SubjectPerMille[digitizationLevel];
        var digitized = subject && random.Next(1000) < GenerationMix.DigitizedPerMille[digitizationLevel];
        var reused = procedure.Reuses && random.Next(1000) < GenerationMix.ReuseWhenAblePerMille;
        var documents = random.Next(1000) < GenerationMix.TwoResultDocumentsPerMille ? 2 : 1;
        var digitizedDocuments = 0;
        if (outcome.Kind == OutcomeKind.Resolved)
        {
            for (var d = 0; d < documents; d++)
            {
                if (random.Next(1000) < GenerationMix.ResultDigitizedPerMille[digitizationLevel])
                {
                    digitizedDocuments++;
                }
            }
        }

        var boundaryFree = procedure.Service == OnlineServiceKind.FullProcess
                           && random.Next(1000) < GenerationMix.BoundaryFreeFullProcessPerMille;

        var slot = (oneStop.Index * days.Count) + receivedDay;
        var sequence = ++_sequences[slot];
        return new Dossier
        {
            Id = DossierId(oneStop.Code, days.Stamp(receivedDay), sequence),
            ProcedureCode = procedure.Code,
            ReceivingDepartmentCode = oneStop.Code,
            ResolvingDepartmentCode = oneStop.ResolverByField?[procedure.Field],
            Channel = channel,
            ReceivedAt = receivedAt,
            DueAt = due.At,
            Outcome = outcome,
            Digitization = new DigitizationFacts
            {
                SubjectToDigitization = subject,
                DigitizedAtIntake = digitized,
                ReusedDigitizedData = reused,
                ResultDocuments = documents,
                DigitizedResultDocuments = digitizedDocuments,
            },
            ReceivedRegardlessOfBoundary = boundaryFree,
        };
    }

    private static IntakeChannel Channel(OnlineServiceKind service, SampleRandom random)
    {
        if (service == OnlineServiceKind.None)
        {
            return random.Next(1000) < GenerationMix.PostalOfflinePerMille ? IntakeChannel.Postal : IntakeChannel.InPerson;
        }

        var online = service == OnlineServiceKind.FullProcess ? GenerationMix.OnlineFullProcessPerMille : GenerationMix.OnlinePartialPerMille;
        if (random.Next(1000) < online)
        {
            return IntakeChannel.Online;
        }

        return random.Next(1000) < GenerationMix.PostalOfOtherPerMille ? IntakeChannel.Postal : IntakeChannel.InPerson;
    }

    /// <summary>
    /// The due date from <see cref="DeadlineCalculator"/> under <see cref="DeadlineRules.Default"/>. Limits in days
    /// depend only on the intake day there (no cut-off rules), so they are computed once per (day, limit); limits
    /// in working hours depend on the time too and are computed every time.
    /// </summary>
    private DueEntry Due(int receivedDay, LocalDateTime receivedAt, ProcedureModel procedure)
    {
        var limit = _model.Limits[procedure.LimitIndex];
        if (procedure.LimitInHours)
        {
            return Compute(receivedAt, limit);
        }

        ref var entry = ref _dueCache[(receivedDay * _model.Limits.Length) + procedure.LimitIndex];
        if (!entry.Set)
        {
            entry = Compute(receivedAt, limit);
        }

        return entry;
    }

    private DueEntry Compute(LocalDateTime receivedAt, TimeLimit limit)
    {
        var due = DeadlineCalculator.Compute(receivedAt, limit, _model.Rules).DueAt!.Value;
        return new DueEntry(due, _days.IndexOf(due.Date), _model.Rules.Hours.MinutesBefore(due.TimeOfDay));
    }

    /// <summary>
    /// Draws the end: early on a working day from the intake day (when time is left) to the day before the due date;
    /// on time on the due date, not after the due time; overdue 1–10 working days after it. Cancelled dossiers end on
    /// one of the first working days. An end after the export day leaves the dossier in progress.
    /// </summary>
    private DossierOutcome End(OutcomeKind kind, int levelIndex, int receivedDay, int receivedMinute, bool offHours, DueEntry due, SampleRandom random)
    {
        var days = _days;
        var perDay = _model.MinutesPerDay;
        var sameDay = !offHours && days.IsWorkingDay(receivedDay) && receivedMinute < perDay - 1;
        var firstOrdinal = days.WorkingThrough(receivedDay) + (sameDay ? 0 : 1);
        var lastEarlyOrdinal = days.WorkingThrough(due.DayIndex) - 1;

        int timeliness; // -1 early, 0 on time, 1 overdue
        if (kind == OutcomeKind.Cancelled)
        {
            timeliness = -1;
        }
        else
        {
            var draw = random.Next(100_000);
            timeliness = draw < GenerationMix.OverduePer100K ? 1
                : draw < GenerationMix.OverduePer100K + GenerationMix.OnTimePer100K ? 0 : -1;
        }

        if (timeliness < 0 && firstOrdinal > lastEarlyOrdinal)
        {
            timeliness = 0;
        }

        int endDay;
        int endMinute;
        switch (timeliness)
        {
            case < 0:
            {
                var span = lastEarlyOrdinal - firstOrdinal + 1;
                var offset = 0;
                if (kind == OutcomeKind.Cancelled)
                {
                    offset = random.Next(span > 3 ? 3 : span);
                }
                else
                {
                    for (var draws = GenerationMix.EarlyEndDraws[levelIndex]; draws > 0; draws--)
                    {
                        var next = random.Next(span);
                        offset = next > offset ? next : offset;
                    }
                }

                var ordinal = firstOrdinal + offset;
                endDay = days.WorkingDay(ordinal);
                var low = endDay == receivedDay ? receivedMinute + 1 : 0;
                endMinute = low + random.Next(perDay - low);
                break;
            }

            case 0:
            {
                endDay = due.DayIndex;
                var low = endDay == receivedDay ? receivedMinute + 1 : 0;
                var high = due.Minute - 1;
                if (low > high)
                {
                    return Ended(kind, due.At, due.DayIndex);
                }

                endMinute = low + random.Next(high - low + 1);
                break;
            }

            default:
            {
                var ordinal = days.WorkingThrough(due.DayIndex) + 1 + _model.OverdueDays.Pick(random);
                if (ordinal > days.WorkingDays)
                {
                    return DossierOutcome.InProgress;
                }

                endDay = days.WorkingDay(ordinal);
                endMinute = random.Next(perDay);
                break;
            }
        }

        var at = days.Date(endDay) + _model.Clock[endMinute].PlusSeconds(random.Next(60));
        return Ended(kind, at, endDay);
    }

    private DossierOutcome Ended(OutcomeKind kind, LocalDateTime at, int day) =>
        day > _model.SnapshotIndex ? DossierOutcome.InProgress : DossierOutcome.Ended(kind, at);

    /// <summary>The dossier code of Circular 01/2018/TT-VPCP: receiving department, <c>yyMMdd</c>, sequence of at least four digits.</summary>
    private static string DossierId(string department, string stamp, int sequence)
    {
        var digits = 4;
        for (var rest = sequence / 10_000; rest > 0; rest /= 10)
        {
            digits++;
        }

        return string.Create(department.Length + 1 + stamp.Length + 1 + digits, (department, stamp, sequence), static (span, state) =>
        {
            state.department.AsSpan().CopyTo(span);
            var at = state.department.Length;
            span[at++] = '-';
            state.stamp.AsSpan().CopyTo(span[at..]);
            at += state.stamp.Length;
            span[at] = '-';
            var value = state.sequence;
            for (var i = span.Length - 1; i > at; i--)
            {
                span[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        });
    }

    /// <summary>A computed due time, its day index and its working minute (the minutes of working hours before it).</summary>
    private readonly record struct DueEntry(LocalDateTime At, int DayIndex, int Minute)
    {
        public bool Set => At != default;
    }
}
