using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Validation;
using Xunit;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>
/// The rename guard: <c>error-code-names.txt</c> (committed next to this file) lists every code ever shipped with
/// the name of its constant, one per line in code order. A code renamed, renumbered or removed in
/// <see cref="ErrorCodes"/> or <see cref="CsvErrorCodes"/> no longer matches its line; a new code must be added to the
/// table, which a review sees. The table is only ever appended to.
/// </summary>
public class ErrorCodeNamesTests
{
    private static readonly string TablePath = RepositoryFiles.PathOf("tests", "OneStop.Metrics.Tests", "Validation", "error-code-names.txt");

    [Fact]
    public void Every_code_keeps_its_number_and_name_and_every_code_is_in_the_table()
    {
        var table = Table();
        var code = Constants();

        Assert.Equal(table, code);
    }

    [Fact]
    public void The_table_is_in_code_order_without_repeats()
    {
        var table = Table();

        Assert.Equal(table.Select(e => e.Code).Order(StringComparer.Ordinal), table.Select(e => e.Code));
        Assert.Equal(table.Count, table.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(table.Count, table.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(table.Count, 83, int.MaxValue); // 83 codes shipped so far; the table only grows
    }

    private static List<(string Code, string Name)> Table() =>
        File.ReadAllLines(TablePath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2) is [var code, var name] ? (code, name) : throw new FormatException($"Bad line in {TablePath}: '{line}'"))
            .ToList();

    private static List<(string Code, string Name)> Constants() =>
        new[] { typeof(ErrorCodes), typeof(CsvErrorCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            .Select(f => ((string)f.GetRawConstantValue()!, f.Name))
            .OrderBy(e => e.Item1, StringComparer.Ordinal)
            .ToList();
}
