using System;
using System.IO;
using System.Linq;
using OneStop.Metrics.Csv;
using Xunit;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>docs/csv-schema.md and the schema in code say the same: every header, alias, word and file.</summary>
public class CsvSchemaDocumentTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "csv-schema.md"));

    [Fact]
    public void Every_column_is_documented_with_its_header_aliases_and_whether_it_is_required()
    {
        foreach (var info in DossierCsvSchema.Columns)
        {
            var row = Text.Split('\n').Single(l => l.StartsWith($"| `{info.Header}` |", StringComparison.Ordinal));
            Assert.All(info.Aliases, alias => Assert.Contains($"`{alias}`", row, StringComparison.Ordinal));
            Assert.Contains(info.Required ? "| yes |" : "| no |", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_word_is_documented()
    {
        var words = DossierCsvSchema.ChannelWords.Keys.Concat(DossierCsvSchema.OutcomeWords.Keys).Concat(DossierCsvSchema.BooleanWords.Keys)
            .Concat(ReferenceCsv.LevelWords.Keys).Concat(ReferenceCsv.DepartmentKindWords.Keys).Concat(ReferenceCsv.OnlineServiceWords.Keys);
        var folded = DossierCsvSchema.NormalizeName(Text.Replace('`', ' '));

        Assert.All(words, word => Assert.Contains(word, folded, StringComparison.Ordinal));
    }

    [Fact]
    public void The_reference_files_and_their_headers_are_documented()
    {
        foreach (var header in ReferenceCsv.UnitHeaders.Concat(ReferenceCsv.DepartmentHeaders).Concat(ReferenceCsv.FieldHeaders).Concat(ReferenceCsv.ProcedureHeaders))
        {
            Assert.Contains($"`{header}`", Text, StringComparison.Ordinal);
        }

        foreach (var file in new[] { DataFolder.DossiersFile, ReferenceCsv.UnitsFile, ReferenceCsv.DepartmentsFile, ReferenceCsv.FieldsFile, ReferenceCsv.ProceduresFile })
        {
            Assert.Contains($"`{file}`", Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Aliases_are_unique_across_columns()
    {
        var names = DossierCsvSchema.Columns.SelectMany(c => new[] { c.Header }.Concat(c.Aliases).Select(DossierCsvSchema.NormalizeName).Distinct().Select(n => (n, c.Column)));

        Assert.All(names.GroupBy(p => p.n), g => Assert.Single(g.Select(p => p.Column).Distinct()));
    }
}
