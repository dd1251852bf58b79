namespace DomatAljandal.Host.Identity;

/// <summary>The society's roles, as stored in Identity.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Manager = nameof(Manager);
    public const string MemberRelationsOfficer = nameof(MemberRelationsOfficer);
    public const string SocialResearcher = nameof(SocialResearcher);
    public const string CommitteeMember = nameof(CommitteeMember);
    public const string Member = nameof(Member);

    public static readonly IReadOnlyList<string> All =
        [Admin, Manager, MemberRelationsOfficer, SocialResearcher, CommitteeMember, Member];

    public static readonly IReadOnlyList<string> Staff =
        [Admin, Manager, MemberRelationsOfficer, SocialResearcher, CommitteeMember];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>Arabic and English display names, from the glossary.</summary>
    public static (string Ar, string En) DisplayName(string role) => role switch
    {
        Admin => ("مدير النظام", "Administrator"),
        Manager => ("المدير", "Manager"),
        MemberRelationsOfficer => ("موظف علاقات الأعضاء", "Member relations officer"),
        SocialResearcher => ("مسؤول البحث الاجتماعي", "Social research officer"),
        CommitteeMember => ("عضو لجنة البحث", "Research committee member"),
        Member => ("عضو", "Member"),
        _ => (role, role),
    };
}
