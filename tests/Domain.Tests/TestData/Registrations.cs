using DomatAljandal.Domain.Members;

namespace DomatAljandal.Domain.Tests.TestData;

/// <summary>Registrations of people from Dawmat al-Jandal and around Al-Jawf.</summary>
public static class Registrations
{
    public static MemberRegistration Fahad => new()
    {
        FirstName = "فهد",
        FatherName = "عبدالله",
        GrandfatherName = "محمد",
        FamilyName = "الرويلي",
        EnglishName = "Fahad Abdullah Al-Ruwaili",
        NationalId = SaudiIds.Citizen,
        Mobile = "0501234567",
        Email = "fahad.alruwaili@example.sa",
        City = "دومة الجندل",
        ConsentToContact = true,
        ConsentToDataProcessing = true,
        Roles = MemberRoles.Beneficiary,
    };

    public static MemberRegistration Noura => new()
    {
        FirstName = "نورة",
        FatherName = "سلطان",
        GrandfatherName = "فهد",
        FamilyName = "الشراري",
        NationalId = SaudiIds.AnotherCitizen,
        Mobile = "٠٥٥٩٨٧٦٥٤٣",
        City = "سكاكا",
        Roles = MemberRoles.Volunteer,
    };
}
