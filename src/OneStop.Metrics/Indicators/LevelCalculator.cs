using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Indicators;

/// <summary>Derives one level's indicators from a tally in one pass over its cells.</summary>
internal sealed class LevelCalculator
{
    private readonly DossierTally _tally;
    private readonly ReferenceData _reference;
    private readonly MetricsOptions _options;
    private readonly AdministrativeLevel _level;
    private readonly DossierCounts[] _byDepartment;
    private readonly DossierCounts[] _byResolving;
    private readonly DossierCounts[] _byField;
    private readonly DossierCounts[] _byProcedure;
    private DossierCounts _total;

    private LevelCalculator(DossierTally tally, MetricsOptions options, AdministrativeLevel level)
    {
        _tally = tally;
        _reference = tally.Reference;
        _options = options;
        _level = level;
        _byDepartment = new DossierCounts[_reference.Departments.Length];
        _byResolving = new DossierCounts[_reference.Departments.Length];
        _byField = new DossierCounts[_reference.Fields.Length];
        _byProcedure = new DossierCounts[_reference.Procedures.Length];
    }

    public static LevelIndicators Compute(DossierTally tally, MetricsOptions options, AdministrativeLevel level)
    {
        var calculator = new LevelCalculator(tally, options, level);
        calculator.Accumulate();
        return calculator.Build();
    }

    private void Accumulate()
    {
        for (var i = 0; i < _tally.CellCount; i++)
        {
            var key = _tally.KeyAt(i);
            var counts = _tally.CountsAt(i);
            var resolving = CellKey.Resolving(key);

            // A specialised department's dossiers count for it whichever level's one-stop department received them.
            if (resolving >= 0 && _reference.DepartmentLevels[resolving] == _level)
            {
                _byResolving[resolving] += counts;
            }

            var oneStop = CellKey.OneStop(key);
            if (_reference.DepartmentLevels[oneStop] != _level)
            {
                continue;
            }

            var procedure = CellKey.Procedure(key);
            _total += counts;
            _byDepartment[oneStop] += counts;

            _byField[_reference.ProcedureFieldIndices[procedure]] += counts;
            _byProcedure[procedure] += counts;
        }
    }

    private LevelIndicators Build()
    {
        var oneStops = Indices(DepartmentKind.OneStop);
        var specialised = Indices(DepartmentKind.Specialised);
        var fields = Enumerable.Range(0, _reference.Fields.Length)
            .Where(f => _byField[f].Total > 0)
            .Select(f => new FieldIndicators(_reference.Fields[f], GroupIndicators.From(_byField[f], _options)));

        return new LevelIndicators
        {
            Level = _level,
            OneStopDepartments = oneStops.Select(d => _reference.Departments[d]).ToImmutableArray(),
            Totals = GroupIndicators.From(_total, _options),
            Coverage = specialised.Count > 0
                ? Coverage(DepartmentKind.Specialised, specialised, _byResolving)
                : Coverage(DepartmentKind.OneStop, oneStops, _byDepartment),
            ReusingProcedures = Procedures(TallyCounter.ReusedDigitizedData,
                _options.ReuseProcedures == ReuseProcedureBasis.Catalogue ? CatalogueAndReceived() : ProceduresWithIntake()),
            BoundaryFreeProcedures = Procedures(TallyCounter.ReceivedRegardlessOfBoundary, ProceduresWithIntake()),
            OnlineServices = new OnlineServiceCatalogue
            {
                Procedures = _reference.ProceduresAt(_level).LongCount(),
                Partial = _reference.ProceduresAt(_level).LongCount(p => p.OnlineService == OnlineServiceKind.Partial),
                FullProcess = _reference.ProceduresAt(_level).LongCount(p => p.OnlineService == OnlineServiceKind.FullProcess),
            },
            ByField = fields.ToImmutableArray(),
            ByOneStopDepartment = Departments(oneStops, _byDepartment),
            ByResolvingDepartment = Departments(specialised, _byResolving),
        };
    }

    private List<int> Indices(DepartmentKind kind) =>
        Enumerable.Range(0, _reference.Departments.Length)
            .Where(d => _reference.Departments[d].Kind == kind && _reference.DepartmentLevels[d] == _level)
            .ToList();

    private ImmutableArray<DepartmentIndicators> Departments(List<int> indices, DossierCounts[] counts) =>
        indices.Select(d => new DepartmentIndicators(_reference.Departments[d], GroupIndicators.From(counts[d], _options)))
            .ToImmutableArray();

    private UnitCoverage Coverage(DepartmentKind kind, List<int> units, DossierCounts[] counts)
    {
        var digitizing = units.Where(d => Digitizes(counts[d])).ToList();
        return new UnitCoverage
        {
            UnitKind = kind,
            Digitizing = Ratio.Of(digitizing.Count, units.Count),
            DigitizingUnits = digitizing.Select(d => _reference.Departments[d]).ToImmutableArray(),
            UnitsWithoutDossiers = units.Where(d => counts[d].Total == 0)
                .Select(d => _reference.Departments[d]).ToImmutableArray(),
            UnitsNotDigitizing = units.Where(d => counts[d].Total > 0 && !Digitizes(counts[d]))
                .Select(d => _reference.Departments[d]).ToImmutableArray(),
        };
    }

    private bool Digitizes(DossierCounts counts) =>
        DigitizationIndicators.From(counts, _options).IntakeDigitized.Numerator > 0
        || counts[TallyCounter.ResolvedWithDigitizedResult] > 0;

    private long ProceduresWithIntake() => _byProcedure.LongCount(c => c.ReceivedInPeriod > 0);

    /// <summary>
    /// The level's catalogue, plus any procedure of another level that the level's one-stop departments received
    /// in the period (a data fault the input validators report), so that the share never exceeds 100%.
    /// </summary>
    private long CatalogueAndReceived() =>
        Enumerable.Range(0, _reference.Procedures.Length)
            .LongCount(p => _reference.Procedures[p].Level == _level || _byProcedure[p].ReceivedInPeriod > 0);

    private ProcedureSelection Procedures(TallyCounter counter, long among)
    {
        var selected = Enumerable.Range(0, _reference.Procedures.Length)
            .Where(p => _byProcedure[p][counter] > 0)
            .Select(p => _reference.Procedures[p])
            .ToImmutableArray();
        return new ProcedureSelection { Share = Ratio.Of(selected.Length, among), Procedures = selected };
    }
}
