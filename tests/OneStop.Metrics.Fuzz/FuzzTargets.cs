using System;
using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Fuzz.Targets;

namespace OneStop.Metrics.Fuzz;

/// <summary>Every fuzz target, one per reader; a new reader adds its target here.</summary>
public static class FuzzTargets
{
    /// <summary>The targets' names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["dossier-csv", "reference-csv", "report-json"];

    /// <summary>A new instance of the target of a name.</summary>
    /// <exception cref="ArgumentException">No target has that name.</exception>
    public static IFuzzTarget Create(string name) => name switch
    {
        "dossier-csv" => new DossierCsvTarget(),
        "reference-csv" => new ReferenceCsvTarget(),
        "report-json" => new ReportJsonTarget(),
        _ => throw new ArgumentException($"No fuzz target '{name}' (expected one of: {string.Join(", ", Names)}).", nameof(name)),
    };

    /// <summary>The targets of a command-line choice: one name, or <c>all</c>.</summary>
    public static IReadOnlyList<IFuzzTarget> Select(string choice) =>
        choice == "all" ? [.. Names.Select(Create)] : [Create(choice)];
}
