using System.Globalization;
using System.Linq;
using OneStop.Metrics.Csv;
using Xunit;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>The duplicate check's fingerprint set: no false duplicates on many ids, true duplicates with their first line, memory per id.</summary>
public class IdSetTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void A_million_distinct_ids_are_all_new_and_each_repeat_is_found_with_its_first_line(bool keepLines, bool reserve)
    {
        const int N = 1_000_000;
        var set = new IdSet(keepLines);
        if (reserve)
        {
            set.Reserve(N);
        }

        for (var i = 0; i < N; i++)
        {
            Assert.True(set.TryAdd(IdFingerprint.Of(Id(i)), i + 2, out _));
        }

        for (var i = 0; i < N; i += 9973)
        {
            Assert.False(set.TryAdd(IdFingerprint.Of(Id(i)), N + 10, out var first));
            Assert.Equal(keepLines ? i + 2 : 0, first);
        }

        Assert.Equal(N, set.Count);
        var bytesPerId = (double)set.SlotBytes / N;
        Assert.InRange(bytesPerId, keepLines ? 12.0 : 8.0, reserve ? (keepLines ? 15.5 : 10.5) : (keepLines ? 21.0 : 14.0));
    }

    [Fact]
    public void The_first_line_is_recovered_beyond_two_to_the_32nd_lines()
    {
        var set = new IdSet(keepLines: true);
        var id = IdFingerprint.Of("H-1");

        Assert.True(set.TryAdd(id, 5_000_000_000L, out _));
        Assert.False(set.TryAdd(id, 5_000_000_123L, out var first));
        Assert.Equal(5_000_000_000L, first);
    }

    [Fact]
    public void Fingerprints_are_deterministic_and_never_zero_and_tell_near_ids_apart()
    {
        Assert.Equal(IdFingerprint.Of("H15.50.05.13-230308-0975"), IdFingerprint.Of("H15.50.05.13-230308-0975"));
        Assert.NotEqual(IdFingerprint.Of("H-1"), IdFingerprint.Of("H-2"));
        Assert.NotEqual(IdFingerprint.Of("ab"), IdFingerprint.Of("ba"));
        Assert.NotEqual(IdFingerprint.Of(""), IdFingerprint.Of("\0"));
        Assert.NotEqual(0UL, IdFingerprint.Of("").Stored);
        var partitions = Enumerable.Range(0, 100_000).Select(i => IdFingerprint.Of(Id(i)).Partition >> 52).Distinct().Count();
        Assert.Equal(4096, partitions);
    }

    private static string Id(int i) => "298-X02-BPMC-230403-" + i.ToString("D7", CultureInfo.InvariantCulture);
}
