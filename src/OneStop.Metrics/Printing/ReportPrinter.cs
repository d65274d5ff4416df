using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Printing;

/// <summary>
/// Prints an <see cref="IndicatorReport"/> section by section and level by level in the wording of the seed
/// report (sections 1, 2 and 4 of the Tứ Kỳ 2023 report; section 3 has no figures), keeping every figure with
/// a stable key. Pure: the same report and options always print the same text.
/// </summary>
public static class ReportPrinter
{
    /// <summary>Prints a report.</summary>
    /// <param name="report">The indicators.</param>
    /// <param name="heading">Who the report is from.</param>
    /// <param name="options">Words and number style; <see cref="ReportPrintOptions.Vietnamese"/> when <see langword="null"/>.</param>
    /// <returns>The printed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="heading"/> is <see langword="null"/>.</exception>
    public static PrintedReport Print(IndicatorReport report, ReportHeading heading, ReportPrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(heading);
        return new Printer(report, options ?? ReportPrintOptions.Vietnamese).Print(heading);
    }

    /// <summary>Holds the figures and lines while one report is printed.</summary>
    private sealed class Printer
    {
        private readonly IndicatorReport _report;
        private readonly ReportWording _words;
        private readonly NumberStyle _numbers;
        private readonly ReportPrintOptions _options;
        private readonly List<PrintedFigure> _figures = new();

        public Printer(IndicatorReport report, ReportPrintOptions options)
        {
            _report = report;
            _options = options;
            _words = options.Wording;
            _numbers = options.Numbers;
        }

        public PrintedReport Print(ReportHeading heading)
        {
            var scope = _report.Scope;
            var headingLines = ImmutableArray.Create(
                _words.Title,
                heading.Locality,
                heading.Title,
                Format(_words.Period, PeriodText()));
            var sections = ImmutableArray.Create(Digitization(), BoundaryAndOnlineServices(), Timeliness());
            var accounting = Format(_words.Accounting, Number(_report.DossiersSeen), Number(_report.Totals.Counts.Total),
                Number(_report.DossiersOutsidePeriod), Number(_report.DossiersRejected));
            return new PrintedReport(_report, headingLines, sections, _figures.ToImmutableArray(), accounting);
        }

        private PrintedSection Digitization()
        {
            var lines = new List<string>
            {
                Format(_words.OneStopTotal, _report.Levels.IsEmpty ? string.Empty : Terms(_report.Levels[0]).TierInSentence,
                    string.Join(_words.And, _report.Levels.Select(level =>
                        Format(Terms(level).OneStopCount, CountFigure($"one-stop-departments.{Key(level)}", level.OneStopDepartments.Length))))),
                Format(_words.CoverageIntro, string.Join(_words.And, _report.Levels.Select(Coverage))),
                Format(_words.ResultsIntro, PeriodText()),
            };

            foreach (var level in _report.Levels)
            {
                var digitization = level.Totals.Digitization;
                lines.Add(Terms(level).Committee + ":");
                lines.Add(Format(_words.IntakeDigitized, RateFigure($"digitization.intake.{Key(level)}", digitization.IntakeDigitized, _words.RatioWithRate)));
                lines.Add(Format(_words.ResultsDigitized, RateFigure($"digitization.results.{Key(level)}", digitization.ResultsDigitized, _words.RatioWithRate)));
            }

            lines.Add(_words.ReuseTitle);
            foreach (var level in _report.Levels)
            {
                var reusing = level.ReusingProcedures;
                var share = RatioFigure($"reuse.procedures.{Key(level)}", reusing.Share);
                var names = Parenthesised(NamesFigure($"reuse.procedures.{Key(level)}.names", reusing.Procedures.Select(p => p.Name), _words.FieldSeparator));
                lines.Add(Format(_words.ReuseLevel, Terms(level).Tier, share, names,
                    RateFigure($"reuse.dossiers.{Key(level)}", level.Totals.Digitization.ReusedData, _words.DossierRatio)));
            }

            return new PrintedSection(_words.DigitizationTitle, lines.ToImmutableArray());
        }

        private string Coverage(LevelIndicators level)
        {
            var coverage = level.Coverage;
            var key = $"coverage.{Key(level)}";
            var specialised = coverage.UnitKind == DepartmentKind.Specialised;
            var noun = specialised ? Terms(level).SpecialisedUnits : Terms(level).OneStopUnits;
            var ratio = RatioFigure(key, coverage.Digitizing);
            var digitizingNames = NamesFigure(key + ".digitizing", coverage.DigitizingUnits.Select(d => d.Name), _words.ListSeparator);
            var text = specialised
                ? Format(_words.CoverageSpecialised, ratio, noun, Parenthesised(digitizingNames))
                : Format(_words.CoverageOneStop, ratio, noun);

            var without = CountFigure(key + ".without-dossiers", coverage.UnitsWithoutDossiers.Length);
            var withoutNames = NamesFigure(key + ".without-dossiers.names", coverage.UnitsWithoutDossiers.Select(d => d.Name), _words.ListSeparator);
            if (!coverage.UnitsWithoutDossiers.IsEmpty)
            {
                text += Format(_words.CoverageWithoutDossiers, without, noun, withoutNames);
            }

            var notDigitizing = CountFigure(key + ".not-digitizing", coverage.UnitsNotDigitizing.Length);
            var notDigitizingNames = NamesFigure(key + ".not-digitizing.names", coverage.UnitsNotDigitizing.Select(d => d.Name), _words.ListSeparator);
            if (!coverage.UnitsNotDigitizing.IsEmpty)
            {
                text += Format(_words.CoverageNotDigitizing, notDigitizing, noun, notDigitizingNames);
            }

            return text;
        }

        private PrintedSection BoundaryAndOnlineServices()
        {
            var procedures = _report.Levels.SelectMany(l => l.BoundaryFreeProcedures.Procedures).ToList();
            var dossiers = _report.Totals.ReceivedRegardlessOfBoundary;
            var dossierText = CountFigure("boundary-free.dossiers", dossiers);
            var boundary = procedures.Count == 0
                ? _words.BoundaryNone
                : Format(_words.BoundarySome, Number(procedures.Count),
                    Format(_words.ProcedureList, string.Join(_words.FieldSeparator, procedures.Select(p => p.Name))), dossierText);
            _figures.Add(new PrintedFigure("boundary-free.procedures", boundary, procedures.Count, null, null));

            var lines = new List<string> { Format(_words.BoundaryFree, boundary), _words.OnlineServicesTitle };
            foreach (var level in _report.Levels)
            {
                var services = level.OnlineServices;
                lines.Add(Format(_words.OnlineServicesLevel, Terms(level).Tier,
                    CountFigure($"online-services.partial.{Key(level)}", services.Partial),
                    CountFigure($"online-services.full-process.{Key(level)}", services.FullProcess)));
            }

            return new PrintedSection(_words.BoundaryTitle, lines.ToImmutableArray());
        }

        private PrintedSection Timeliness()
        {
            var lines = new List<string>();
            foreach (var level in _report.Levels)
            {
                var key = Key(level);
                var t = level.Totals.Timeliness;
                var total = CountFigure($"timeliness.total.{key}", t.Total);
                var carriedOver = CountFigure($"timeliness.carried-over.{key}", t.CarriedOver);
                var received = CountFigure($"timeliness.received.{key}", t.ReceivedInPeriod);
                var onTime = RateFigure($"timeliness.on-time.{key}", t.EarlyOrOnTimeRate, _words.DossierRatio);
                var overdue = RateFigure($"timeliness.overdue.{key}", t.OverdueRate, _words.Overdue);
                var inProgress = CountFigure($"timeliness.in-progress.{key}", t.InProgress);
                var within = CountFigure($"timeliness.in-progress-within.{key}", t.InProgressWithinDeadline);
                var past = CountFigure($"timeliness.in-progress-past.{key}", t.InProgressPastDeadline);
                var states = new List<string>
                {
                    t.InProgressPastDeadline == 0
                        ? Format(_words.InProgressWithin, inProgress)
                        : Format(_words.InProgressSplit, inProgress, within, past),
                };
                AddState(states, _words.Returned, $"timeliness.returned.{key}", t.Returned);
                AddState(states, _words.Refused, $"timeliness.refused.{key}", t.Refused);
                AddState(states, _words.Withdrawn, $"timeliness.withdrawn.{key}", t.Withdrawn);
                AddState(states, _words.Cancelled, $"timeliness.cancelled.{key}", t.Cancelled);

                lines.Add(Format(_words.Timeliness, Terms(level).OneStopSubject, total, carriedOver, received, onTime, overdue,
                    string.Join(_words.ListSeparator, states)));

                var online = Format(_words.OnlineIntake, RateFigure($"online-intake.{key}", level.Totals.OnlineIntake, _words.DossierRatio));
                if (_options.FieldBreakdownLevels.Contains(level.Level))
                {
                    var fields = level.ByField.Where(f => f.Indicators.OnlineIntake.HasValue).Select(f =>
                        Format(_words.FieldRatio, f.Field.Name,
                            RateFigure($"online-intake.{key}.{f.Field.Code}", f.Indicators.OnlineIntake, _words.DossierRatio))).ToList();
                    if (fields.Count > 0)
                    {
                        online += Format(_words.OnlineByField, string.Join(_words.FieldSeparator, fields));
                    }
                }

                lines.Add(online);
            }

            return new PrintedSection(_words.TimelinessTitle, lines.ToImmutableArray());
        }

        private void AddState(List<string> states, string format, string key, long count)
        {
            var text = CountFigure(key, count);
            if (count > 0)
            {
                states.Add(Format(format, text));
            }
        }

        private string CountFigure(string key, long count)
        {
            var text = Number(count);
            _figures.Add(new PrintedFigure(key, text, count, null, null));
            return text;
        }

        private string RatioFigure(string key, Ratio ratio)
        {
            var text = NumberFormatter.FormatRatio(ratio, _numbers);
            _figures.Add(new PrintedFigure(key, text, null, ratio, ratio.Percentage(_numbers.Rounding)));
            return text;
        }

        private string RateFigure(string key, Ratio ratio, string format)
        {
            var text = Format(format, NumberFormatter.FormatRatio(ratio, _numbers), NumberFormatter.FormatRate(ratio, _numbers));
            _figures.Add(new PrintedFigure(key, text, null, ratio, ratio.Percentage(_numbers.Rounding)));
            return text;
        }

        private string NamesFigure(string key, IEnumerable<string> names, string separator)
        {
            var list = names.ToList();
            var text = string.Join(separator, list);
            _figures.Add(new PrintedFigure(key, text, list.Count, null, null));
            return text;
        }

        private string Number(long value) => NumberFormatter.FormatCount(value, _numbers);

        /// <summary>Wraps a list in the wording's brackets, or returns nothing for an empty list.</summary>
        private string Parenthesised(string list) => list.Length == 0 ? string.Empty : Format(_words.ProcedureList, list);

        private string PeriodText()
        {
            var pattern = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture(_words.DatePattern);
            var period = _report.Scope.Period;
            return Format(_words.PeriodRange, pattern.Format(period.Start), pattern.Format(period.End));
        }

        private LevelTerms Terms(LevelIndicators level) => _words.Terms(level.Level);

        private string Key(LevelIndicators level) => Terms(level).Key;

        private static string Format(string format, params object[] args) =>
            string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
