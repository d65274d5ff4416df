using System;
using NodaTime;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Readme;

/// <summary>
/// The README's C# quick start, run as a test. The code between the README markers below is the README's
/// <c>csharp</c> block (and the usings above, except Xunit, are its usings): <see cref="Readme_csharp_block_is_this_test_code"/>
/// fails when the two drift apart.
/// </summary>
public class ReadmeTests
{
    [Fact]
    public void Quick_start_computes_the_documented_figures()
    {
        // README-BEGIN
        // The built-in sample: Tứ Kỳ district, 01/01/2023–31/08/2023, printed in the seed report's wording.
        var sample = BuiltInSamples.TuKy2023;
        var printed = ReportPrinter.Print(sample.Compute(), sample.Heading);
        string text = printed.ToText();   // or printed.ToJson(), or ReportPrintOptions.English
        Console.WriteLine(printed.Figure("digitization.intake.district").Text);   // 2.498/2.531 đạt tỷ lệ 98,70%

        // Your own data: the reference data (units, departments, fields, procedures) ...
        var reference = new ReferenceData(
            units: [new AdministrativeUnit { Code = "298", Name = "huyện Tứ Kỳ", Level = AdministrativeLevel.District }],
            departments:
            [
                new Department { Code = "298-BPMC", Name = "Bộ phận Một cửa huyện", UnitCode = "298", Kind = DepartmentKind.OneStop },
            ],
            fields: [new ProcedureField { Code = "TP", Name = "Tư pháp" }],
            procedures:
            [
                new Procedure
                {
                    Code = "TP-01", Name = "Chứng thực bản sao từ bản chính", FieldCode = "TP",
                    Level = AdministrativeLevel.District, OnlineService = OnlineServiceKind.FullProcess,
                },
            ]);

        // ... and the dossiers: one resolved early, one resolved the day after its due date.
        Dossier[] dossiers =
        [
            new()
            {
                Id = "298-230801-0001", ProcedureCode = "TP-01", ReceivingDepartmentCode = "298-BPMC",
                Channel = IntakeChannel.Online,
                ReceivedAt = new LocalDateTime(2023, 8, 1, 8, 30), DueAt = new LocalDateTime(2023, 8, 3, 17, 0),
                Outcome = DossierOutcome.Resolved(new LocalDateTime(2023, 8, 2, 10, 15)),
                Digitization = DigitizationFacts.Create(subjectToDigitization: true, digitizedAtIntake: true,
                    resultDigitized: true, reusedDigitizedData: false),
            },
            new()
            {
                Id = "298-230807-0002", ProcedureCode = "TP-01", ReceivingDepartmentCode = "298-BPMC",
                Channel = IntakeChannel.InPerson,
                ReceivedAt = new LocalDateTime(2023, 8, 7, 14, 0), DueAt = new LocalDateTime(2023, 8, 9, 17, 0),
                Outcome = DossierOutcome.Resolved(new LocalDateTime(2023, 8, 10, 9, 0)),
            },
        ];

        var report = IndicatorReport.Compute(reference, TallyScope.For(ReportingPeriod.Month(2023, 8)), dossiers);
        var onTime = report.Level(AdministrativeLevel.District).Totals.Timeliness.EarlyOrOnTimeRate;
        Console.WriteLine(NumberFormatter.FormatRatio(onTime, NumberStyle.Vietnamese) + " hồ sơ đúng hạn, đạt tỷ lệ "
            + NumberFormatter.FormatRate(onTime, NumberStyle.Vietnamese));   // 01/02 hồ sơ đúng hạn, đạt tỷ lệ 50,00%
        // README-END

        Assert.Contains("\n+ Số hóa hồ sơ khi tiếp nhận: 2.498/2.531 đạt tỷ lệ 98,70%.\n", text, StringComparison.Ordinal);
        var intake = printed.Figure("digitization.intake.district");
        Assert.Equal("2.498/2.531 đạt tỷ lệ 98,70%", intake.Text);
        Assert.Equal(2498, intake.Ratio?.Numerator);
        Assert.Equal(2531, intake.Ratio?.Denominator);

        Assert.Equal(2, report.Totals.Counts.Total);
        Assert.Equal(1, onTime.Numerator);
        Assert.Equal(2, onTime.Denominator);
        Assert.Equal("01/02", NumberFormatter.FormatRatio(onTime, NumberStyle.Vietnamese));
        Assert.Equal("50,00%", NumberFormatter.FormatRate(onTime, NumberStyle.Vietnamese));
        var timeliness = report.Level(AdministrativeLevel.District).Totals.Timeliness;
        Assert.Equal(1, timeliness.ResolvedEarly);
        Assert.Equal(1, timeliness.ResolvedOverdue);
    }

    [Fact]
    public void Readme_csharp_block_is_this_test_code()
    {
        var readme = ReadmeDocument.CSharpBlock();
        var test = ReadmeDocument.QuickStartTest();

        Assert.Equal(test.Usings, readme.Usings);
        Assert.Equal(test.Body, readme.Body);
    }

    [Fact]
    public void Readme_first_code_block_is_the_two_fresh_machine_commands()
    {
        Assert.Equal(
            "dotnet run --project src/OneStop.Metrics.Cli -- report --sample tu-ky-2023\ndotnet test OneStop.Metrics.sln",
            ReadmeDocument.FirstCodeBlock());
    }

    [Fact]
    public void Ci_script_runs_the_readme_test_command_unchanged()
    {
        Assert.Contains(ReadmeDocument.CiScriptLines(),
            line => line.Trim().StartsWith("dotnet test OneStop.Metrics.sln 2>&1 | tee ", StringComparison.Ordinal));
    }
}
