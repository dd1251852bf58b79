using System.Globalization;

namespace DomatAljandal.Host.Tests.Members;

/// <summary>Members as the registry form sends them: a valid default for every field, changed with <c>with</c>.</summary>
public sealed record MemberBuilder
{
    private const string ArabicLetters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static int _next = 200_000;

    public string FirstName { get; init; } = "فهد";
    public string FatherName { get; init; } = "عبدالله";
    public string GrandfatherName { get; init; } = "محمد";
    public string FamilyName { get; init; } = UniqueFamilyName();
    public string? EnglishName { get; init; }
    public string NationalId { get; init; } = NewNationalId();
    public string Mobile { get; init; } = NewMobile();
    public string? Email { get; init; }
    public string? City { get; init; } = "دومة الجندل";
    public string[] Roles { get; init; } = ["Beneficiary"];
    public object? Membership { get; init; }
    public object[] Apiaries { get; init; } = [];
    public bool ConsentToContact { get; init; } = true;
    public bool ConsentToDataProcessing { get; init; } = true;
    public bool? ConsentToSms { get; init; }
    public bool? ConsentToEmail { get; init; }
    public string? Gender { get; init; }
    public string? PreferredChannel { get; init; }

    public object Body() => new
    {
        firstName = FirstName, fatherName = FatherName, grandfatherName = GrandfatherName, familyName = FamilyName, englishName = EnglishName,
        nationalId = NationalId, mobile = Mobile, email = Email, city = City, roles = Roles, membership = Membership, apiaries = Apiaries,
        consentToContact = ConsentToContact, consentToDataProcessing = ConsentToDataProcessing, gender = Gender,
        consentToSms = ConsentToSms, consentToEmail = ConsentToEmail,
        preferredChannel = PreferredChannel,
    };

    /// <summary>A family name no other test uses, in Arabic letters, so a search can expect exactly its own members.</summary>
    public static string UniqueFamilyName()
    {
        var n = Interlocked.Increment(ref _next) + Environment.ProcessId * 1000;
        var letters = new List<char>();
        for (var i = 0; i < 6; i++, n /= ArabicLetters.Length)
        {
            letters.Add(ArabicLetters[n % ArabicLetters.Length]);
        }

        return "ال" + new string([.. letters]);
    }

    /// <summary>A valid national ID (1…) or iqama (2…) with its Luhn check digit.</summary>
    public static string NewNationalId(char first = '1')
    {
        var nine = first + (Interlocked.Increment(ref _next) + Random.Shared.Next(0, 50_000_000)).ToString("D8", CultureInfo.InvariantCulture)[^8..];
        return nine + CheckDigit(nine);
    }

    public static char CheckDigit(string nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    public static string NewMobile() => "05" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public static string ToArabicIndic(string digits) => string.Concat(digits.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c));
}
