namespace DomatAljandal.Host.Features.Notifications;

/// <summary>How to reach a member: their addresses, the channel they prefer and the language they read.</summary>
/// <param name="Email">Email address, if known.</param>
/// <param name="Mobile">Saudi mobile number in any common form, if known.</param>
/// <param name="PreferredChannel">What the member asked to be contacted by.</param>
/// <param name="Language">"ar" or "en" (Arabic when unknown).</param>
/// <param name="Name">The member's name, used in the greeting when the values give none.</param>
public sealed record MemberContact(
    string? Email,
    string? Mobile,
    NotificationChannel PreferredChannel,
    string? Language = "ar",
    string? Name = null)
{
    /// <summary>The member's addresses, their preferred channel and language, and their name.</summary>
    public static MemberContact Of(DomatAljandal.Domain.Members.Member member) => new(
        member.Email,
        member.Mobile,
        member.PreferredChannel == DomatAljandal.Domain.Members.ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms,
        member.PreferredLanguage,
        member.FullName);
}
