namespace OneStop.Metrics.Domain;

/// <summary>What a <see cref="Department"/> does in the handling of dossiers.</summary>
public enum DepartmentKind
{
    /// <summary>
    /// A one-stop department (Bộ phận Một cửa, BPMC; since 2025 also the Public Administration Service Centre,
    /// Trung tâm Phục vụ hành chính công): receives dossiers and returns results. Every dossier names the one-stop
    /// department that received it.
    /// </summary>
    OneStop = 1,

    /// <summary>
    /// A specialised department (phòng chuyên môn at district level, sở/cơ quan chuyên môn at province level) that
    /// resolves the dossiers a one-stop department forwards to it.
    /// </summary>
    Specialised = 2,
}
