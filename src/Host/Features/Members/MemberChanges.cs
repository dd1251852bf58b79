using DomatAljandal.Domain;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// Applies a <see cref="MemberInput"/> to a member through the entity's own rules — register, rename, admit to the
/// general assembly, suspend, add an apiary … — so the registry's create and update follow the same path.
/// </summary>
internal static class MemberChanges
{
    public static Member Register(MemberInput input, string actor, DateTimeOffset now)
    {
        var roles = MemberRoleNames.Parse(input.Roles);
        var member = Member.Register(new MemberRegistration
        {
            FirstName = input.FirstName!,
            FatherName = input.FatherName!,
            GrandfatherName = input.GrandfatherName!,
            FamilyName = input.FamilyName!,
            EnglishName = input.EnglishName,
            NationalId = input.NationalId!,
            Mobile = input.Mobile!,
            Email = input.Email,
            City = input.City,
            Gender = input.ParseGender().Value,
            PreferredChannel = input.ParsePreferredChannel() ?? ContactChannel.Sms,
            PreferredLanguage = string.IsNullOrWhiteSpace(input.PreferredLanguage) ? "ar" : input.PreferredLanguage,
            ConsentToContact = input.ConsentToContact ?? false,
            ConsentToDataProcessing = input.ConsentToDataProcessing ?? false,
            ConsentToSms = input.ConsentToSms,
            ConsentToEmail = input.ConsentToEmail,
            ConsentMethod = input.ParseConsentMethod() ?? ConsentMethod.Desk,
            ConsentRecordedBy = actor,
            PrivacyNoticeVersion = input.PrivacyNoticeVersion,
            Roles = roles & ~MemberRoles.GeneralAssemblyMember,
        }, now);
        ApplyMembership(member, input, roles);
        ApplyStatus(member, input.ParseStatus());
        foreach (var apiary in input.Apiaries ?? [])
        {
            member.AddApiary(apiary.Location!, apiary.HiveCount);
        }

        return member;
    }

    public static void Update(Member member, MemberInput input, string actor, DateTimeOffset now)
    {
        if (member.FirstName != input.FirstName || member.FatherName != input.FatherName || member.GrandfatherName != input.GrandfatherName
            || member.FamilyName != input.FamilyName || member.EnglishName != input.EnglishName)
        {
            member.Rename(input.FirstName!, input.FatherName!, input.GrandfatherName!, input.FamilyName!, input.EnglishName);
        }

        member.CorrectNationalId(input.NationalId!);
        member.ChangeMobile(input.Mobile!);
        member.ChangeCity(input.City);
        if (input.ParseGender() is (true, var gender))
        {
            member.SetGender(gender);
        }

        // Email and the preferred channel depend on each other: switch away from email before removing it, add it before choosing it.
        var channel = input.ParsePreferredChannel() ?? member.PreferredChannel;
        var language = string.IsNullOrWhiteSpace(input.PreferredLanguage) ? member.PreferredLanguage : input.PreferredLanguage;
        if (channel == ContactChannel.Email)
        {
            member.ChangeEmail(input.Email);
            member.SetContactPreferences(channel, language);
        }
        else
        {
            member.SetContactPreferences(channel, language);
            member.ChangeEmail(input.Email);
        }

        var evidence = new ConsentEvidence(now, input.ParseConsentMethod() ?? ConsentMethod.Desk, actor, input.PrivacyNoticeVersion);
        if (input.ConsentToContact is { } contact)
        {
            member.RecordConsent(ConsentKind.Contact, contact, evidence);
        }

        if (input.ConsentToDataProcessing is { } processing)
        {
            member.RecordConsent(ConsentKind.DataProcessing, processing, evidence);
        }

        if (input.ConsentToSms is { } sms)
        {
            member.RecordConsent(ConsentKind.ContactBySms, sms, evidence);
        }

        if (input.ConsentToEmail is { } email)
        {
            member.RecordConsent(ConsentKind.ContactByEmail, email, evidence);
        }

        if (input.Roles is not null)
        {
            var roles = MemberRoleNames.Parse(input.Roles);
            if (member.IsGeneralAssemblyMember && !roles.HasFlag(MemberRoles.GeneralAssemblyMember))
            {
                throw new DomainRuleException("roles",
                    "تنتهي العضوية في الجمعية العمومية بالانسحاب (الحالة: منسحب)، لا بحذف الدور.",
                    "General-assembly membership ends by withdrawal (status Withdrawn), not by removing the role.");
            }

            const MemberRoles others = MemberRoles.Supporter | MemberRoles.Volunteer | MemberRoles.Beneficiary;
            member.RevokeRoles(member.Roles & others & ~roles);
            member.GrantRoles(roles & others & ~member.Roles);
            ApplyMembership(member, input, roles);
        }
        else if (input.Membership is not null)
        {
            ApplyMembership(member, input, member.Roles);
        }

        ApplyStatus(member, input.ParseStatus());
        if (input.Apiaries is not null)
        {
            ApplyApiaries(member, input.Apiaries);
        }
    }

    private static void ApplyMembership(Member member, MemberInput input, MemberRoles roles)
    {
        var wantsMembership = roles.HasFlag(MemberRoles.GeneralAssemblyMember) || input.Membership is not null;
        if (!wantsMembership)
        {
            return;
        }

        if (input.Membership is not { } membership)
        {
            if (member.IsGeneralAssemblyMember)
            {
                return;
            }

            throw new DomainRuleException("membership.membershipNumber",
                "عضو الجمعية العمومية يحتاج رقم عضوية وعدد أسهم وتاريخ انضمام.",
                "A general-assembly member needs a membership number, shares and a joining day.");
        }

        var joinedOn = membership.JoinedOn
                       ?? throw new DomainRuleException("membership.joinedOn", "تاريخ الانضمام إلى الجمعية العمومية مطلوب.", "The day the member joined the general assembly is required.");
        if (!member.IsGeneralAssemblyMember)
        {
            member.AdmitToGeneralAssembly(membership.MembershipNumber!, membership.Shares, joinedOn);
            return;
        }

        if (!string.Equals(member.MembershipNumber, membership.MembershipNumber?.Trim(), StringComparison.OrdinalIgnoreCase) || member.JoinedOn != joinedOn)
        {
            member.CorrectMembership(membership.MembershipNumber!, joinedOn);
        }

        if (member.Shares != membership.Shares)
        {
            member.ChangeShares(membership.Shares);
        }
    }

    private static void ApplyStatus(Member member, MembershipStatus? status)
    {
        if (status is not { } wanted || wanted == member.Status)
        {
            return;
        }

        switch (wanted)
        {
            case MembershipStatus.Active:
                member.Reactivate();
                break;
            case MembershipStatus.Suspended when member.Status == MembershipStatus.Withdrawn:
                throw new DomainRuleException("status", "العضو المنسحب يُعاد تفعيله أولًا.", "A withdrawn member is reactivated first.");
            case MembershipStatus.Suspended:
                member.Suspend();
                break;
            case MembershipStatus.Withdrawn:
                member.Withdraw();
                break;
        }
    }

    private static void ApplyApiaries(Member member, IReadOnlyList<ApiaryInput> apiaries)
    {
        var keep = apiaries.Where(a => a.Id is not null).Select(a => a.Id!.Value).ToHashSet();
        foreach (var gone in member.Apiaries.Where(a => !keep.Contains(a.Id)).Select(a => a.Id).ToList())
        {
            member.RemoveApiary(gone);
        }

        foreach (var apiary in apiaries)
        {
            if (apiary.Id is { } id)
            {
                var current = member.Apiaries.FirstOrDefault(a => a.Id == id)
                              ?? throw ProblemException.Validation("apiaries", $"This member has no apiary {id}; leave out the id to add one.");
                if (current.Location != apiary.Location?.Trim() || current.HiveCount != apiary.HiveCount)
                {
                    member.UpdateApiary(id, apiary.Location!, apiary.HiveCount);
                }
            }
            else
            {
                member.AddApiary(apiary.Location!, apiary.HiveCount);
            }
        }
    }
}
