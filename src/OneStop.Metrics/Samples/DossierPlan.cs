using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Samples;

/// <summary>What the sample builder has decided so far about one dossier, before its dates are drawn.</summary>
internal sealed class DossierPlan
{
    public DossierPlan(bool carriedOver, string procedure, string oneStop, string? resolving, IntakeChannel channel)
    {
        CarriedOver = carriedOver;
        Procedure = procedure;
        OneStop = oneStop;
        Resolving = resolving;
        Channel = channel;
    }

    public bool CarriedOver { get; }

    public string Procedure { get; }

    public string OneStop { get; }

    public string? Resolving { get; }

    public IntakeChannel Channel { get; }

    /// <summary>Kept subject to digitization and digitized, so that its unit counts as digitizing.</summary>
    public bool Protected { get; set; }

    public OutcomeKind Outcome { get; set; }

    /// <summary>-1 early, 0 on time, +1 overdue (for ended outcomes).</summary>
    public int Timeliness { get; set; } = -1;

    public bool Subject { get; set; } = true;

    public bool Digitized { get; set; } = true;

    public int ResultDocuments { get; set; } = 1;

    public int DigitizedResultDocuments { get; set; } = 1;

    public bool Reused { get; set; }
}
