namespace OneStop.Metrics.Domain;

/// <summary>How a dossier reached the one-stop department (columns 4 and 5 of the results table, Biểu 06).</summary>
public enum IntakeChannel
{
    /// <summary>Submitted in person at the one-stop department (trực tiếp).</summary>
    InPerson = 1,

    /// <summary>Submitted online through a public service portal (trực tuyến).</summary>
    Online = 2,

    /// <summary>Sent by the public postal service (dịch vụ bưu chính công ích, BCCI).</summary>
    Postal = 3,
}
