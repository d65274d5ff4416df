using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Validation.ValidationFixtures;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>The code table: unique well-formed constants, each documented in docs/error-codes.md with its true severity and message.</summary>
public class ErrorCodesTests
{
    // 1xxx-8xxx: the codes of ErrorCodes. The 9xxx codes of the CSV package are checked by Csv/CsvErrorCodeTests.
    private static readonly Regex Row = new(@"^\| `(?<code>OSM[1-8]\d{3})` \| (?<severity>\w+) \| [^|]+ \| .*? \| `(?<message>[^`]+)` \| (?<since>\d+\.\d+\.\d+) \|$",
        RegexOptions.Multiline);

    [Fact]
    public void Codes_are_unique_and_have_the_form_OSM_and_four_digits()
    {
        var codes = AllCodes();

        Assert.Equal(60, codes.Length);
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(@"^OSM\d{4}$", code));
    }

    [Fact]
    public void Each_constant_is_named_after_its_area_digit()
    {
        var areas = new (char Digit, string[] Prefixes)[]
        {
            ('1', ["Unit"]), ('2', ["Department"]), ('3', ["Field"]), ('4', ["Procedure"]), ('5', ["Dossier"]),
            ('6', ["Dossier"]), ('7', ["Period"]),
        };
        foreach (var field in typeof(ErrorCodes).GetFields().Where(f => f.IsLiteral))
        {
            var code = (string)field.GetRawConstantValue()!;
            var prefixes = areas.Single(a => a.Digit == code[3]).Prefixes;
            Assert.True(prefixes.Any(p => field.Name.StartsWith(p, StringComparison.Ordinal)), $"{field.Name} = {code}");
        }
    }

    [Fact]
    public void Every_code_is_in_the_documented_table_once_with_its_severity_and_example_message()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "error-codes.md"));
        var rows = Row.Matches(text).ToDictionary(m => m.Groups["code"].Value);
        var severities = ErrorCodeCaseTests.CaseSeverities;
        var messages = ErrorCodeCaseTests.DossierCases.ToDictionary(c => c.Key, c => c.Value.Message)
            .Concat(ErrorCodeCaseTests.ReferenceCases.ToDictionary(c => c.Key, c => c.Value.Message))
            .Concat(ErrorCodeCaseTests.PeriodCases.ToDictionary(c => c.Key, c => c.Value.Message))
            .ToDictionary(c => c.Key, c => c.Value);

        Assert.Equal(AllCodes().Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(rows.Count, Regex.Count(text, @"^\| `OSM[1-8]\d{3}`", RegexOptions.Multiline));
        foreach (var (code, row) in rows)
        {
            Assert.Equal(severities[code].ToString(), row.Groups["severity"].Value);
            Assert.Equal(messages[code], row.Groups["message"].Value);
            Assert.Equal("0.1.0", row.Groups["since"].Value);
        }
    }
}
