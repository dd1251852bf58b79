namespace DomatAljandal.Domain.Cases;

/// <summary>
/// How a member reached the society — the seven channels of the member relations policy.
/// Values are stored; never renumber them.
/// </summary>
public enum Channel
{
    /// <summary>المقابلة — the member came in person.</summary>
    InPerson = 1,

    /// <summary>الاتصالات الهاتفية.</summary>
    Phone = 2,

    /// <summary>وسائل التواصل الاجتماعي.</summary>
    SocialMedia = 3,

    /// <summary>الخطابات.</summary>
    Letter = 4,

    /// <summary>خدمات طلب المساعدة.</summary>
    AssistanceRequest = 5,

    /// <summary>خدمة التطوع.</summary>
    Volunteering = 6,

    /// <summary>الموقع الإلكتروني — the member portal.</summary>
    Website = 7,
}
