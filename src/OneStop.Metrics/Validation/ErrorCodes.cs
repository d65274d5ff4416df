namespace OneStop.Metrics.Validation;

/// <summary>
/// The stable codes (mã lỗi) of every check the input validators make, <c>OSM</c> followed by four digits. Each
/// <see cref="IntakeFailure"/> carries one.
/// </summary>
/// <remarks>
/// <para>
/// The first digit names the area: <c>1xxx</c> administrative units (đơn vị hành chính), <c>2xxx</c> departments
/// (Bộ phận Một cửa, phòng chuyên môn), <c>3xxx</c> procedure fields (lĩnh vực TTHC), <c>4xxx</c> procedures of
/// the catalogue (thủ tục hành chính), <c>5xxx</c> a dossier (hồ sơ) on its own, <c>6xxx</c> a dossier against
/// the reference data or the rest of the set, <c>7xxx</c> reporting periods (kỳ báo cáo) and scopes, <c>8xxx</c>
/// options (reserved: options are typed values whose impossible cases are programming errors, refused with
/// <see cref="System.ArgumentOutOfRangeException"/> by <see cref="Indicators.MetricsOptions"/> and
/// <see cref="Tallies.TallyScope"/>, so no data can produce an <c>8xxx</c> failure today).
/// </para>
/// <para>
/// <b>A code is never renamed, renumbered or reused once shipped</b>: reports, dashboards and scripts filter on
/// them. A check that changes meaning gets a new code; a retired code stays listed, marked retired.
/// <c>docs/error-codes.md</c> has the same table with an example message for every code.
/// </para>
/// <para>
/// Severity <see cref="IntakeSeverity.Error"/> (hard) always rejects the record; severity
/// <see cref="IntakeSeverity.Warning"/> (soft) rejects it only under <see cref="SoftCheckPolicy.Reject"/>. Every
/// code has one fixed severity. In the examples, a message is <c>label: field value problem.</c>, where the label
/// names the record (<c>Dossier 'H-1' (line 12)</c>, <c>Department 'TP' (position 1)</c>,
/// <c>Period request</c>).
/// </para>
/// </remarks>
public static class ErrorCodes
{
    /// <summary>
    /// <c>OSM1001</c>, error: an administrative unit's <c>Code</c> is null, empty or white space.
    /// Example: <c>Administrative unit at position 2: Code is empty.</c>
    /// </summary>
    public const string UnitCodeEmpty = "OSM1001";

    /// <summary>
    /// <c>OSM1002</c>, error: an administrative unit's <c>Name</c> is null, empty or white space.
    /// Example: <c>Administrative unit 'Y' (position 2): Name is empty.</c>
    /// </summary>
    public const string UnitNameEmpty = "OSM1002";

    /// <summary>
    /// <c>OSM1003</c>, error: an administrative unit's <c>Level</c> (cấp hành chính) is not a defined
    /// <see cref="Domain.AdministrativeLevel"/>.
    /// Example: <c>Administrative unit 'Y' (position 2): Level 7 is not a defined level (Province, District, Commune).</c>
    /// </summary>
    public const string UnitLevelUndefined = "OSM1003";

    /// <summary>
    /// <c>OSM1004</c>, error: an administrative unit repeats the code of an earlier unit; the first one keeps the
    /// code, every later one is rejected.
    /// Example: <c>Administrative unit 'H' (position 2): Code 'H' repeats the unit at position 0.</c>
    /// </summary>
    public const string UnitCodeDuplicate = "OSM1004";

    /// <summary>
    /// <c>OSM1005</c>, error: an administrative unit's <c>ParentCode</c> names no unit of the list (an empty
    /// parent code names none either; a top-level unit has a null parent).
    /// Example: <c>Administrative unit 'Y' (position 2): ParentCode 'Q' is not among the units.</c>
    /// </summary>
    public const string UnitParentUnknown = "OSM1005";

    /// <summary>
    /// <c>OSM1006</c>, error: an administrative unit's parent is not of a higher tier (a province with a parent,
    /// a district under a district or a commune, a unit that is its own parent). A commune directly under a
    /// province is accepted: from 1/7/2025 the district tier no longer exists.
    /// Example: <c>Administrative unit 'Y' (position 2): ParentCode 'X' names a Commune unit, which is not above Commune.</c>
    /// </summary>
    public const string UnitParentNotAbove = "OSM1006";

    /// <summary>
    /// <c>OSM1007</c>, error: an administrative unit's parent was itself rejected, so the unit cannot enter the
    /// reference data either.
    /// Example: <c>Administrative unit 'Z' (position 3): ParentCode 'Y' names a unit that was rejected.</c>
    /// </summary>
    public const string UnitParentRejected = "OSM1007";

    /// <summary>
    /// <c>OSM2001</c>, error: a department's <c>Code</c> is null, empty or white space.
    /// Example: <c>Department at position 4: Code is empty.</c>
    /// </summary>
    public const string DepartmentCodeEmpty = "OSM2001";

    /// <summary>
    /// <c>OSM2002</c>, error: a department's <c>Name</c> is null, empty or white space.
    /// Example: <c>Department 'VP' (position 4): Name is empty.</c>
    /// </summary>
    public const string DepartmentNameEmpty = "OSM2002";

    /// <summary>
    /// <c>OSM2003</c>, error: a department's <c>Kind</c> is not a defined <see cref="Domain.DepartmentKind"/>
    /// (one-stop Bộ phận Một cửa or specialised phòng chuyên môn).
    /// Example: <c>Department 'VP' (position 4): Kind 7 is not a defined department kind (OneStop, Specialised).</c>
    /// </summary>
    public const string DepartmentKindUndefined = "OSM2003";

    /// <summary>
    /// <c>OSM2004</c>, error: a department repeats the code of an earlier department; every later one is rejected.
    /// Example: <c>Department 'TP' (position 4): Code 'TP' repeats the department at position 1.</c>
    /// </summary>
    public const string DepartmentCodeDuplicate = "OSM2004";

    /// <summary>
    /// <c>OSM2005</c>, error: a department's <c>UnitCode</c> names no administrative unit of the list (an empty
    /// code names none).
    /// Example: <c>Department 'VP' (position 4): UnitCode 'Q' is not among the units.</c>
    /// </summary>
    public const string DepartmentUnitUnknown = "OSM2005";

    /// <summary>
    /// <c>OSM2006</c>, error: a department's administrative unit was rejected, so the department is dropped too.
    /// Example: <c>Department 'VP' (position 4): UnitCode 'Y' names a unit that was rejected.</c>
    /// </summary>
    public const string DepartmentUnitRejected = "OSM2006";

    /// <summary>
    /// <c>OSM3001</c>, error: a procedure field's <c>Code</c> is null, empty or white space.
    /// Example: <c>Procedure field at position 2: Code is empty.</c>
    /// </summary>
    public const string FieldCodeEmpty = "OSM3001";

    /// <summary>
    /// <c>OSM3002</c>, error: a procedure field's <c>Name</c> is null, empty or white space.
    /// Example: <c>Procedure field 'YT' (position 2): Name is empty.</c>
    /// </summary>
    public const string FieldNameEmpty = "OSM3002";

    /// <summary>
    /// <c>OSM3003</c>, error: a procedure field repeats the code of an earlier field; every later one is rejected.
    /// Example: <c>Procedure field 'TPH' (position 2): Code 'TPH' repeats the field at position 0.</c>
    /// </summary>
    public const string FieldCodeDuplicate = "OSM3003";

    /// <summary>
    /// <c>OSM4001</c>, error: a procedure's <c>Code</c> is null, empty or white space.
    /// Example: <c>Procedure at position 3: Code is empty.</c>
    /// </summary>
    public const string ProcedureCodeEmpty = "OSM4001";

    /// <summary>
    /// <c>OSM4002</c>, error: a procedure's <c>Name</c> is null, empty or white space.
    /// Example: <c>Procedure 'P4' (position 3): Name is empty.</c>
    /// </summary>
    public const string ProcedureNameEmpty = "OSM4002";

    /// <summary>
    /// <c>OSM4003</c>, error: a procedure's <c>Level</c> is not a defined <see cref="Domain.AdministrativeLevel"/>.
    /// Example: <c>Procedure 'P4' (position 3): Level 7 is not a defined level (Province, District, Commune).</c>
    /// </summary>
    public const string ProcedureLevelUndefined = "OSM4003";

    /// <summary>
    /// <c>OSM4004</c>, error: a procedure's <c>OnlineService</c> is not a defined
    /// <see cref="Domain.OnlineServiceKind"/> (dịch vụ công trực tuyến).
    /// Example: <c>Procedure 'P4' (position 3): OnlineService 7 is not a defined online service kind (None, Partial, FullProcess).</c>
    /// </summary>
    public const string ProcedureOnlineServiceUndefined = "OSM4004";

    /// <summary>
    /// <c>OSM4005</c>, error: a procedure's <c>TimeLimit</c> (thời hạn giải quyết) has a unit that is not a
    /// defined <see cref="Deadlines.TimeLimitUnit"/> (only <c>default(TimeLimit)</c> has one). A limit of 0 is
    /// accepted: it is a same-day procedure (giải quyết trong ngày).
    /// Example: <c>Procedure 'P4' (position 3): TimeLimit unit 0 is not a defined time limit unit (WorkingDays, CalendarDays, WorkingHours).</c>
    /// </summary>
    public const string ProcedureTimeLimitUnitUndefined = "OSM4005";

    /// <summary>
    /// <c>OSM4006</c>, error: a procedure repeats the code of an earlier procedure; every later one is rejected.
    /// Example: <c>Procedure 'P1' (position 3): Code 'P1' repeats the procedure at position 0.</c>
    /// </summary>
    public const string ProcedureCodeDuplicate = "OSM4006";

    /// <summary>
    /// <c>OSM4007</c>, error: a procedure's <c>FieldCode</c> names no procedure field of the list (an empty code
    /// names none).
    /// Example: <c>Procedure 'P4' (position 3): FieldCode 'Q' is not among the fields.</c>
    /// </summary>
    public const string ProcedureFieldUnknown = "OSM4007";

    /// <summary>
    /// <c>OSM4008</c>, error: a procedure's field was rejected, so the procedure is dropped too.
    /// Example: <c>Procedure 'P4' (position 3): FieldCode 'YT' names a field that was rejected.</c>
    /// </summary>
    public const string ProcedureFieldRejected = "OSM4008";

    /// <summary>
    /// <c>OSM5001</c>, error: a dossier has no <c>Id</c> (mã hồ sơ): null, empty or white space.
    /// Example: <c>Dossier without id (line 12): Id is missing.</c>
    /// </summary>
    public const string DossierIdMissing = "OSM5001";

    /// <summary>
    /// <c>OSM5002</c>, error: a dossier has no <c>ProcedureCode</c>.
    /// Example: <c>Dossier 'H-1' (line 12): ProcedureCode is missing.</c>
    /// </summary>
    public const string DossierProcedureMissing = "OSM5002";

    /// <summary>
    /// <c>OSM5003</c>, error: a dossier has no <c>ReceivingDepartmentCode</c> (the Bộ phận Một cửa that
    /// received it).
    /// Example: <c>Dossier 'H-1' (line 12): ReceivingDepartmentCode is missing.</c>
    /// </summary>
    public const string DossierReceivingDepartmentMissing = "OSM5003";

    /// <summary>
    /// <c>OSM5004</c>, error: a dossier has no intake <c>Channel</c> (trực tiếp, trực tuyến, bưu chính).
    /// Example: <c>Dossier 'H-1' (line 12): Channel is missing.</c>
    /// </summary>
    public const string DossierChannelMissing = "OSM5004";

    /// <summary>
    /// <c>OSM5005</c>, error: a dossier's <c>Channel</c> is not a defined <see cref="Domain.IntakeChannel"/>
    /// (the tally would reject it).
    /// Example: <c>Dossier 'H-1' (line 12): Channel 9 is not a defined intake channel (InPerson, Online, Postal).</c>
    /// </summary>
    public const string DossierChannelUndefined = "OSM5005";

    /// <summary>
    /// <c>OSM5006</c>, error: a dossier has no <c>ReceivedAt</c> (ngày tiếp nhận).
    /// Example: <c>Dossier 'H-1' (line 12): ReceivedAt is missing.</c>
    /// </summary>
    public const string DossierReceivedAtMissing = "OSM5006";

    /// <summary>
    /// <c>OSM5007</c>, error: a dossier has no <c>Outcome</c> (in progress or how it ended).
    /// Example: <c>Dossier 'H-1' (line 12): Outcome is missing.</c>
    /// </summary>
    public const string DossierOutcomeMissing = "OSM5007";

    /// <summary>
    /// <c>OSM5008</c>, error: a dossier's <c>Outcome</c> is not a defined <see cref="Domain.OutcomeKind"/>.
    /// Example: <c>Dossier 'H-1' (line 12): Outcome 9 is not a defined outcome (InProgress, Resolved, ReturnedIneligible, Refused, Withdrawn, Cancelled).</c>
    /// </summary>
    public const string DossierOutcomeUndefined = "OSM5008";

    /// <summary>
    /// <c>OSM5009</c>, error: an ended outcome (resolved, returned, refused, withdrawn, cancelled) has no
    /// <c>EndedAt</c>: a <see cref="Domain.DossierOutcome"/> always has its time.
    /// Example: <c>Dossier 'H-1' (line 12): EndedAt is missing for outcome Resolved.</c>
    /// </summary>
    public const string DossierEndedAtMissing = "OSM5009";

    /// <summary>
    /// <c>OSM5010</c>, error: a dossier in progress (đang giải quyết) has an <c>EndedAt</c>; which of the two is
    /// wrong cannot be told.
    /// Example: <c>Dossier 'H-1' (line 12): EndedAt 2023-03-08T10:00 is given for a dossier in progress.</c>
    /// </summary>
    public const string DossierEndedAtInProgress = "OSM5010";

    /// <summary>
    /// <c>OSM5011</c>, error: a dossier's <c>DueAt</c> (ngày hẹn trả) is before its <c>ReceivedAt</c>.
    /// Example: <c>Dossier 'H-1' (line 12): DueAt 2023-03-01T09:00 is before ReceivedAt 2023-03-05T08:10.</c>
    /// </summary>
    public const string DossierDueBeforeReceived = "OSM5011";

    /// <summary>
    /// <c>OSM5012</c>, error: an ended dossier's <c>EndedAt</c> is before its <c>ReceivedAt</c> (resolved or
    /// returned before it was received).
    /// Example: <c>Dossier 'H-1' (line 12): EndedAt 2023-03-01T09:00 is before ReceivedAt 2023-03-05T08:10.</c>
    /// </summary>
    public const string DossierEndedBeforeReceived = "OSM5012";

    /// <summary>
    /// <c>OSM5013</c>, error: a date and time of a dossier (<c>ReceivedAt</c>, <c>DueAt</c>, <c>EndedAt</c>, a
    /// supplement's times, a re-appointment) is not in the ISO calendar, so it cannot be compared with the
    /// period (the tally would reject it). The field names which one.
    /// Example: <c>Dossier 'H-1' (line 12): DueAt 2023-02-26T17:00 (Julian) is not in the ISO calendar.</c>
    /// </summary>
    public const string DossierNonIsoCalendar = "OSM5013";

    /// <summary>
    /// <c>OSM5014</c>, error: a date and time of a dossier is outside the plausible range 2000-01-01 to
    /// 2100-12-31 (a typing slip, a two-digit year, or an export's placeholder date such as 1900-01-01). The one-stop
    /// mechanism and its electronic records are younger than 2000, and the working-day calendar ends in 2100, so such a
    /// date would move figures (a 1900 dossier would be carried over) or defeat computed due dates: the dossier is
    /// rejected. The field names which one.
    /// Example: <c>Dossier 'H-1' (line 12): ReceivedAt 1999-12-31T09:00 is outside the plausible range 2000-01-01..2100-12-31.</c>
    /// </summary>
    public const string DossierDateImplausible = "OSM5014";

    /// <summary>
    /// <c>OSM5015</c>, warning: <c>DigitizedAtIntake</c> (số hóa khi tiếp nhận) is set for a dossier that is not
    /// <c>SubjectToDigitization</c>: the numerator would count a dossier the denominator does not.
    /// Example: <c>Dossier 'H-1' (line 12): DigitizedAtIntake is true but SubjectToDigitization is false.</c>
    /// </summary>
    public const string DossierDigitizedButNotSubject = "OSM5015";

    /// <summary>
    /// <c>OSM5016</c>, warning: a dossier that is not resolved has digitized result documents (kết quả số hóa):
    /// only a resolved dossier has a result.
    /// Example: <c>Dossier 'H-1' (line 12): DigitizedResultDocuments 1 is given for outcome Withdrawn, which has no result.</c>
    /// </summary>
    public const string DossierResultDigitizedWithoutResult = "OSM5016";

    /// <summary>
    /// <c>OSM5017</c>, error: <c>ResultDocuments</c> or <c>DigitizedResultDocuments</c> is negative. The field
    /// names which one.
    /// Example: <c>Dossier 'H-1' (line 12): ResultDocuments -1 is negative.</c>
    /// </summary>
    public const string DossierDocumentCountNegative = "OSM5017";

    /// <summary>
    /// <c>OSM5018</c>, error: more result documents are digitized than the dossier issues (a result digitization
    /// rate above 100%).
    /// Example: <c>Dossier 'H-1' (line 12): DigitizedResultDocuments 3 is more than ResultDocuments 2.</c>
    /// </summary>
    public const string DossierDigitizedDocumentsExceedDocuments = "OSM5018";

    /// <summary>
    /// <c>OSM5019</c>, error: a request for supplements (yêu cầu bổ sung) has no <c>RequestedAt</c>.
    /// Example: <c>Dossier 'H-1' (line 12): Supplements[0].RequestedAt is missing.</c>
    /// </summary>
    public const string DossierSupplementRequestedAtMissing = "OSM5019";

    /// <summary>
    /// <c>OSM5020</c>, error: a supplement was completed before it was requested.
    /// Example: <c>Dossier 'H-1' (line 12): Supplements[1].CompletedAt 2023-03-06T09:00 is before Supplements[1].RequestedAt 2023-03-07T09:00.</c>
    /// </summary>
    public const string DossierSupplementCompletedBeforeRequested = "OSM5020";

    /// <summary>
    /// <c>OSM5021</c>, error: a dossier's <c>Id</c> or one of its codes holds a control character (NUL, a tab, a
    /// line break, U+007F–U+009F): the mark of a binary or mis-decoded export. The message shows the value with
    /// control characters escaped (<c>\u0000</c>). The field names which one.
    /// Example: <c>Dossier 'H\u00001' (line 12): Id 'H\u00001' holds a control character.</c>
    /// </summary>
    public const string DossierTextControlCharacter = "OSM5021";

    /// <summary>
    /// <c>OSM6001</c>, error: a dossier repeats the id of an earlier dossier of the same set; the first keeps the
    /// id, every later one is rejected (the message names the first one's line, or its position).
    /// Example: <c>Dossier 'H-1' (line 14): Id 'H-1' repeats the dossier at line 12.</c>
    /// </summary>
    public const string DossierIdDuplicate = "OSM6001";

    /// <summary>
    /// <c>OSM6002</c>, error: a dossier's <c>ProcedureCode</c> is not in the procedure catalogue.
    /// Example: <c>Dossier 'H-1' (line 12): ProcedureCode 'P9' is not in the procedure catalogue.</c>
    /// </summary>
    public const string DossierProcedureUnknown = "OSM6002";

    /// <summary>
    /// <c>OSM6003</c>, error: a dossier's <c>ReceivingDepartmentCode</c> is not among the departments.
    /// Example: <c>Dossier 'H-1' (line 12): ReceivingDepartmentCode 'ZZ' is not among the departments.</c>
    /// </summary>
    public const string DossierReceivingDepartmentUnknown = "OSM6003";

    /// <summary>
    /// <c>OSM6004</c>, error: a dossier's receiving department is a specialised department (phòng chuyên môn),
    /// not a one-stop department (Bộ phận Một cửa).
    /// Example: <c>Dossier 'H-1' (line 12): ReceivingDepartmentCode 'TNMT' is a specialised department, not a one-stop department.</c>
    /// </summary>
    public const string DossierReceivingDepartmentNotOneStop = "OSM6004";

    /// <summary>
    /// <c>OSM6005</c>, error: a dossier's <c>ResolvingDepartmentCode</c> is not among the departments (an empty
    /// code is not either; a dossier its receiving unit resolves has a null resolving department).
    /// Example: <c>Dossier 'H-1' (line 12): ResolvingDepartmentCode 'QQ' is not among the departments.</c>
    /// </summary>
    public const string DossierResolvingDepartmentUnknown = "OSM6005";

    /// <summary>
    /// <c>OSM6006</c>, error: a dossier's resolving department is a one-stop department, not a specialised one.
    /// Example: <c>Dossier 'H-1' (line 12): ResolvingDepartmentCode 'MC-X' is a one-stop department, not a specialised department.</c>
    /// </summary>
    public const string DossierResolvingDepartmentNotSpecialised = "OSM6006";

    /// <summary>
    /// <c>OSM6007</c>, warning: a dossier was received by a one-stop department of another level than the level
    /// that handles its procedure. Legitimate in inter-level intake (liên thông; commune-level centres receiving
    /// province procedures since 7/2025), so soft.
    /// Example: <c>Dossier 'H-1' (line 12): ReceivingDepartmentCode 'MC-X' is a Commune department, but procedure 'P1' is handled at District level.</c>
    /// </summary>
    public const string DossierLevelMismatch = "OSM6007";

    /// <summary>
    /// <c>OSM6008</c>, warning: a dossier came in through the online channel for a procedure whose catalogue
    /// entry offers no online public service (dịch vụ công trực tuyến): the catalogue or the channel is out of
    /// date.
    /// Example: <c>Dossier 'H-1' (line 12): Channel Online is used, but procedure 'P3' offers no online public service.</c>
    /// </summary>
    public const string DossierOnlineWithoutOnlineService = "OSM6008";

    /// <summary>
    /// <c>OSM7001</c>, error: a period request has no <c>Start</c> (từ ngày).
    /// Example: <c>Period request: Start is missing.</c>
    /// </summary>
    public const string PeriodStartMissing = "OSM7001";

    /// <summary>
    /// <c>OSM7002</c>, error: a period request has no <c>End</c> (đến ngày).
    /// Example: <c>Period request: End is missing.</c>
    /// </summary>
    public const string PeriodEndMissing = "OSM7002";

    /// <summary>
    /// <c>OSM7003</c>, error: a period request's <c>End</c> is before its <c>Start</c>.
    /// Example: <c>Period request: End 2023-01-01 is before Start 2023-08-31.</c>
    /// </summary>
    public const string PeriodEndBeforeStart = "OSM7003";

    /// <summary>
    /// <c>OSM7004</c>, error: a period request's <c>AsOf</c> (ngày tính đến) is before its <c>End</c>.
    /// Example: <c>Period request: AsOf 2023-08-30 is before End 2023-08-31.</c>
    /// </summary>
    public const string PeriodAsOfBeforeEnd = "OSM7004";

    /// <summary>
    /// <c>OSM7005</c>, error: a date of a period request is not in the ISO calendar.
    /// Example: <c>Period request: Start 2022-12-19 (Julian) is not in the ISO calendar.</c>
    /// </summary>
    public const string PeriodNonIsoCalendar = "OSM7005";

    /// <summary>
    /// <c>OSM7006</c>, error: a date of a period request is outside the years 1 to 9999 a reporting period
    /// supports.
    /// Example: <c>Period request: Start 0000-12-31 is outside the supported years 0001..9999.</c>
    /// </summary>
    public const string PeriodDateUnsupported = "OSM7006";

    /// <summary>
    /// <c>OSM7007</c>, warning: a date of a period request is outside the plausible range 2000-01-01 to
    /// 2100-12-31.
    /// Example: <c>Period request: Start 1999-01-01 is outside the plausible range 2000-01-01..2100-12-31.</c>
    /// </summary>
    public const string PeriodDateImplausible = "OSM7007";
}
