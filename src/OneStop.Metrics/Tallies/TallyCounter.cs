namespace OneStop.Metrics.Tallies;

/// <summary>
/// The counts a <see cref="DossierTally"/> keeps for every cell. Each indicator is a function of these counts;
/// each dossier adds to a fixed handful of them. The numeric values are stable.
/// </summary>
/// <remarks>
/// <para>
/// Scope: every dossier counted falls in exactly one of <see cref="CarriedOver"/>, <see cref="ReceivedInPeriod"/>,
/// <see cref="ReceivedAfterPeriod"/>, <see cref="EndedBeforePeriod"/>; the last two are outside the period and
/// add to nothing else, so nothing given to a tally is lost.
/// </para>
/// <para>
/// Status: every dossier in the period (carried over or received in it) falls in exactly one status counter,
/// judged at the end of the period: resolved, returned, refused or withdrawn (each split early / on time /
/// overdue against its due date), cancelled, or in progress within or past its deadline as of the "as of" date.
/// </para>
/// </remarks>
public enum TallyCounter
{
    /// <summary>Received before the period and not ended before it (kỳ trước chuyển sang).</summary>
    CarriedOver = 0,

    /// <summary>Received in the period (tiếp nhận trong kỳ).</summary>
    ReceivedInPeriod = 1,

    /// <summary>Received after the period's last day: outside the report.</summary>
    ReceivedAfterPeriod = 2,

    /// <summary>Received and ended before the period's first day: outside the report.</summary>
    EndedBeforePeriod = 3,

    /// <summary>Received in the period in person (trực tiếp).</summary>
    ReceivedInPerson = 4,

    /// <summary>Received in the period online (trực tuyến).</summary>
    ReceivedOnline = 5,

    /// <summary>Received in the period by public postal service (bưu chính công ích).</summary>
    ReceivedByPost = 6,

    /// <summary>Received in the period for a procedure that offers an online public service (partial or full-process).</summary>
    ReceivedForOnlineService = 7,

    /// <summary>Received online in the period for a procedure that offers an online public service.</summary>
    ReceivedOnlineForOnlineService = 8,

    /// <summary>Resolved in the period before its due date (trước hạn).</summary>
    ResolvedEarly = 9,

    /// <summary>Resolved in the period on its due date (đúng hạn).</summary>
    ResolvedOnTime = 10,

    /// <summary>Resolved in the period after its due date (quá hạn).</summary>
    ResolvedOverdue = 11,

    /// <summary>Returned as ineligible in the period, before its due date.</summary>
    ReturnedEarly = 12,

    /// <summary>Returned as ineligible in the period, on its due date.</summary>
    ReturnedOnTime = 13,

    /// <summary>Returned as ineligible in the period, after its due date.</summary>
    ReturnedOverdue = 14,

    /// <summary>Refused in the period, before its due date.</summary>
    RefusedEarly = 15,

    /// <summary>Refused in the period, on its due date.</summary>
    RefusedOnTime = 16,

    /// <summary>Refused in the period, after its due date.</summary>
    RefusedOverdue = 17,

    /// <summary>Withdrawn in the period, before its due date.</summary>
    WithdrawnEarly = 18,

    /// <summary>Withdrawn in the period, on its due date.</summary>
    WithdrawnOnTime = 19,

    /// <summary>Withdrawn in the period, after its due date.</summary>
    WithdrawnOverdue = 20,

    /// <summary>Cancelled in the period (đã hủy).</summary>
    Cancelled = 21,

    /// <summary>Not ended at the period's end and not past its due date as of the "as of" date (đang giải quyết trong hạn).</summary>
    InProgressWithinDeadline = 22,

    /// <summary>Not ended at the period's end and past its due date as of the "as of" date (đang giải quyết quá hạn).</summary>
    InProgressPastDeadline = 23,

    /// <summary>Received in the period and subject to digitization at intake.</summary>
    SubjectToDigitizationReceived = 24,

    /// <summary>Received in the period, subject to digitization and digitized at intake.</summary>
    DigitizedAtIntakeReceived = 25,

    /// <summary>Carried over and subject to digitization at intake.</summary>
    SubjectToDigitizationCarriedOver = 26,

    /// <summary>Carried over, subject to digitization and digitized at intake.</summary>
    DigitizedAtIntakeCarriedOver = 27,

    /// <summary>Result documents issued by the dossiers resolved in the period (a sum of documents, not of dossiers).</summary>
    ResultDocumentsIssued = 28,

    /// <summary>Result documents issued with an electronic copy by the dossiers resolved in the period (a sum of documents).</summary>
    ResultDocumentsDigitized = 29,

    /// <summary>Dossiers resolved in the period with at least one digitized result document.</summary>
    ResolvedWithDigitizedResult = 30,

    /// <summary>Received in the period and reusing digitized data.</summary>
    ReusedDigitizedData = 31,

    /// <summary>Received in the period regardless of administrative boundary.</summary>
    ReceivedRegardlessOfBoundary = 32,
}
