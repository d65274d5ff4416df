namespace OneStop.Metrics.Csv;

/// <summary>
/// How a CSV read finds dossiers that repeat an earlier dossier's id (<c>OSM6001</c>, mã hồ sơ trùng) across a
/// stream whose rows are not kept.
/// </summary>
/// <remarks>
/// Both hashed checks keep a fingerprint of each distinct id: a 64-bit hash, plus 12 bits of a second hash that
/// choose one of 4,096 partitions, 76 bits in all. Two different ids are taken for one with probability about
/// n² / 2⁷⁷ over n distinct ids: 7 × 10⁻¹⁰ at 10 million, 7 × 10⁻⁸ at 100 million, 7 × 10⁻⁶ at a billion. Such a
/// false duplicate would be rejected with <c>OSM6001</c>. The set is sized once from the file's length when it is
/// known (a file or a seekable stream), otherwise it grows partition by partition.
/// </remarks>
public enum DuplicateIdCheck
{
    /// <summary>
    /// The default: the fingerprints only, about 9.7 bytes per distinct id when the length is known (97 MB for 10
    /// million ids; 9 to 14 bytes when the set grows instead). The message does not name the first occurrence:
    /// <c>Dossier 'H-1' (line 14): Id 'H-1' repeats an earlier dossier.</c> (the code, the record and the
    /// decision are <see cref="Validation.DossierIntake"/>'s).
    /// </summary>
    Hashed = 1,

    /// <summary>
    /// The fingerprints and the low 32 bits of the line each id was first seen on: about 14.6 bytes per distinct id
    /// when the length is known (146 MB for 10 million ids; 13 to 20 bytes when the set grows instead), and the
    /// message is <see cref="Validation.DossierIntake"/>'s exactly:
    /// <c>Dossier 'H-1' (line 14): Id 'H-1' repeats the dossier at line 12.</c> The first line is recovered exactly
    /// while the two rows are less than 2³² lines apart.
    /// </summary>
    HashedWithLines = 2,

    /// <summary>
    /// No duplicate check: no memory per id, and <c>OSM6001</c> is never reported. For huge files known to have
    /// unique ids (or checked elsewhere).
    /// </summary>
    Off = 3,
}
