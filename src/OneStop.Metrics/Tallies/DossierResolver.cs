using System;
using System.Globalization;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Decides whether a dossier's references and values fit the reference data, and words the rejection when they do
/// not: the single place where the rejection rules and messages are written down. The object path
/// (<see cref="DossierTallyBuilder"/>) and the columnar path (<see cref="Columnar.DossierBatch.Builder"/>) look
/// the codes up their own way (strings, or character spans) and pass the indices here.
/// </summary>
internal static class DossierResolver
{
    /// <summary>Looks a dossier object's codes up and checks it (see <see cref="Check(DepartmentKind[], int, int, bool, int, IntakeChannel, LocalDateTime, LocalDateTime?)"/>).</summary>
    /// <param name="codes">The builder's code lookup.</param>
    /// <param name="dossier">The dossier.</param>
    /// <param name="procedure">The procedure's index, or -1.</param>
    /// <param name="receiving">The receiving department's index, or -1.</param>
    /// <param name="resolving">The resolving department's index, or -1 when there is none or its code is unknown.</param>
    /// <returns><see langword="null"/> when the dossier can be counted, else the first reason it cannot.</returns>
    public static RejectionReason? Check(CodeLookup codes, Dossier dossier, out int procedure, out int receiving,
        out int resolving)
    {
        procedure = codes.Procedure(dossier.ProcedureCode);
        receiving = codes.Department(dossier.ReceivingDepartmentCode);
        var resolvingCode = dossier.ResolvingDepartmentCode;
        resolving = resolvingCode is null ? -1 : codes.Department(resolvingCode);
        return Check(codes.DepartmentKinds, procedure, receiving, resolvingCode is not null, resolving, dossier.Channel,
            dossier.ReceivedAt, dossier.DueAt);
    }

    /// <summary>Words the rejection of a dossier object (see <see cref="Reject(RejectionReason, string?, string?, string?, string?, IntakeChannel, LocalDateTime, LocalDateTime?)"/>).</summary>
    /// <param name="reason">The reason <see cref="Check(CodeLookup, Dossier, out int, out int, out int)"/> returned.</param>
    /// <param name="dossier">The dossier.</param>
    /// <returns>The rejection.</returns>
    public static TallyRejection Reject(RejectionReason reason, Dossier dossier) =>
        Reject(reason, dossier.Id, dossier.ProcedureCode, dossier.ReceivingDepartmentCode, dossier.ResolvingDepartmentCode,
            dossier.Channel, dossier.ReceivedAt, dossier.DueAt);

    /// <summary>Checks a dossier whose codes were looked up, in the order the rejections are reported.</summary>
    /// <param name="departmentKinds">The kind of each department of the reference data (see <see cref="CodeLookup.DepartmentKinds"/>).</param>
    /// <param name="procedure">The procedure's index, or -1 when its code is unknown.</param>
    /// <param name="receiving">The receiving department's index, or -1 when its code is unknown.</param>
    /// <param name="hasResolving">Whether the dossier names a resolving department.</param>
    /// <param name="resolving">The resolving department's index, or -1 when there is none or its code is unknown.</param>
    /// <param name="channel">The intake channel.</param>
    /// <param name="receivedAt">The receipt time.</param>
    /// <param name="storedDue">The stored due time, checked even when due dates are computed.</param>
    /// <returns><see langword="null"/> when the dossier can be counted, else the first reason it cannot.</returns>
    public static RejectionReason? Check(DepartmentKind[] departmentKinds, int procedure, int receiving, bool hasResolving,
        int resolving, IntakeChannel channel, LocalDateTime receivedAt, LocalDateTime? storedDue)
    {
        if (procedure < 0)
        {
            return RejectionReason.UnknownProcedure;
        }

        if (receiving < 0)
        {
            return RejectionReason.UnknownReceivingDepartment;
        }

        if (departmentKinds[receiving] != DepartmentKind.OneStop)
        {
            return RejectionReason.ReceivingDepartmentNotOneStop;
        }

        if (hasResolving)
        {
            if (resolving < 0)
            {
                return RejectionReason.UnknownResolvingDepartment;
            }

            if (departmentKinds[resolving] != DepartmentKind.Specialised)
            {
                return RejectionReason.ResolvingDepartmentNotSpecialised;
            }
        }

        // The defined channels are 1, 2 and 3 (stable values; a test pins them): a range check is what
        // Enum.IsDefined would answer, without its cost on the hot path.
        if (channel is < IntakeChannel.InPerson or > IntakeChannel.Postal)
        {
            return RejectionReason.UndefinedChannel;
        }

        if (receivedAt.Calendar != CalendarSystem.Iso || (storedDue is { } due && due.Calendar != CalendarSystem.Iso))
        {
            return RejectionReason.NonIsoCalendar;
        }

        return null;
    }

    /// <summary>Words the rejection a <c>Check</c> returned, naming the dossier, the field and its value.</summary>
    /// <param name="reason">The reason a <c>Check</c> returned.</param>
    /// <param name="id">The dossier's id; shown as <c>(no id)</c> when <see langword="null"/>.</param>
    /// <param name="procedureCode">The procedure code as given.</param>
    /// <param name="receivingCode">The receiving department code as given.</param>
    /// <param name="resolvingCode">The resolving department code as given.</param>
    /// <param name="channel">The intake channel.</param>
    /// <param name="receivedAt">The receipt time.</param>
    /// <param name="storedDue">The stored due time.</param>
    /// <returns>The rejection.</returns>
    public static TallyRejection Reject(RejectionReason reason, string? id, string? procedureCode, string? receivingCode,
        string? resolvingCode, IntakeChannel channel, LocalDateTime receivedAt, LocalDateTime? storedDue)
    {
        var (field, value, problem) = reason switch
        {
            RejectionReason.UnknownProcedure =>
                (nameof(Dossier.ProcedureCode), procedureCode, "is not in the procedure catalogue"),
            RejectionReason.UnknownReceivingDepartment =>
                (nameof(Dossier.ReceivingDepartmentCode), receivingCode, "is not among the departments"),
            RejectionReason.ReceivingDepartmentNotOneStop =>
                (nameof(Dossier.ReceivingDepartmentCode), receivingCode, "is a specialised department, not a one-stop department"),
            RejectionReason.UnknownResolvingDepartment =>
                (nameof(Dossier.ResolvingDepartmentCode), resolvingCode, "is not among the departments"),
            RejectionReason.ResolvingDepartmentNotSpecialised =>
                (nameof(Dossier.ResolvingDepartmentCode), resolvingCode, "is a one-stop department, not a specialised department"),
            RejectionReason.UndefinedChannel =>
                (nameof(Dossier.Channel), ((int)channel).ToString(CultureInfo.InvariantCulture),
                    "is not a defined intake channel (InPerson, Online, Postal)"),
            RejectionReason.NonIsoCalendar when receivedAt.Calendar != CalendarSystem.Iso =>
                (nameof(Dossier.ReceivedAt), WithCalendar(receivedAt), "is not in the ISO calendar"),
            RejectionReason.NonIsoCalendar when storedDue is { } due =>
                (nameof(Dossier.DueAt), WithCalendar(due), "is not in the ISO calendar"),
            RejectionReason.DueDateOutsideCalendar =>
                (nameof(Dossier.ReceivedAt), ValueTextOf(receivedAt),
                    "gives a computed due date outside the working-day calendar (1900-01-01..2100-12-31)"),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a reason Check returned for these values."),
        };

        var shownId = id ?? "(no id)";
        var shownValue = value is null ? "null" : $"'{value}'";
        return new TallyRejection(shownId, reason, $"Dossier '{shownId}': {field} {shownValue} {problem}.");
    }

    private static string ValueTextOf(LocalDateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time:yyyy-MM-ddTHH:mm}");

    private static string WithCalendar(LocalDateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time:yyyy-MM-ddTHH:mm:ss} ({time.Calendar.Id})");
}
