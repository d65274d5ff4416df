using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using nietras.SeparatedValues;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Csv.CsvFixtures;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>
/// The reader's guarantees as FsCheck properties over generated files (valid dossiers written in random styles,
/// with record faults, unreadable cells and short rows injected): nothing is lost, the cheap check is the
/// validators, and a file reads exactly as the core's intake of its records.
/// </summary>
public class CsvPropertyTests
{
    [Property(Arbitrary = [typeof(RaggedCsvArbitraries)], MaxTest = 150)]
    public void Rows_read_are_accepted_plus_rejected_and_short_rows_are_rejected_alone(CsvCase csv)
    {
        var result = ReadBytes(csv.Bytes, new CsvReadOptions { Policy = csv.Policy, MaxFailuresKept = int.MaxValue });

        Assert.True(result.HeaderAccepted);
        Assert.Equal(csv.Records.Length, result.RowsRead);
        Assert.Equal(result.RowsRead, result.Accepted + result.Rejected);
        Assert.Equal(result.Accepted, result.Tally.DossiersCounted);
        Assert.Equal(0, result.Tally.DossiersRejected);
        foreach (var row in csv.ShortRows)
        {
            var failure = Assert.Single(result.Failures, f => f.Position == row);
            Assert.Equal((CsvErrorCodes.WrongCellCount, (long?)(row + 2)), (failure.Code, failure.Line));
        }
    }

    /// <summary>
    /// The cheap check passes a row exactly when the core's validators report nothing on its record, neither error
    /// nor warning, and every cell was read. Under <see cref="SoftCheckPolicy.Reject"/> that is "no failure of a
    /// rejecting severity"; under <see cref="SoftCheckPolicy.Warn"/> the rows with warnings only are sent to the
    /// validators too, so that their warnings are counted by code — the cheap check never decides on its own that a
    /// failure exists.
    /// </summary>
    [Property(Arbitrary = [typeof(RaggedCsvArbitraries)], MaxTest = 300)]
    public void The_cheap_check_passes_exactly_the_rows_on_which_the_validators_report_nothing(CsvCase csv)
    {
        var index = new ReferenceIndex(Reference);
        var alone = new DossierRecordValidator();
        var against = new DossierReferenceValidator(Reference);
        using var reader = new SepReaderOptions(null)
        {
            Unescape = true, Trim = SepTrim.Outer, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture,
        }.FromText(csv.Text);
        var layout = DossierLayout.Resolve(reader.Header.ColNames, null, []);
        var parser = new DossierRowParser(layout, index);
        var position = 0;
        foreach (var row in reader)
        {
            parser.Parse(row, row.LineNumberFrom, out var parsed);
            var nothing = false;
            if (!parsed.WrongCellCount)
            {
                var cellFailures = new List<IntakeFailure>();
                var record = parser.ToRecord(row, parsed, row.LineNumberFrom, position, cellFailures);
                nothing = cellFailures.Count == 0 && alone.Validate(record).IsValid && against.Validate(record).IsValid;
            }

            Assert.True(nothing == parsed.IsClean(index), $"row {position}: validators report nothing = {nothing}, cheap check = {!nothing}");
            position++;
        }
    }

    [Property(Arbitrary = [typeof(CsvArbitraries)], MaxTest = 150)]
    public void A_file_reads_as_the_core_intake_of_its_records(CsvCase csv)
    {
        var result = ReadBytes(csv.Bytes, new CsvReadOptions
        {
            Policy = csv.Policy, DuplicateIds = DuplicateIdCheck.HashedWithLines, MaxFailuresKept = int.MaxValue,
        });
        var intake = DossierIntake.Screen(Reference, csv.Records, csv.Policy);

        // What the core says of each record; a record with an unreadable cell is instead rejected for that cell
        // alone, and for its repeated id if the core found one.
        var expected = intake.Rejected.ToDictionary(r => r.Position, r => r.Failures.ToList());
        foreach (var warning in intake.Warnings)
        {
            expected.TryAdd(warning.Position!.Value, []);
            expected[warning.Position!.Value].Add(warning);
        }

        var rejected = intake.Rejected.Select(r => r.Position).ToHashSet();
        foreach (var (row, _) in csv.CellFaults)
        {
            expected[row] = [.. expected.GetValueOrDefault(row, []).Where(f => f.Code == ErrorCodes.DossierIdDuplicate)];
            rejected.Add(row);
        }

        var actual = result.Failures.GroupBy(f => f.Position!.Value).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Keys.Where(k => expected[k].Count > 0 || csv.CellFaults.ContainsKey((int)k)).Order(), actual.Keys.Order());
        foreach (var (row, failures) in actual)
        {
            if (csv.CellFaults.TryGetValue((int)row, out var fault))
            {
                var cell = Assert.Single(failures, f => f.Code.StartsWith("OSM9", StringComparison.Ordinal));
                Assert.Equal((fault.Code, fault.Column.ToString(), fault.Text, (long?)(row + 2)), (cell.Code, cell.Field, cell.Value, cell.Line));
                Assert.Equal(expected[row], failures.Where(f => f != cell));
                Assert.Equal(failures.Select(f => f.Code).Order(StringComparer.Ordinal), failures.Select(f => f.Code));
            }
            else
            {
                Assert.Equal(expected[row], failures);
            }
        }

        Assert.Equal((csv.Records.Length - rejected.Count, (long)rejected.Count), (result.Accepted, result.Rejected));
        var accepted = csv.Records.Where((_, i) => !rejected.Contains(i)).Select(r => r.ToDossier());
        Assert.Equal(DossierTally.Build(Reference, Scope, accepted), result.Tally);
        Assert.Equal(CountByCode(actual.Where(a => rejected.Contains(a.Key))), result.RejectedByCode);
        Assert.Equal(CountByCode(actual.Where(a => !rejected.Contains(a.Key))), result.WarningsByCode);
    }

    [Property(Arbitrary = [typeof(RaggedCsvArbitraries)], MaxTest = 100)]
    public void One_thread_or_two_streaming_or_columnar_fold_the_results_are_identical(CsvCase csv)
    {
        CsvTallyResult Run(bool secondThread, bool columnar) => ReadBytes(csv.Bytes, new CsvReadOptions
        {
            Policy = csv.Policy, MaxFailuresKept = int.MaxValue, UseSecondThread = secondThread, ColumnarFold = columnar,
        });

        var reference = Run(secondThread: true, columnar: false);
        foreach (var other in new[] { Run(false, false), Run(true, true), Run(false, true) })
        {
            Assert.Equal(reference.Tally, other.Tally);
            Assert.Equal((reference.RowsRead, reference.Accepted, reference.Rejected), (other.RowsRead, other.Accepted, other.Rejected));
            Assert.Equal(reference.Failures.AsEnumerable(), other.Failures.AsEnumerable());
            Assert.Equal(reference.RejectedByCode, other.RejectedByCode);
        }
    }

    [Property(Arbitrary = [typeof(CsvArbitraries)], MaxTest = 100)]
    public void The_compact_duplicate_check_changes_only_the_wording_of_OSM6001(CsvCase csv)
    {
        var withLines = ReadBytes(csv.Bytes, new CsvReadOptions { Policy = csv.Policy, DuplicateIds = DuplicateIdCheck.HashedWithLines, MaxFailuresKept = int.MaxValue });
        var compact = ReadBytes(csv.Bytes, new CsvReadOptions { Policy = csv.Policy, MaxFailuresKept = int.MaxValue });

        Assert.Equal(withLines.Tally, compact.Tally);
        Assert.Equal(withLines.RejectedByCode, compact.RejectedByCode);
        Assert.Equal(withLines.Failures.Select(f => f with { Message = "" }), compact.Failures.Select(f => f with { Message = "" }));
        Assert.Equal(withLines.Failures.Where(f => f.Code != ErrorCodes.DossierIdDuplicate), compact.Failures.Where(f => f.Code != ErrorCodes.DossierIdDuplicate));
        Assert.All(compact.Failures.Where(f => f.Code == ErrorCodes.DossierIdDuplicate),
            f => Assert.EndsWith($": Id '{f.RecordId}' repeats an earlier dossier.", f.Message, StringComparison.Ordinal));
    }

    private static SortedDictionary<string, long> CountByCode(IEnumerable<KeyValuePair<long, List<IntakeFailure>>> rows)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (_, failures) in rows)
        {
            foreach (var code in failures.Select(f => f.Code).Distinct())
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts;
    }
}
