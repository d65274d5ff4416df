namespace OneStop.Metrics.Csv;

/// <summary>What <see cref="LineGuard"/> found in a row.</summary>
internal enum GuardEventKind
{
    /// <summary>A quote opened and not closed within the row's line bound, or a row whose quoted line break would give it another number of cells than the header: the row is rejected, reading goes on at the next line.</summary>
    QuoteNotClosed,

    /// <summary>A row longer than the character limit: rejected, its text dropped.</summary>
    RowTooLong,

    /// <summary>A row with text that was not valid in the file's encoding (U+FFFD after decoding): rejected.</summary>
    InvalidText,

    /// <summary>A row that spans several physical lines because a quoted cell holds a line break: a warning, the row is read.</summary>
    MultiLineRow,
}

/// <summary>A finding of <see cref="LineGuard"/> about one row.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Line">The row's first physical line (1-based).</param>
/// <param name="Lines">How many physical lines the row covers.</param>
/// <param name="DetailLine">The line of the quote or character the finding is about.</param>
/// <param name="Column">Its column: the 1-based character position in <paramref name="DetailLine"/>.</param>
/// <param name="Length">The row's length in characters (for <see cref="GuardEventKind.RowTooLong"/>: at least this many).</param>
/// <param name="Excerpt">The text of <paramref name="DetailLine"/>, at most <see cref="LineGuard.ExcerptChars"/> characters, not yet made printable.</param>
internal readonly record struct GuardEvent(GuardEventKind Kind, long Line, long Lines, long DetailLine, int Column, long Length,
    string Excerpt)
{
    /// <summary>Whether the row is rejected (every kind but <see cref="GuardEventKind.MultiLineRow"/>).</summary>
    public bool Rejects => Kind != GuardEventKind.MultiLineRow;
}
