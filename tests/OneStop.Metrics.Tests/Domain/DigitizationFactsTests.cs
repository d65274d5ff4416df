using System;
using OneStop.Metrics.Domain;
using Xunit;

namespace OneStop.Metrics.Tests.Domain;

public class DigitizationFactsTests
{
    [Fact]
    public void None_has_one_undigitized_result_document_and_no_flags()
    {
        var none = DigitizationFacts.None;

        Assert.False(none.SubjectToDigitization);
        Assert.False(none.DigitizedAtIntake);
        Assert.False(none.ReusedDigitizedData);
        Assert.Equal(1, none.ResultDocuments);
        Assert.Equal(0, none.DigitizedResultDocuments);
        Assert.False(none.ResultDigitized);
    }

    [Theory]
    [InlineData(true, true, true, true)]
    [InlineData(true, false, false, true)]
    [InlineData(false, false, true, false)]
    [InlineData(false, false, false, false)]
    public void Create_sets_each_flag_and_one_result_document(bool subject, bool atIntake, bool result, bool reused)
    {
        var facts = DigitizationFacts.Create(subject, atIntake, result, reused);

        Assert.Equal(subject, facts.SubjectToDigitization);
        Assert.Equal(atIntake, facts.DigitizedAtIntake);
        Assert.Equal(reused, facts.ReusedDigitizedData);
        Assert.Equal(1, facts.ResultDocuments);
        Assert.Equal(result ? 1 : 0, facts.DigitizedResultDocuments);
        Assert.Equal(result, facts.ResultDigitized);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    [InlineData(1000, 0)]
    [InlineData(1000, 1000)]
    public void WithResultDocuments_sets_both_counts_and_keeps_the_flags(int documents, int digitized)
    {
        var original = DigitizationFacts.Create(true, true, false, true);

        var facts = original.WithResultDocuments(documents, digitized);

        Assert.Equal(documents, facts.ResultDocuments);
        Assert.Equal(digitized, facts.DigitizedResultDocuments);
        Assert.Equal(digitized > 0, facts.ResultDigitized);
        Assert.True(facts.SubjectToDigitization);
        Assert.True(facts.DigitizedAtIntake);
        Assert.True(facts.ReusedDigitizedData);
        Assert.Equal(1, original.ResultDocuments);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void WithResultDocuments_rejects_a_document_count_out_of_range(int documents)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DigitizationFacts.None.WithResultDocuments(documents, 0));

        Assert.Equal("documents", ex.ParamName);
        Assert.Equal(documents, ex.ActualValue);
        Assert.StartsWith($"Result documents must be between 0 and 1000; was {documents}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, -1)]
    [InlineData(3, 4)]
    [InlineData(0, 1)]
    public void WithResultDocuments_rejects_more_digitized_documents_than_documents(int documents, int digitized)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DigitizationFacts.None.WithResultDocuments(documents, digitized));

        Assert.Equal("digitized", ex.ParamName);
        Assert.Equal(digitized, ex.ActualValue);
        Assert.StartsWith($"Digitized result documents must be between 0 and {documents}; was {digitized}.", ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_are_equal_by_value()
    {
        Assert.Equal(DigitizationFacts.None, DigitizationFacts.Create(false, false, false, false));
        Assert.NotEqual(DigitizationFacts.None, DigitizationFacts.Create(false, false, true, false));
        Assert.NotEqual(DigitizationFacts.None, DigitizationFacts.None.WithResultDocuments(2, 0));
    }

    [Fact]
    public void A_new_value_issues_one_result_document_like_None_while_default_issues_none()
    {
        Assert.Equal(1, new DigitizationFacts().ResultDocuments);
        Assert.Equal(DigitizationFacts.None, new DigitizationFacts());
        Assert.Equal(0, default(DigitizationFacts).ResultDocuments);
    }

    [Fact]
    public void Negative_document_counts_are_refused_even_through_with()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DigitizationFacts.None with { DigitizedResultDocuments = -1 });
        Assert.Contains("must not be negative; was -1.", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigitizationFacts { ResultDocuments = -3 });
    }
}
