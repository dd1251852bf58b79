using DomatAljandal.Domain.People;

namespace DomatAljandal.Domain.Tests.People;

public class MobileNumberTests
{
    [Theory]
    [InlineData("0501234567")]
    [InlineData("501234567")]
    [InlineData("+966501234567")]
    [InlineData("00966501234567")]
    [InlineData("966501234567")]
    [InlineData("٠٥٠١٢٣٤٥٦٧")]
    [InlineData("۰۵۰۱۲۳۴۵۶۷")]
    [InlineData("+٩٦٦٥٠١٢٣٤٥٦٧")]
    [InlineData("050 123 4567")]
    [InlineData("050-123-4567")]
    [InlineData("(050) 123-4567")]
    [InlineData("+966 50 123 4567")]
    [InlineData("+966 (0) 50 123 4567")]
    [InlineData("  0501234567  ")]
    [InlineData("\u200E+966 50 123 4567\u200E")]
    public void Every_way_people_write_a_mobile_normalizes_to_e164(string written)
    {
        Assert.True(MobileNumber.TryParse(written, out var mobile), written);
        Assert.Equal("+966501234567", mobile.Value);
        Assert.Equal("+966501234567", mobile.ToString());
    }

    [Theory]
    [InlineData("0551234567", "+966551234567")]
    [InlineData("0531234567", "+966531234567")]
    [InlineData("0541234567", "+966541234567")]
    [InlineData("0561234567", "+966561234567")]
    [InlineData("0581234567", "+966581234567")]
    [InlineData("0591234567", "+966591234567")]
    public void Numbers_of_every_operator_are_mobiles(string written, string e164) =>
        Assert.Equal(e164, MobileNumber.Parse(written).Value);

    [Fact]
    public void The_local_display_groups_the_digits_as_people_read_them()
    {
        var mobile = MobileNumber.Parse("+966559876543");
        Assert.Equal("055 987 6543", mobile.ToLocalDisplay());
        Assert.Equal("0559876543", mobile.LocalNumber);
    }

    [Theory]
    [InlineData("0146241234")]
    [InlineData("014 624 1234")]
    [InlineData("+966146241234")]
    [InlineData("0112345678")]
    public void Landlines_are_refused_as_landlines(string landline)
    {
        Assert.False(MobileNumber.TryParse(landline, out _));
        Assert.Contains("landline", Assert.Throws<FormatException>(() => MobileNumber.Parse(landline)).Message);
    }

    [Theory]
    [InlineData("050123456")]
    [InlineData("05012345678")]
    [InlineData("+9665012345678")]
    [InlineData("50123456")]
    [InlineData("05")]
    public void Wrong_lengths_are_refused(string input)
    {
        Assert.False(MobileNumber.TryParse(input, out _));
        Assert.Contains("10 digits", Assert.Throws<FormatException>(() => MobileNumber.Parse(input)).Message);
    }

    [Theory]
    [InlineData("+971501234567")]
    [InlineData("00971501234567")]
    [InlineData("+201001234567")]
    public void Numbers_of_other_countries_are_refused(string foreign) =>
        Assert.Contains("Saudi", Assert.Throws<FormatException>(() => MobileNumber.Parse(foreign)).Message);

    [Theory]
    [InlineData("8001234567")]
    [InlineData("920012345")]
    [InlineData("0701234567")]
    public void Toll_free_and_unified_numbers_are_not_mobiles(string input) =>
        Assert.False(MobileNumber.TryParse(input, out _));

    [Theory]
    [InlineData("05O1234567")]
    [InlineData("050+1234567")]
    [InlineData("mobile")]
    [InlineData("")]
    [InlineData(null)]
    public void Letters_misplaced_plus_and_nothing_are_refused(string? input) =>
        Assert.False(MobileNumber.TryParse(input, out _));

    [Fact]
    public void Two_spellings_of_one_number_are_equal() =>
        Assert.Equal(MobileNumber.Parse("٠٥٠١٢٣٤٥٦٧"), MobileNumber.Parse("+966 50 123 4567"));
}
