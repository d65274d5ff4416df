using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>Compares dossiers field by field, supplements and re-appointments by content (records compare arrays by reference).</summary>
public sealed class DossierComparer : IEqualityComparer<Dossier>
{
    public static DossierComparer Instance { get; } = new();

    public bool Equals(Dossier? x, Dossier? y) =>
        x is null || y is null
            ? x is null && y is null
            : x with { Supplements = [], Reappointments = [] } == y with { Supplements = [], Reappointments = [] }
              && x.Supplements.SequenceEqual(y.Supplements)
              && x.Reappointments.SequenceEqual(y.Reappointments);

    public int GetHashCode(Dossier obj) => obj.Id.GetHashCode(System.StringComparison.Ordinal);
}
