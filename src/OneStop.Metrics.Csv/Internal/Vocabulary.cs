using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Words for the values of one type (an enum, a boolean): each word is matched after <see cref="TextFold"/>, so
/// case, diacritics and the spelling of gaps do not matter. The canonical (written) words match without folding.
/// Immutable and thread-safe.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class Vocabulary<T>
    where T : struct
{
    private readonly FrozenDictionary<string, T> _words;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly (string Word, T Value)[] _written;

    /// <summary>Creates a vocabulary.</summary>
    /// <param name="entries">Each value with its words; the first word of each value is its canonical (written) word.</param>
    /// <param name="description">How messages list the accepted words, e.g. <c>in_person, online, postal; trực tiếp, …</c>.</param>
    /// <exception cref="ArgumentException">Two values share a folded word.</exception>
    public Vocabulary(IEnumerable<(T Value, string[] Words)> entries, string description)
    {
        var words = new Dictionary<string, T>(StringComparer.Ordinal);
        var canonical = new Dictionary<T, string>();
        foreach (var (value, list) in entries)
        {
            canonical.Add(value, list[0]);
            foreach (var word in list)
            {
                var key = TextFold.Fold(word);
                if (words.TryGetValue(key, out var other) && !EqualityComparer<T>.Default.Equals(other, value))
                {
                    throw new ArgumentException($"The word '{word}' ({key}) names both {other} and {value}.", nameof(entries));
                }

                words[key] = value;
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Canonical = canonical.ToFrozenDictionary();
        _written = [.. canonical.Select(p => (p.Value, p.Key))];
        Description = description;
    }

    /// <summary>Every folded word with its value.</summary>
    public IReadOnlyDictionary<string, T> Words => _words;

    /// <summary>The canonical (written) word of each value.</summary>
    public FrozenDictionary<T, string> Canonical { get; }

    /// <summary>The accepted words as messages list them.</summary>
    public string Description { get; }

    /// <summary>Reads a word.</summary>
    /// <param name="text">The cell's text, trimmed.</param>
    /// <param name="value">The value, when the word is known.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out T value)
    {
        // The written words first: a file this library wrote never needs the dictionary.
        foreach (var (word, written) in _written)
        {
            if (text.SequenceEqual(word))
            {
                value = written;
                return true;
            }
        }

        if (_lookup.TryGetValue(text, out value))
        {
            return true;
        }

        if (text.Length > TextFold.MaxLength)
        {
            value = default;
            return false;
        }

        Span<char> folded = stackalloc char[TextFold.MaxLength];
        var length = TextFold.Fold(text, folded);
        return _lookup.TryGetValue(folded[..length], out value);
    }

    /// <summary>The canonical words, in value order, joined by <c>, </c>.</summary>
    public string CanonicalList() => string.Join(", ", Canonical.OrderBy(p => p.Key).Select(p => p.Value));
}
