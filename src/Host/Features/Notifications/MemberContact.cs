namespace DomatAljandal.Host.Features.Notifications;

/// <summary>How to reach a member: their addresses, the channel they prefer and the language they read.</summary>
/// <param name="Email">Email address, if known.</param>
/// <param name="Mobile">Saudi mobile number in any common form, if known.</param>
/// <param name="PreferredChannel">What the member asked to be contacted by.</param>
/// <param name="Language">"ar" or "en" (Arabic when unknown).</param>
/// <param name="Name">The member's name, used in the greeting when the values give none.</param>
/// <param name="Female">Greeted in the feminine («عضوتنا الكريمة»).</param>
public sealed record MemberContact(
    string? Email,
    string? Mobile,
    NotificationChannel PreferredChannel,
    string? Language = "ar",
    string? Name = null,
    bool Female = false)
{
    /// <summary>The Arabic forms that follow the member's gender, as template values: <c>memberGreeting</c>, <c>memberTitle</c>, <c>memberRespected</c>.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> GenderedWords(bool female) =>
    [
        new("memberGreeting", female ? "عضوتنا الكريمة" : "عضونا الكريم"),
        new("memberTitle", female ? "المكرمة" : "المكرم"),
        new("memberRespected", female ? "المحترمة" : "المحترم"),
    ];

    /// <summary>The member's addresses, their preferred channel and language, and their name.</summary>
    public static MemberContact Of(DomatAljandal.Domain.Members.Member member) => new(
        member.Email,
        member.Mobile,
        member.PreferredChannel == DomatAljandal.Domain.Members.ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms,
        member.PreferredLanguage,
        member.FullName,
        member.IsFemale);

    /// <summary>
    /// The member's contact for an announcement or reminder: only the addresses of the channels they consent to (a
    /// channel they refused is left out, so the notifier cannot fall back to it); none without consent to be contacted.
    /// </summary>
    public static MemberContact ForOutreach(DomatAljandal.Domain.Members.Member member) => Of(member) with
    {
        Email = member.MayBeSent(DomatAljandal.Domain.Members.MessagePurpose.Outreach, DomatAljandal.Domain.Members.ContactChannel.Email) ? member.Email : null,
        Mobile = member.MayBeSent(DomatAljandal.Domain.Members.MessagePurpose.Outreach, DomatAljandal.Domain.Members.ContactChannel.Sms) ? member.Mobile : null,
    };
}
