using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Volunteering;

/// <summary>خدمة التطوع — a volunteering opportunity the society offers: what, where, when and how many volunteers it needs.</summary>
public sealed class VolunteerOpportunity
{
    private VolunteerOpportunity()
    {
        TitleAr = TitleEn = Description = CreatedBy = null!;
    }

    public Guid Id { get; private set; }

    public string TitleAr { get; private set; }

    public string TitleEn { get; private set; }

    public string Description { get; private set; }

    public string? Location { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    /// <summary>How many volunteers it needs; 0 means no limit.</summary>
    public int Slots { get; private set; }

    /// <summary>Whether members can sign up.</summary>
    public bool IsOpen { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public static VolunteerOpportunity Create(string titleAr, string titleEn, string description, string? location, DateOnly startsOn, DateOnly? endsOn,
        int slots, string createdBy, DateTimeOffset at)
    {
        var opportunity = new VolunteerOpportunity
        {
            Id = Guid.CreateVersion7(at),
            CreatedAt = at,
            CreatedBy = Require.Text(createdBy, 256, "createdBy", "المنشئ", "Created by"),
            IsOpen = true,
        };
        opportunity.Update(titleAr, titleEn, description, location, startsOn, endsOn, slots, true);
        return opportunity;
    }

    public void Update(string titleAr, string titleEn, string description, string? location, DateOnly startsOn, DateOnly? endsOn, int slots, bool isOpen)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainRuleException("endsOn", "تاريخ الانتهاء قبل تاريخ البداية.", "The end date is before the start date.");
        }

        if (slots is < 0 or > 10_000)
        {
            throw new DomainRuleException("slots", "عدد المتطوعين المطلوب غير صالح.", "The number of volunteers needed is not valid.");
        }

        TitleAr = Require.Text(titleAr, 200, "titleAr", "العنوان بالعربية", "The Arabic title");
        TitleEn = Require.Text(titleEn, 200, "titleEn", "العنوان بالإنجليزية", "The English title");
        Description = Require.Text(description, 4000, "description", "الوصف", "The description");
        Location = Require.OptionalText(location, 200, "location", "المكان", "The location");
        StartsOn = startsOn;
        EndsOn = endsOn;
        Slots = slots;
        IsOpen = isOpen;
    }

    /// <summary>Whether one more volunteer fits, given how many signed up.</summary>
    public bool HasRoomFor(int signedUp) => Slots == 0 || signedUp < Slots;
}
