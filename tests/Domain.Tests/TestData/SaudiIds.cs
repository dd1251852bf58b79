namespace DomatAljandal.Domain.Tests.TestData;

/// <summary>National ID and iqama samples. The check digit is computed here, independently of the code under test.</summary>
public static class SaudiIds
{
    // Worked by hand with the NIC's Luhn rule (even positions doubled, digits summed; total a multiple of 10).
    public const string Citizen = "1045783923";
    public const string AnotherCitizen = "1106934514";
    public const string Resident = "2384561201";
    public const string AnotherResident = "2457810360";

    /// <summary>Appends the check digit that makes <paramref name="nineDigits"/> a valid ten-digit number.</summary>
    public static string WithCheckDigit(string nineDigits)
    {
        Assert.Equal(9, nineDigits.Length);
        var sum = 0;
        for (var position = 0; position < 9; position++)
        {
            var digit = nineDigits[position] - '0';
            var contribution = position % 2 == 0 ? digit * 2 : digit;
            sum += contribution / 10 + contribution % 10;
        }

        return nineDigits + (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>The same number with a check digit that does not fit.</summary>
    public static string WithWrongCheckDigit(string valid) =>
        valid[..9] + (char)('0' + (valid[9] - '0' + 1) % 10);
}
