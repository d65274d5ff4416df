using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using nietras.SeparatedValues;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>Reads the CSV the tool writes (RFC 4180, quoted cells unescaped) as records by column name.</summary>
internal static class CsvOutput
{
    /// <summary>The header's column names and each data row as a dictionary from column name to cell.</summary>
    public static (IReadOnlyList<string> Columns, List<Dictionary<string, string>> Rows) Parse(string text)
    {
        using var reader = new SepReaderOptions(Sep.New(',')) { Unescape = true, CultureInfo = CultureInfo.InvariantCulture }.FromText(text);
        var columns = reader.Header.ColNames.ToList();
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var record = new Dictionary<string, string>();
            foreach (var column in columns)
            {
                record[column] = row[column].ToString();
            }

            rows.Add(record);
        }

        return (columns, rows);
    }
}
