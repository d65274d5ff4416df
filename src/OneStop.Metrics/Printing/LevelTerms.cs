namespace OneStop.Metrics.Printing;

/// <summary>How a report names one level of government and its units, in one language.</summary>
/// <param name="Key">The level's key in figure keys (<c>province</c>, <c>district</c>, <c>commune</c>).</param>
/// <param name="Committee">The level's People's Committees as a heading, e.g. <c>UBND cấp huyện</c>.</param>
/// <param name="Tier">The level as a label, e.g. <c>Cấp huyện</c>.</param>
/// <param name="TierInSentence">The level inside a sentence, e.g. <c>cấp huyện</c>.</param>
/// <param name="OneStopCount">Composite format of the one-stop department count, e.g. <c>{0} BPMC thuộc UBND huyện</c>.</param>
/// <param name="OneStopSubject">The level's one-stop departments as a sentence subject, e.g. <c>Bộ phận Một cửa huyện</c>.</param>
/// <param name="SpecialisedUnits">What the level's specialised departments are called, e.g. <c>phòng chuyên môn</c>.</param>
/// <param name="OneStopUnits">What the units are called when coverage counts one-stop departments, e.g. <c>xã, thị trấn</c>.</param>
public sealed record LevelTerms(string Key, string Committee, string Tier, string TierInSentence, string OneStopCount, string OneStopSubject,
    string SpecialisedUnits, string OneStopUnits);
