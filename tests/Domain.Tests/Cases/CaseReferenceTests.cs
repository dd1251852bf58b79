using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Domain.Tests.Cases;

public class CaseReferenceTests
{
    [Fact]
    public void A_reference_is_dj_the_hijri_year_and_a_six_digit_sequence()
    {
        var reference = CaseReference.Create(1448, 42);
        Assert.Equal("DJ-1448-000042", reference.Value);
        Assert.Equal("DJ-1448-000042", reference.ToString());
        Assert.Equal(1448, reference.HijriYear);
        Assert.Equal(42, reference.Sequence);
    }

    [Fact]
    public void The_year_is_the_hijri_year_in_riyadh_when_the_case_opens()
    {
        // 25 June 2025 23:30 in Riyadh is still 1446; half an hour later 1 Muharram 1447 begins.
        Assert.Equal("DJ-1446-000917", CaseReference.For(new DateTimeOffset(2025, 6, 25, 20, 30, 0, TimeSpan.Zero), 917).Value);
        Assert.Equal("DJ-1447-000001", CaseReference.For(new DateTimeOffset(2025, 6, 25, 21, 30, 0, TimeSpan.Zero), 1).Value);
    }

    [Theory]
    [InlineData("DJ-1448-000042")]
    [InlineData("dj-1448-000042")]
    [InlineData("  DJ-1448-42 ")]
    [InlineData("DJ-١٤٤٨-٠٠٠٠٤٢")]
    public void What_members_type_parses_to_the_canonical_reference(string typed) =>
        Assert.Equal(CaseReference.Create(1448, 42), CaseReference.Parse(typed));

    [Theory]
    [InlineData("DJ-1448-0000042")]
    [InlineData("DJ-1448-000000")]
    [InlineData("DJ-48-000042")]
    [InlineData("DX-1448-000042")]
    [InlineData("DJ1448000042")]
    [InlineData("DJ-1448-00004A")]
    [InlineData("DJ-1448-000042-1")]
    [InlineData("DJ-2026-000042")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_reference(string? typed) =>
        Assert.False(CaseReference.TryParse(typed, out _));

    [Fact]
    public void Parse_explains_the_expected_form() =>
        Assert.Contains("DJ-1448-000042", Assert.Throws<FormatException>(() => CaseReference.Parse("1448/42")).Message);

    [Theory]
    [InlineData(1448, 0)]
    [InlineData(1448, 1_000_000)]
    [InlineData(2026, 1)]
    public void Out_of_range_parts_are_refused(int year, int sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseReference.Create(year, sequence));

    [Fact]
    public void The_largest_sequence_still_has_six_digits() =>
        Assert.Equal("DJ-1448-999999", CaseReference.Create(1448, CaseReference.MaxSequence).Value);
}
