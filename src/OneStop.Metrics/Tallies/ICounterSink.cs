namespace OneStop.Metrics.Tallies;

/// <summary>
/// Where <see cref="DossierClassifier"/> writes the counters one dossier adds to. Implemented by structs (and
/// ref structs) so that the JIT specialises the classifier for each sink: the columnar path adds straight into a
/// dense counter array, the object path also records dossier ids.
/// </summary>
internal interface ICounterSink
{
    /// <summary>Adds 0 or 1 to a dossier counter of the current dossier's cell.</summary>
    /// <param name="counter">The counter: any but <see cref="TallyCounter.ResultDocumentsIssued"/> and <see cref="TallyCounter.ResultDocumentsDigitized"/>.</param>
    /// <param name="amount">
    /// 1 when the dossier counts in the counter, 0 when it does not (the classifier adds 0 instead of branching on
    /// facts that vary from dossier to dossier; a sink that records dossier ids records none for 0).
    /// </param>
    void Add(TallyCounter counter, int amount);

    /// <summary>Adds a resolved dossier's result documents to the two result-document sums.</summary>
    /// <param name="issued">Result documents issued (<see cref="TallyCounter.ResultDocumentsIssued"/>), 0 to 65,535.</param>
    /// <param name="digitized">Of which digitized (<see cref="TallyCounter.ResultDocumentsDigitized"/>), 0 to 65,535.</param>
    void AddDocuments(int issued, int digitized);
}
