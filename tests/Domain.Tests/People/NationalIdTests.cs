using DomatAljandal.Domain.People;
using DomatAljandal.Domain.Tests.TestData;

namespace DomatAljandal.Domain.Tests.People;

public class NationalIdTests
{
    [Theory]
    [InlineData(SaudiIds.Citizen, NationalIdKind.Citizen)]
    [InlineData(SaudiIds.AnotherCitizen, NationalIdKind.Citizen)]
    [InlineData("1000000008", NationalIdKind.Citizen)]
    [InlineData(SaudiIds.Resident, NationalIdKind.Resident)]
    [InlineData(SaudiIds.AnotherResident, NationalIdKind.Resident)]
    public void Known_valid_numbers_parse_with_their_kind(string number, NationalIdKind kind)
    {
        Assert.True(NationalId.TryParse(number, out var id));
        Assert.Equal(number, id.Value);
        Assert.Equal(kind, id.Kind);
    }

    [Fact]
    public void The_hard_coded_samples_agree_with_the_independent_check_digit()
    {
        foreach (var sample in new[] { SaudiIds.Citizen, SaudiIds.AnotherCitizen, SaudiIds.Resident, SaudiIds.AnotherResident })
        {
            Assert.Equal(sample, SaudiIds.WithCheckDigit(sample[..9]));
        }
    }

    [Theory]
    [InlineData("100000000")]
    [InlineData("104578392")]
    [InlineData("112233445")]
    [InlineData("198765432")]
    [InlineData("200000000")]
    [InlineData("234567890")]
    [InlineData("299999999")]
    public void Every_number_with_the_right_check_digit_is_valid(string nineDigits)
    {
        var number = SaudiIds.WithCheckDigit(nineDigits);
        Assert.True(NationalId.TryParse(number, out var id), number);
        Assert.Equal(number, id.ToString());
    }

    [Theory]
    [InlineData("100000000")]
    [InlineData("112233445")]
    [InlineData("234567890")]
    public void Every_other_check_digit_is_refused(string nineDigits)
    {
        var valid = SaudiIds.WithCheckDigit(nineDigits);
        foreach (var digit in "0123456789".Where(d => d != valid[9]))
        {
            Assert.False(NationalId.TryParse(nineDigits + digit, out _), nineDigits + digit);
        }
    }

    [Fact]
    public void Arabic_indic_digits_and_surrounding_spaces_are_accepted()
    {
        var id = NationalId.Parse("  ١٠٤٥٧٨٣٩٢٣ ");
        Assert.Equal(SaudiIds.Citizen, id.Value);
        Assert.Equal(NationalId.Parse("۲۳۸۴۵۶۱۲۰۱"), NationalId.Parse(SaudiIds.Resident));
    }

    [Theory]
    [InlineData("104578392")]
    [InlineData("10457839231")]
    [InlineData("3045783927")]
    [InlineData("0045783924")]
    [InlineData("10457A3923")]
    [InlineData("1045 783923")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Malformed_numbers_are_refused(string? input) =>
        Assert.False(NationalId.TryParse(input, out _));

    [Fact]
    public void A_wrong_check_digit_is_refused() =>
        Assert.False(NationalId.TryParse(SaudiIds.WithWrongCheckDigit(SaudiIds.Citizen), out _));

    [Fact]
    public void A_number_starting_with_3_is_refused_even_with_a_fitting_check_digit()
    {
        var number = SaudiIds.WithCheckDigit("304578392");
        var error = Assert.Throws<FormatException>(() => NationalId.Parse(number));
        Assert.Contains("starts with 1", error.Message);
    }

    [Theory]
    [InlineData("104578392", "10 digits")]
    [InlineData("10457839231", "10 digits")]
    [InlineData("10457A3923", "digits only")]
    [InlineData("1045783924", "check digit")]
    [InlineData("", "required")]
    public void Parse_says_what_is_wrong(string input, string expected)
    {
        var error = Assert.Throws<FormatException>(() => NationalId.Parse(input));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Two_parses_of_the_same_number_are_equal() =>
        Assert.Equal(NationalId.Parse(SaudiIds.Citizen), NationalId.Parse("١٠٤٥٧٨٣٩٢٣"));
}
