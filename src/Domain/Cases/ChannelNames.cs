using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.Cases;

/// <summary>The channels' names as the society writes them (glossary), in Arabic and English.</summary>
public static class ChannelNames
{
    public static string Arabic(Channel channel) => channel switch
    {
        Channel.InPerson => "المقابلة",
        Channel.Phone => "الاتصالات الهاتفية",
        Channel.SocialMedia => "وسائل التواصل الاجتماعي",
        Channel.Letter => "الخطابات",
        Channel.AssistanceRequest => "خدمات طلب المساعدة",
        Channel.Volunteering => "خدمة التطوع",
        Channel.Website => "الموقع الإلكتروني",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    public static string English(Channel channel) => channel switch
    {
        Channel.InPerson => "In-person meeting",
        Channel.Phone => "Phone calls",
        Channel.SocialMedia => "Social media",
        Channel.Letter => "Letters",
        Channel.AssistanceRequest => "Assistance-request services",
        Channel.Volunteering => "Volunteering service",
        Channel.Website => "Website",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    /// <summary>The name in "ar" or "en".</summary>
    public static string In(Channel channel, string language) =>
        DisplayLanguage.IsArabic(language) ? Arabic(channel) : English(channel);
}
