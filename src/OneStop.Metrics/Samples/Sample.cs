using System.Collections.Immutable;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Samples;

/// <summary>
/// A built-in data set: reference data, dossiers, the scope and options of the report it reproduces, and the
/// heading that report was published under. See <see cref="BuiltInSamples"/>.
/// </summary>
public sealed class Sample
{
    internal Sample(string name, string description, ReportHeading heading, ReferenceData reference,
        ImmutableArray<Dossier> dossiers, TallyScope scope, MetricsOptions options)
    {
        Name = name;
        Description = description;
        Heading = heading;
        Reference = reference;
        Dossiers = dossiers;
        Scope = scope;
        Options = options;
    }

    /// <summary>The sample's name, as given to the command line's <c>--sample</c> (e.g. <c>tu-ky-2023</c>).</summary>
    public string Name { get; }

    /// <summary>One sentence on what the sample is.</summary>
    public string Description { get; }

    /// <summary>The locality and title the reproduced report was published under.</summary>
    public ReportHeading Heading { get; }

    /// <summary>The units, departments, fields and procedure catalogue.</summary>
    public ReferenceData Reference { get; }

    /// <summary>The dossiers, in no particular order; some lie outside the period on purpose.</summary>
    public ImmutableArray<Dossier> Dossiers { get; }

    /// <summary>The period, as-of date and comparison rule of the reproduced report.</summary>
    public TallyScope Scope { get; }

    /// <summary>The definitions under which the reproduced report's figures come out.</summary>
    public MetricsOptions Options { get; }

    /// <summary>Counts the sample's dossiers and computes its report.</summary>
    /// <param name="tallyOptions">Tally options (e.g. to keep dossier ids for drill-down); the defaults when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    public IndicatorReport Compute(TallyOptions? tallyOptions = null) =>
        IndicatorReport.Compute(DossierTally.Build(Reference, Scope, Dossiers, tallyOptions), Options);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
