namespace OneStop.Metrics.Csv;

/// <summary>
/// A column of the dossier CSV schema (cột của tệp hồ sơ): one per value of a dossier. Each member is named after
/// the <see cref="Validation.DossierRecord"/> property it fills, which is also the <see cref="Validation.IntakeFailure.Field"/>
/// of the failures about it. <see cref="DossierCsvSchema.Columns"/> gives each its English header, its Vietnamese
/// aliases, whether it is required and its default.
/// </summary>
/// <remarks>The numeric values are the column order the writer uses; they are stable.</remarks>
public enum DossierColumn
{
    /// <summary><c>id</c>: the dossier's code (mã hồ sơ); required.</summary>
    Id = 0,

    /// <summary><c>procedure_code</c>: the procedure's code (mã thủ tục hành chính); required.</summary>
    ProcedureCode = 1,

    /// <summary><c>receiving_department_code</c>: the one-stop department that received the dossier (Bộ phận Một cửa); required.</summary>
    ReceivingDepartmentCode = 2,

    /// <summary><c>resolving_department_code</c>: the specialised department that resolves it (phòng chuyên môn); optional, empty for none.</summary>
    ResolvingDepartmentCode = 3,

    /// <summary><c>channel</c>: how it was submitted (kênh, hình thức nộp: trực tiếp, trực tuyến, bưu chính); required.</summary>
    Channel = 4,

    /// <summary><c>received_at</c>: when it was received (ngày tiếp nhận); required.</summary>
    ReceivedAt = 5,

    /// <summary><c>due_at</c>: the appointed date for the result (ngày hẹn trả); optional, empty for none.</summary>
    DueAt = 6,

    /// <summary><c>outcome</c>: in progress or how it ended (trạng thái); required.</summary>
    Outcome = 7,

    /// <summary><c>ended_at</c>: when it ended (ngày kết thúc, ngày trả kết quả); optional column, but required in the row of an ended dossier.</summary>
    EndedAt = 8,

    /// <summary><c>subject_to_digitization</c>: whether it must be digitized at intake (thuộc diện số hóa); optional, default no.</summary>
    SubjectToDigitization = 9,

    /// <summary><c>digitized_at_intake</c>: whether it was digitized at intake (số hóa khi tiếp nhận); optional, default no.</summary>
    DigitizedAtIntake = 10,

    /// <summary><c>result_documents</c>: how many result documents resolving it issues (số giấy tờ kết quả); optional, default 1.</summary>
    ResultDocuments = 11,

    /// <summary><c>digitized_result_documents</c>: how many of them were digitized (kết quả số hóa); optional, default 0.</summary>
    DigitizedResultDocuments = 12,

    /// <summary><c>reused_digitized_data</c>: whether it reused digitized data (khai thác, sử dụng lại dữ liệu số hóa); optional, default no.</summary>
    ReusedDigitizedData = 13,

    /// <summary><c>received_regardless_of_boundary</c>: whether it was received regardless of administrative boundary (không phụ thuộc địa giới hành chính); optional, default no.</summary>
    ReceivedRegardlessOfBoundary = 14,
}
