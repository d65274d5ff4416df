using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace OneStop.Metrics.Csv;

/// <summary>
/// A caller's column mapping (ánh xạ cột) for exports whose headers the schema does not know: header name →
/// <see cref="DossierColumn"/>, e.g. <c>"Số biên nhận" → Id</c>, <c>"Ngày nhận HS" → ReceivedAt</c>. Header names
/// are matched like the built-in ones (<see cref="DossierCsvSchema.NormalizeName"/>: case, diacritics and gaps do
/// not matter). Immutable.
/// </summary>
/// <remarks>
/// The mapping is consulted before the built-in headers, so it can also re-point a built-in name. With
/// <see cref="IncludeBuiltInNames"/> <see langword="false"/>, only the mapping's headers are recognised. Several
/// headers may map to one column (a mapping that serves several exports); a file that has two of them is refused
/// (<see cref="CsvErrorCodes.DuplicateColumn"/>).
/// </remarks>
public sealed class CsvColumnMapping
{
    private readonly FrozenDictionary<string, DossierColumn> _names;

    /// <summary>Creates a mapping.</summary>
    /// <param name="headers">Header name → column.</param>
    /// <param name="includeBuiltInNames">Whether the built-in headers and aliases are recognised too (after this mapping). Default: yes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> or a header name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A header name folds to nothing, or two names that fold alike map to different columns.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A column is not a defined <see cref="DossierColumn"/>.</exception>
    public CsvColumnMapping(IEnumerable<KeyValuePair<string, DossierColumn>> headers, bool includeBuiltInNames = true)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var names = new Dictionary<string, DossierColumn>(StringComparer.Ordinal);
        var given = new List<KeyValuePair<string, DossierColumn>>();
        foreach (var (header, column) in headers)
        {
            ArgumentNullException.ThrowIfNull(header, nameof(headers));
            if (!Enum.IsDefined(column))
            {
                throw new ArgumentOutOfRangeException(nameof(headers), column, $"Header '{header}' maps to an undefined column.");
            }

            var key = TextFold.Fold(header);
            if (key.Length == 0)
            {
                throw new ArgumentException($"Header '{header}' has no letter or digit to match on.", nameof(headers));
            }

            if (names.TryGetValue(key, out var other) && other != column)
            {
                throw new ArgumentException($"Header '{header}' maps to {column}, but a header folding alike maps to {other}.", nameof(headers));
            }

            names[key] = column;
            given.Add(new KeyValuePair<string, DossierColumn>(header, column));
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        Headers = given;
        IncludeBuiltInNames = includeBuiltInNames;
    }

    /// <summary>The headers as given, in order, with their columns.</summary>
    public IReadOnlyList<KeyValuePair<string, DossierColumn>> Headers { get; }

    /// <summary>Whether the built-in headers and aliases are recognised too.</summary>
    public bool IncludeBuiltInNames { get; }

    /// <summary>Creates a mapping from (header, column) pairs, with the built-in names recognised too.</summary>
    /// <param name="headers">The pairs.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException">A header name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A header name folds to nothing, or two names that fold alike map to different columns.</exception>
    public static CsvColumnMapping Of(params (string Header, DossierColumn Column)[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new CsvColumnMapping(headers.Select(h => new KeyValuePair<string, DossierColumn>(h.Header, h.Column)));
    }

    /// <summary>Finds the column a header names: the mapping first, then (when included) the built-in names.</summary>
    /// <param name="header">The header as the file gives it.</param>
    /// <param name="column">The column, when found.</param>
    /// <returns>Whether the header names a column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    public bool TryMatch(string header, out DossierColumn column)
    {
        ArgumentNullException.ThrowIfNull(header);
        var key = TextFold.Fold(header);
        return _names.TryGetValue(key, out column)
               || (IncludeBuiltInNames && DossierCsvSchema.BuiltInHeaderNames.TryGetValue(key, out column));
    }
}
