using DomatAljandal.Domain;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Text;
using DomatAljandal.Domain.Tests.TestData;

namespace DomatAljandal.Domain.Tests.Members;

public class MemberTests
{
    private static readonly DateTimeOffset RegisteredAt = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(3));

    private static Member Fahad() => Member.Register(Registrations.Fahad, RegisteredAt);

    [Fact]
    public void A_registered_member_has_the_four_part_name_and_normalized_contacts()
    {
        var member = Fahad();

        Assert.NotEqual(Guid.Empty, member.Id);
        Assert.Equal("فهد عبدالله محمد الرويلي", member.FullName);
        Assert.Equal("Fahad Abdullah Al-Ruwaili", member.EnglishName);
        Assert.Equal(SaudiIds.Citizen, member.NationalId);
        Assert.Equal("+966501234567", member.Mobile);
        Assert.Equal("fahad.alruwaili@example.sa", member.Email);
        Assert.Equal("دومة الجندل", member.City);
        Assert.Equal(MembershipStatus.Active, member.Status);
        Assert.Equal(MemberRoles.Beneficiary, member.Roles);
        Assert.Equal(ContactChannel.Sms, member.PreferredChannel);
        Assert.Equal("ar", member.PreferredLanguage);
        Assert.Equal(RegisteredAt, member.RegisteredAt);
    }

    [Fact]
    public void Arabic_indic_digits_in_the_id_and_mobile_are_stored_as_ascii()
    {
        var member = Member.Register(Registrations.Noura with { NationalId = "١١٠٦٩٣٤٥١٤" }, RegisteredAt);
        Assert.Equal(SaudiIds.AnotherCitizen, member.NationalId);
        Assert.Equal("+966559876543", member.Mobile);
    }

    [Fact]
    public void Consents_are_recorded_with_the_time_they_were_given()
    {
        var member = Fahad();
        Assert.True(member.ConsentToContact);
        Assert.Equal(RegisteredAt, member.ConsentToContactAt);
        Assert.True(member.ConsentToDataProcessing);

        Assert.True(member.RecordConsent(ConsentKind.Contact, false, new ConsentEvidence(RegisteredAt.AddDays(30), ConsentMethod.Portal, "fahad@example.com", 2)));
        Assert.False(member.ConsentToContact);
        Assert.Equal(RegisteredAt.AddDays(30), member.ConsentToContactAt);

        Assert.False(member.RecordConsent(ConsentKind.DataProcessing, true, new ConsentEvidence(RegisteredAt.AddDays(31), ConsentMethod.Desk, "officer", 2)));
        Assert.Equal(RegisteredAt, member.ConsentToDataProcessingAt);

        var withdrawal = member.ConsentHistory[^1];
        Assert.Equal(3, member.ConsentHistory.Count);
        Assert.Equal((ConsentKind.Contact, false, ConsentMethod.Portal, "fahad@example.com", (int?)2),
            (withdrawal.Kind, withdrawal.Given, withdrawal.Method, withdrawal.RecordedBy, withdrawal.PrivacyNoticeVersion));
    }

    [Fact]
    public void A_consent_not_given_at_registration_leaves_the_flag_false_and_no_record()
    {
        var member = Member.Register(Registrations.Noura with { ConsentToContact = false, ConsentToDataProcessing = false }, RegisteredAt);
        Assert.False(member.ConsentToContact);
        Assert.Null(member.ConsentToContactAt);
        Assert.False(member.ConsentToDataProcessing);
        Assert.Empty(member.ConsentHistory);
    }

    [Fact]
    public void A_member_who_withdrew_consent_gets_only_messages_about_their_own_request()
    {
        var member = Fahad();
        Assert.True(member.MayBeSent(MessagePurpose.Outreach));
        member.RecordConsent(ConsentKind.Contact, false, new ConsentEvidence(RegisteredAt.AddDays(1), ConsentMethod.Letter, "officer", 1));
        Assert.False(member.MayBeSent(MessagePurpose.Outreach));
        Assert.True(member.MayBeSent(MessagePurpose.OwnRequest));
        member.Erase(RegisteredAt.AddDays(2));
        Assert.False(member.MayBeSent(MessagePurpose.OwnRequest));
    }

    [Fact]
    public void A_refused_channel_narrows_the_consent_to_be_contacted_and_an_unanswered_one_follows_it()
    {
        var member = Fahad();
        Assert.True(member.ConsentsTo(ContactChannel.Sms));
        Assert.True(member.ConsentsTo(ContactChannel.Email));
        var refusal = new ConsentEvidence(RegisteredAt.AddDays(1), ConsentMethod.Portal, "fahad@example.com", 1);
        Assert.True(member.RecordConsent(ConsentKind.ContactBySms, false, refusal));
        Assert.False(member.RecordConsent(ConsentKind.ContactBySms, false, refusal));
        Assert.False(member.MayBeSent(MessagePurpose.Outreach, ContactChannel.Sms));
        Assert.True(member.MayBeSent(MessagePurpose.Outreach, ContactChannel.Email));
        Assert.True(member.MayBeSent(MessagePurpose.OwnRequest, ContactChannel.Sms));
        Assert.Equal((ConsentKind.ContactBySms, false), (member.ConsentHistory[^1].Kind, member.ConsentHistory[^1].Given));

        member.RecordConsent(ConsentKind.Contact, false, refusal with { At = RegisteredAt.AddDays(2) });
        Assert.False(member.MayBeSent(MessagePurpose.Outreach, ContactChannel.Email));
    }

    [Fact]
    public void A_channel_answered_at_registration_is_recorded_either_way()
    {
        var member = Member.Register(Registrations.Noura with { ConsentToContact = true, ConsentToSms = false, ConsentToEmail = true }, RegisteredAt);
        Assert.Equal(RegisteredAt, member.ConsentToSmsAt);
        Assert.False(member.ConsentsTo(ContactChannel.Sms));
        Assert.True(member.ConsentsTo(ContactChannel.Email));
        Assert.Contains(member.ConsentHistory, c => c is { Kind: ConsentKind.ContactBySms, Given: false });
    }

    [Fact]
    public void Erasure_leaves_no_name_national_id_or_mobile()
    {
        var member = Fahad();
        var (name, id, mobile) = (member.FullName, member.NationalId, member.Mobile);
        member.Erase(RegisteredAt.AddYears(1));
        Assert.DoesNotContain(member.FirstName, name, StringComparison.Ordinal);
        Assert.NotEqual(id, member.NationalId);
        Assert.NotEqual(mobile, member.Mobile);
        Assert.False(member.ConsentToContact);
        Assert.Throws<DomainRuleException>(() => member.Erase(RegisteredAt.AddYears(2)));
    }

    [Theory]
    [InlineData("", "firstName")]
    [InlineData("Fahad", "firstName")]
    [InlineData("فهد2", "firstName")]
    public void The_first_name_is_required_in_arabic_letters(string firstName, string field) =>
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() =>
            Member.Register(Registrations.Fahad with { FirstName = firstName }, RegisteredAt)).Field);

    [Fact]
    public void Every_part_of_the_four_part_name_is_required()
    {
        Assert.Equal("fatherName", Assert.Throws<DomainRuleException>(() => Member.Register(Registrations.Fahad with { FatherName = " " }, RegisteredAt)).Field);
        Assert.Equal("grandfatherName", Assert.Throws<DomainRuleException>(() => Member.Register(Registrations.Fahad with { GrandfatherName = "" }, RegisteredAt)).Field);
        var error = Assert.Throws<DomainRuleException>(() => Member.Register(Registrations.Fahad with { FamilyName = "" }, RegisteredAt));
        Assert.Equal("familyName", error.Field);
        Assert.Equal("اسم العائلة مطلوب.", error.MessageAr);
    }

    [Fact]
    public void Compound_names_with_spaces_and_diacritics_are_kept_as_written()
    {
        var member = Member.Register(Registrations.Fahad with { FatherName = "عبد  الرَّحمن", FamilyName = "آل  سعود" }, RegisteredAt);
        Assert.Equal("فهد عبد الرَّحمن محمد آل سعود", member.FullName);
    }

    [Fact]
    public void A_wrong_national_id_is_refused_naming_the_field_in_both_languages()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            Member.Register(Registrations.Fahad with { NationalId = SaudiIds.WithWrongCheckDigit(SaudiIds.Citizen) }, RegisteredAt));

        Assert.Equal("nationalId", error.Field);
        Assert.Contains("check digit", error.MessageEn);
        Assert.Equal("رقم الهوية أو الإقامة غير صحيح؛ تحقق من الأرقام.", error.MessageAr);
    }

    [Fact]
    public void A_landline_is_refused_as_the_mobile()
    {
        var error = Assert.Throws<DomainRuleException>(() => Member.Register(Registrations.Fahad with { Mobile = "0146241234" }, RegisteredAt));
        Assert.Equal("mobile", error.Field);
        Assert.Contains("landline", error.MessageEn);
    }

    [Theory]
    [InlineData("fahad@")]
    [InlineData("fahad example.sa")]
    [InlineData("Fahad <fahad@example.sa>")]
    [InlineData("fahad@localhost")]
    public void A_malformed_email_is_refused(string email) =>
        Assert.Equal("email", Assert.Throws<DomainRuleException>(() => Member.Register(Registrations.Fahad with { Email = email }, RegisteredAt)).Field);

    [Fact]
    public void Email_as_the_preferred_channel_needs_an_email()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            Member.Register(Registrations.Noura with { PreferredChannel = ContactChannel.Email }, RegisteredAt));
        Assert.Equal("email", error.Field);

        var fahad = Fahad();
        fahad.SetContactPreferences(ContactChannel.Email, "en-US");
        Assert.Equal("en", fahad.PreferredLanguage);
        Assert.Equal("email", Assert.Throws<DomainRuleException>(() => fahad.ChangeEmail(null)).Field);
    }

    [Fact]
    public void The_preferred_language_is_arabic_or_english() =>
        Assert.Equal("preferredLanguage", Assert.Throws<DomainRuleException>(() =>
            Member.Register(Registrations.Fahad with { PreferredLanguage = "ur" }, RegisteredAt)).Field);

    [Fact]
    public void General_assembly_membership_is_not_a_role_one_simply_grants()
    {
        Assert.Equal("roles", Assert.Throws<DomainRuleException>(() =>
            Member.Register(Registrations.Fahad with { Roles = MemberRoles.GeneralAssemblyMember }, RegisteredAt)).Field);
        Assert.Throws<DomainRuleException>(() => Fahad().GrantRoles(MemberRoles.Volunteer | MemberRoles.GeneralAssemblyMember));
    }

    [Fact]
    public void Roles_are_granted_and_revoked_together()
    {
        var member = Fahad();
        member.GrantRoles(MemberRoles.Volunteer | MemberRoles.Supporter);
        member.RevokeRoles(MemberRoles.Beneficiary);
        Assert.Equal(MemberRoles.Volunteer | MemberRoles.Supporter, member.Roles);
    }

    [Fact]
    public void Admission_to_the_general_assembly_gives_a_membership_number_shares_and_a_join_date()
    {
        var member = Fahad();
        member.AdmitToGeneralAssembly("DJ-١٢٣", 5, new DateOnly(2026, 11, 30));

        Assert.True(member.IsGeneralAssemblyMember);
        Assert.Equal("DJ-123", member.MembershipNumber);
        Assert.Equal(5, member.Shares);
        Assert.Equal(new DateOnly(2026, 11, 30), member.JoinedOn);
        Assert.Equal(MemberRoles.Beneficiary | MemberRoles.GeneralAssemblyMember, member.Roles);
    }

    [Fact]
    public void A_general_assembly_member_holds_at_least_one_share()
    {
        var member = Fahad();
        Assert.Equal("shares", Assert.Throws<DomainRuleException>(() => member.AdmitToGeneralAssembly("1043", 0, new DateOnly(2026, 11, 30))).Field);
        Assert.False(member.IsGeneralAssemblyMember);

        member.AdmitToGeneralAssembly("1043", 1, new DateOnly(2026, 11, 30));
        member.ChangeShares(10);
        Assert.Equal(10, member.Shares);
        Assert.Throws<DomainRuleException>(() => member.ChangeShares(0));
    }

    [Fact]
    public void Only_general_assembly_members_hold_shares() =>
        Assert.Equal("shares", Assert.Throws<DomainRuleException>(() => Fahad().ChangeShares(3)).Field);

    [Fact]
    public void A_member_is_admitted_once_and_only_while_active()
    {
        var member = Fahad();
        member.AdmitToGeneralAssembly("1043", 2, new DateOnly(2026, 11, 30));
        Assert.Throws<DomainRuleException>(() => member.AdmitToGeneralAssembly("1044", 2, new DateOnly(2026, 12, 1)));

        var suspended = Member.Register(Registrations.Noura, RegisteredAt);
        suspended.Suspend();
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => suspended.AdmitToGeneralAssembly("1045", 2, new DateOnly(2026, 12, 1))).Field);
    }

    [Fact]
    public void Status_moves_between_active_suspended_and_withdrawn()
    {
        var member = Fahad();
        member.Suspend();
        Assert.Equal(MembershipStatus.Suspended, member.Status);
        Assert.Throws<DomainRuleException>(member.Suspend);
        member.Reactivate();
        Assert.Equal(MembershipStatus.Active, member.Status);
        Assert.Throws<DomainRuleException>(member.Reactivate);
        member.Withdraw();
        Assert.Equal(MembershipStatus.Withdrawn, member.Status);
        Assert.Throws<DomainRuleException>(member.Withdraw);
        member.Reactivate();
        Assert.Equal(MembershipStatus.Active, member.Status);
    }

    [Fact]
    public void Apiaries_are_added_updated_and_removed()
    {
        var member = Fahad();
        var wadi = member.AddApiary("وادي السرحان، شمال دومة الجندل", 45);
        var abuAjram = member.AddApiary("أبو عجرم", 12);

        member.UpdateApiary(wadi.Id, "وادي السرحان", 60);
        member.RemoveApiary(abuAjram.Id);

        var apiary = Assert.Single(member.Apiaries);
        Assert.Equal("وادي السرحان", apiary.Location);
        Assert.Equal(60, apiary.HiveCount);
    }

    [Fact]
    public void An_apiary_needs_a_location_and_a_sensible_hive_count()
    {
        var member = Fahad();
        Assert.Equal("location", Assert.Throws<DomainRuleException>(() => member.AddApiary(" ", 10)).Field);
        Assert.Equal("hiveCount", Assert.Throws<DomainRuleException>(() => member.AddApiary("طبرجل", -1)).Field);
        Assert.Equal("apiaryId", Assert.Throws<DomainRuleException>(() => member.RemoveApiary(Guid.NewGuid())).Field);
    }

    [Fact]
    public void Search_text_holds_the_normalized_name_id_and_mobile()
    {
        var member = Member.Register(Registrations.Fahad with { FatherName = "عبد الله" }, RegisteredAt);

        Assert.Equal("فهد عبدالله محمد الرويلي fahad abdullah al-ruwaili 1045783923 +966501234567 0501234567", member.SearchText);
    }

    [Theory]
    [InlineData("عبد الله")]
    [InlineData("فهد عبدالله")]
    [InlineData("الرُّوَيلي")]
    [InlineData("AL-RUWAILI")]
    [InlineData("١٠٤٥٧٨٣٩٢٣")]
    [InlineData("٠٥٠١٢٣٤٥٦٧")]
    [InlineData("+966501234567")]
    public void A_search_in_any_spelling_finds_the_member(string query) =>
        Assert.Contains(ArabicText.Normalize(query), Fahad().SearchText, StringComparison.Ordinal);

    [Fact]
    public void Search_text_follows_every_change_that_affects_it()
    {
        var member = Fahad();

        member.Rename("فاطمة", "موسى", "أحمد", "السرحاني", null);
        member.ChangeMobile("+966 55 111 2233");
        member.CorrectNationalId(SaudiIds.Resident);
        member.AdmitToGeneralAssembly("A-1043", 3, new DateOnly(2026, 12, 1));

        Assert.Equal("فاطمه موسي احمد السرحاني 2384561201 +966551112233 0551112233 a-1043", member.SearchText);
        Assert.Contains(ArabicText.Normalize("فاطمه موسي"), member.SearchText, StringComparison.Ordinal);
    }
}
