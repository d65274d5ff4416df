using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// One dossier reduced to the integers classification needs: its cell, day numbers and seconds of the day,
/// outcome, channel and flags. Both the object path (one <see cref="Dossier"/> at a time) and the columnar path
/// produce rows, so the rules in <see cref="DossierClassifier"/> are written once.
/// </summary>
internal struct DossierRow
{
    public long Cell;
    public int ReceivedDay;
    public int DueDay;
    public int DueSecond;
    public int EndDay;
    public int EndSecond;
    public OutcomeKind Kind;
    public IntakeChannel Channel;
    public RowFlags Flags;
    public ushort ResultDocuments;
    public ushort DigitizedResultDocuments;

    /// <summary>Reduces a dossier whose references resolved to <paramref name="cell"/>.</summary>
    public static DossierRow From(Dossier dossier, long cell, OnlineServiceKind onlineService, LocalDateTime? dueAt)
    {
        var facts = dossier.Digitization;
        var flags = RowFlags.None;
        if (facts.SubjectToDigitization)
        {
            flags |= RowFlags.SubjectToDigitization;
        }

        if (facts.DigitizedAtIntake)
        {
            flags |= RowFlags.DigitizedAtIntake;
        }

        if (facts.ReusedDigitizedData)
        {
            flags |= RowFlags.ReusedDigitizedData;
        }

        if (dossier.ReceivedRegardlessOfBoundary)
        {
            flags |= RowFlags.RegardlessOfBoundary;
        }

        if (onlineService != OnlineServiceKind.None)
        {
            flags |= RowFlags.OnlineService;
        }

        var row = new DossierRow
        {
            Cell = cell,
            ReceivedDay = DayNumber.Of(dossier.ReceivedAt.Date),
            Kind = dossier.Outcome.Kind,
            Channel = dossier.Channel,
            ResultDocuments = (ushort)facts.ResultDocuments,
            DigitizedResultDocuments = (ushort)facts.DigitizedResultDocuments,
        };

        if (dueAt is { } due)
        {
            flags |= RowFlags.HasDue;
            row.DueDay = DayNumber.Of(due.Date);
            row.DueSecond = DayNumber.SecondOf(due.TimeOfDay);
        }

        if (dossier.Outcome.At is { } end)
        {
            row.EndDay = DayNumber.Of(end.Date);
            row.EndSecond = DayNumber.SecondOf(end.TimeOfDay);
        }

        row.Flags = flags;
        return row;
    }
}
