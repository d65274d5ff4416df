using System.Runtime.CompilerServices;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// One dossier reduced to the integers classification needs: day numbers and seconds of the day, outcome,
/// channel, flags and result documents. Both the object path (one <see cref="Dossier"/> at a time) and the
/// columnar path (<see cref="Columnar.DossierBatch"/>, which stores these fields as columns) produce rows with
/// the same <c>From</c> methods, so that the reduction, like the rules in <see cref="DossierClassifier"/>, is written once. The row's cell
/// travels separately, with the counter sink.
/// </summary>
internal struct DossierRow
{
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

    /// <summary>Reduces a dossier of a procedure offering <paramref name="onlineService"/>, judged against <paramref name="dueAt"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DossierRow From(Dossier dossier, OnlineServiceKind onlineService, LocalDateTime? dueAt) =>
        From(dossier.ReceivedAt, dueAt, dossier.Outcome, dossier.Channel, dossier.Digitization,
            dossier.ReceivedRegardlessOfBoundary, onlineService);

    /// <summary>Reduces a dossier given by its values.</summary>
    /// <exception cref="System.OverflowException">A number of result documents exceeds 65,535.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DossierRow From(LocalDateTime receivedAt, LocalDateTime? dueAt, DossierOutcome outcome,
        IntakeChannel channel, in DigitizationFacts facts, bool receivedRegardlessOfBoundary, OnlineServiceKind onlineService)
    {
        // Without branches: these facts vary from dossier to dossier.
        var flags = (RowFlags)(
            (Bit(facts.SubjectToDigitization) * (int)RowFlags.SubjectToDigitization)
            | (Bit(facts.DigitizedAtIntake) * (int)RowFlags.DigitizedAtIntake)
            | (Bit(facts.ReusedDigitizedData) * (int)RowFlags.ReusedDigitizedData)
            | (Bit(receivedRegardlessOfBoundary) * (int)RowFlags.RegardlessOfBoundary)
            | (Bit(onlineService != OnlineServiceKind.None) * (int)RowFlags.OnlineService));

        var row = new DossierRow
        {
            ReceivedDay = DayNumber.Of(receivedAt.Date),
            Kind = outcome.Kind,
            Channel = channel,
            ResultDocuments = (ushort)facts.ResultDocuments,
            DigitizedResultDocuments = (ushort)facts.DigitizedResultDocuments,
        };

        if (dueAt is { } due)
        {
            flags |= RowFlags.HasDue;
            row.DueDay = DayNumber.Of(due.Date);
            row.DueSecond = DayNumber.SecondOf(due.TimeOfDay);
        }

        if (outcome.At is { } end)
        {
            row.EndDay = DayNumber.Of(end.Date);
            row.EndSecond = DayNumber.SecondOf(end.TimeOfDay);
        }

        row.Flags = flags;
        return row;
    }

    private static int Bit(bool value) => value ? 1 : 0;
}
