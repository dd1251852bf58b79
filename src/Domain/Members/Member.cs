using System.Net.Mail;
using DomatAljandal.Domain.People;
using DomatAljandal.Domain.Text;
using NationalIdNumber = DomatAljandal.Domain.People.NationalId;

namespace DomatAljandal.Domain.Members;

/// <summary>
/// A person the society deals with: a general-assembly member (shareholder), supporter, volunteer or beneficiary.
/// Keeps the four-part Arabic name, the national ID or iqama, how to reach them and what they consented to, their
/// membership and apiaries. <see cref="SearchText"/> is kept up to date by every change that affects it.
/// </summary>
public sealed class Member
{
    public const int MaxNamePartLength = 40;

    /// <summary>What an erased member's name parts read.</summary>
    public const string ErasedName = "محذوف";

    /// <summary>The mobile an erased member is left with: a number no one has.</summary>
    public const string ErasedMobile = "+966500000000";

    private readonly List<Apiary> _apiaries = [];
    private readonly List<ConsentRecord> _consents = [];

    private Member()
    {
        FirstName = FatherName = GrandfatherName = FamilyName = NationalId = Mobile = PreferredLanguage = SearchText = null!;
    }

    public Guid Id { get; private set; }

    public string FirstName { get; private set; }

    public string FatherName { get; private set; }

    public string GrandfatherName { get; private set; }

    public string FamilyName { get; private set; }

    /// <summary>The name in Latin letters, if the member gave one.</summary>
    public string? EnglishName { get; private set; }

    /// <summary>The ten-digit national ID or iqama number (ASCII digits); see <see cref="NationalIdNumber"/>.</summary>
    public string NationalId { get; private set; }

    /// <summary>The mobile number in E.164, <c>+9665XXXXXXXX</c>; see <see cref="MobileNumber"/>.</summary>
    public string Mobile { get; private set; }

    /// <summary>Lowercased.</summary>
    public string? Email { get; private set; }

    public string? City { get; private set; }

    /// <summary>Optional; see <see cref="Members.Gender"/>.</summary>
    public Gender? Gender { get; private set; }

    /// <summary>True when letters and pages should use the feminine forms.</summary>
    public bool IsFemale => Gender == Members.Gender.Female;

    public ContactChannel PreferredChannel { get; private set; }

    /// <summary>"ar" or "en".</summary>
    public string PreferredLanguage { get; private set; }

    public bool ConsentToContact { get; private set; }

    /// <summary>When consent to contact was last given or withdrawn.</summary>
    public DateTimeOffset? ConsentToContactAt { get; private set; }

    public bool ConsentToDataProcessing { get; private set; }

    /// <summary>When consent to data processing was last given or withdrawn.</summary>
    public DateTimeOffset? ConsentToDataProcessingAt { get; private set; }

    /// <summary>The member's answer for SMS; read it with <see cref="ConsentToSmsAt"/> (null: never answered, <see cref="ConsentToContact"/> covers SMS).</summary>
    public bool ConsentToSms { get; private set; }

    /// <summary>When consent to SMS was last given or withdrawn; null when the member never answered for SMS on its own.</summary>
    public DateTimeOffset? ConsentToSmsAt { get; private set; }

    /// <summary>The member's answer for email; read it with <see cref="ConsentToEmailAt"/> (null: never answered, <see cref="ConsentToContact"/> covers email).</summary>
    public bool ConsentToEmail { get; private set; }

    /// <summary>When consent to email was last given or withdrawn; null when the member never answered for email on its own.</summary>
    public DateTimeOffset? ConsentToEmailAt { get; private set; }

    public MemberRoles Roles { get; private set; }

    /// <summary>Set on admission to the general assembly.</summary>
    public string? MembershipNumber { get; private set; }

    /// <summary>Shares held; at least one for a general-assembly member, otherwise zero.</summary>
    public int Shares { get; private set; }

    /// <summary>The day the member joined the general assembly.</summary>
    public DateOnly? JoinedOn { get; private set; }

    public MembershipStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public IReadOnlyList<Apiary> Apiaries => _apiaries.AsReadOnly();

    /// <summary>Every consent given or withdrawn, oldest first; the current flags follow the latest of each kind.</summary>
    public IReadOnlyList<ConsentRecord> ConsentHistory => _consents.AsReadOnly();

    /// <summary>When the member's personal data was erased on their request; the record stays, anonymized, for what refers to it.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>
    /// What search matches against, normalized with <see cref="ArabicText.Normalize"/>: the full Arabic name, the
    /// English name, the national ID, the mobile (E.164 and 05… forms) and the membership number. Search with
    /// <c>SearchText.Contains(ArabicText.Normalize(query))</c>.
    /// </summary>
    public string SearchText { get; private set; }

    /// <summary>The four-part Arabic name, e.g. «فهد عبدالله محمد الرويلي».</summary>
    public string FullName => $"{FirstName} {FatherName} {GrandfatherName} {FamilyName}";

    public bool IsGeneralAssemblyMember => Roles.HasFlag(MemberRoles.GeneralAssemblyMember);

    /// <summary>Registers a person with the society; every field is checked and the first fault is thrown.</summary>
    public static Member Register(MemberRegistration registration, DateTimeOffset registeredAt)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var member = new Member
        {
            Id = Guid.CreateVersion7(registeredAt),
            RegisteredAt = registeredAt,
            Status = MembershipStatus.Active,
            PreferredLanguage = DisplayLanguage.Arabic,
        };

        member.SetName(registration.FirstName, registration.FatherName, registration.GrandfatherName, registration.FamilyName, registration.EnglishName);
        member.NationalId = CheckNationalId(registration.NationalId);
        member.Mobile = CheckMobile(registration.Mobile);
        member.Email = CheckEmail(registration.Email);
        member.City = Require.OptionalText(registration.City, 100, "city", "المدينة", "The city");
        member.SetGender(registration.Gender);
        member.SetContactPreferences(registration.PreferredChannel, registration.PreferredLanguage);
        // Consent is given, never assumed: a consent not given leaves no record and the flag false.
        var evidence = new ConsentEvidence(registeredAt, registration.ConsentMethod, registration.ConsentRecordedBy ?? "system", registration.PrivacyNoticeVersion);
        if (registration.ConsentToContact)
        {
            member.RecordConsent(ConsentKind.Contact, true, evidence);
        }

        if (registration.ConsentToDataProcessing)
        {
            member.RecordConsent(ConsentKind.DataProcessing, true, evidence);
        }

        // A channel answered on the form is recorded either way (the member said "not by SMS"); one not asked is left to the consent to be contacted.
        if (registration.ConsentToSms is { } sms)
        {
            member.RecordConsent(ConsentKind.ContactBySms, sms, evidence);
        }

        if (registration.ConsentToEmail is { } email)
        {
            member.RecordConsent(ConsentKind.ContactByEmail, email, evidence);
        }
        member.GrantRoles(registration.Roles);
        member.RefreshSearchText();
        return member;
    }

    /// <summary>Records (or clears) the member's gender; a value outside <see cref="Members.Gender"/> is refused.</summary>
    public void SetGender(Gender? gender)
    {
        if (gender is { } value && !Enum.IsDefined(value))
        {
            throw new DomainRuleException("gender", "الجنس ذكر أو أنثى.", "The gender is Male or Female.");
        }

        Gender = gender;
    }

    public void Rename(string firstName, string fatherName, string grandfatherName, string familyName, string? englishName)
    {
        SetName(firstName, fatherName, grandfatherName, familyName, englishName);
        RefreshSearchText();
    }

    /// <summary>Corrects a national ID or iqama number typed wrongly (or a resident who became a citizen).</summary>
    public void CorrectNationalId(string nationalId)
    {
        NationalId = CheckNationalId(nationalId);
        RefreshSearchText();
    }

    public void ChangeMobile(string mobile)
    {
        Mobile = CheckMobile(mobile);
        RefreshSearchText();
    }

    /// <summary>Null or blank removes the email, unless email is the preferred channel.</summary>
    public void ChangeEmail(string? email)
    {
        var checkedEmail = CheckEmail(email);
        if (checkedEmail is null && PreferredChannel == ContactChannel.Email)
        {
            throw new DomainRuleException("email",
                "البريد الإلكتروني هو وسيلة التواصل المفضلة؛ غيّرها قبل حذفه.",
                "Email is the preferred channel; change it before removing the email.");
        }

        Email = checkedEmail;
    }

    public void ChangeCity(string? city) => City = Require.OptionalText(city, 100, "city", "المدينة", "The city");

    public void SetContactPreferences(ContactChannel channel, string language)
    {
        var checkedChannel = Require.Defined(channel, "preferredChannel", "وسيلة التواصل المفضلة", "The preferred channel");
        if (checkedChannel == ContactChannel.Email && Email is null)
        {
            throw new DomainRuleException("email",
                "البريد الإلكتروني مطلوب عند اختياره وسيلةً للتواصل.",
                "An email address is required when email is the preferred channel.");
        }

        if (!DisplayLanguage.TryNormalize(language, out var code))
        {
            throw new DomainRuleException("preferredLanguage", "اللغة المفضلة العربية أو الإنجليزية.", "The preferred language is Arabic (ar) or English (en).");
        }

        PreferredChannel = checkedChannel;
        PreferredLanguage = code;
    }

    /// <summary>
    /// Records a consent given or withdrawn, with how it was expressed; a repeat of the current answer adds nothing.
    /// Returns whether anything changed.
    /// </summary>
    public bool RecordConsent(ConsentKind kind, bool given, ConsentEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Require.Defined(kind, "kind", "نوع الموافقة", "The kind of consent");
        Require.Defined(evidence.Method, "method", "طريقة الموافقة", "How the consent was given");
        Require.Text(evidence.RecordedBy, 256, "recordedBy", "من سجّل الموافقة", "Who recorded the consent");
        var (current, at) = kind switch
        {
            ConsentKind.Contact => (ConsentToContact, ConsentToContactAt),
            ConsentKind.DataProcessing => (ConsentToDataProcessing, ConsentToDataProcessingAt),
            ConsentKind.ContactBySms => (ConsentToSms, ConsentToSmsAt),
            _ => (ConsentToEmail, ConsentToEmailAt),
        };
        // A repeat of the current answer adds nothing; nor does "not given" when none was ever given — except for a
        // channel, where "not by SMS" is an answer of its own that narrows the consent to be contacted.
        var isChannel = kind is ConsentKind.ContactBySms or ConsentKind.ContactByEmail;
        if (current == given && (at is not null || (!given && !isChannel)))
        {
            return false;
        }

        _consents.Add(new ConsentRecord(kind, given, evidence));
        switch (kind)
        {
            case ConsentKind.Contact:
                (ConsentToContact, ConsentToContactAt) = (given, evidence.At);
                break;
            case ConsentKind.DataProcessing:
                (ConsentToDataProcessing, ConsentToDataProcessingAt) = (given, evidence.At);
                break;
            case ConsentKind.ContactBySms:
                (ConsentToSms, ConsentToSmsAt) = (given, evidence.At);
                break;
            default:
                (ConsentToEmail, ConsentToEmailAt) = (given, evidence.At);
                break;
        }

        return true;
    }

    /// <summary>
    /// Whether a message may go to the member: one about their own request always (the service they asked for), an
    /// announcement or reminder only while they consent to be contacted; nothing once their data is erased.
    /// </summary>
    public bool MayBeSent(MessagePurpose purpose) => ErasedAt is null && (purpose == MessagePurpose.OwnRequest || ConsentToContact);

    /// <summary>
    /// Whether a message may go to the member on this channel: about their own request always; an announcement or reminder
    /// only while they consent to be contacted and have not refused that channel (a channel never answered follows the
    /// consent to be contacted).
    /// </summary>
    public bool MayBeSent(MessagePurpose purpose, ContactChannel channel) =>
        MayBeSent(purpose) && (purpose == MessagePurpose.OwnRequest || ConsentsTo(channel));

    /// <summary>Whether the member may be contacted with announcements and reminders on this channel (see <see cref="MayBeSent(MessagePurpose, ContactChannel)"/>).</summary>
    public bool ConsentsTo(ContactChannel channel) => ConsentToContact && (channel == ContactChannel.Sms
        ? ConsentToSmsAt is null || ConsentToSms
        : ConsentToEmailAt is null || ConsentToEmail);

    /// <summary>
    /// The members who may receive an announcement or reminder on some channel — consent to be contacted, and a channel
    /// they have an address for and did not refuse (everyone has a mobile; email only when given) — as a query filter the database can run.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<Member, bool>> ReachableByOutreach = m =>
        m.ErasedAt == null && m.ConsentToContact
        && (m.ConsentToSmsAt == null || m.ConsentToSms || (m.Email != null && (m.ConsentToEmailAt == null || m.ConsentToEmail)));

    /// <summary>
    /// Erases the member's identifying data (name, national ID, mobile, email, city, apiaries) on their request; the record
    /// stays, anonymized, so cases kept for their retention period still count in the reports. The national ID becomes a
    /// unique placeholder that is not a valid ID.
    /// </summary>
    public void Erase(DateTimeOffset at)
    {
        if (ErasedAt is not null)
        {
            throw new DomainRuleException("member", "بيانات العضو محذوفة مسبقًا.", "The member's data has already been erased.");
        }

        (FirstName, FatherName, GrandfatherName, FamilyName, EnglishName) = (ErasedName, ErasedName, ErasedName, ErasedName, null);
        NationalId = "X" + Id.ToString("N")[^9..];
        Mobile = ErasedMobile;
        Email = null;
        City = null;
        MembershipNumber = MembershipNumber is null ? null : "X" + Id.ToString("N")[^9..];
        PreferredChannel = ContactChannel.Sms;
        _apiaries.Clear();
        (ConsentToContact, ConsentToContactAt, ConsentToDataProcessing, ConsentToDataProcessingAt) = (false, at, false, at);
        (ConsentToSms, ConsentToSmsAt, ConsentToEmail, ConsentToEmailAt) = (false, at, false, at);
        Status = MembershipStatus.Withdrawn;
        ErasedAt = at;
        SearchText = string.Empty;
    }

    /// <summary>Adds supporter, volunteer or beneficiary roles. General-assembly membership comes only by admission.</summary>
    public void GrantRoles(MemberRoles roles)
    {
        EnsureNotGeneralAssembly(roles);
        Roles |= roles;
    }

    public void RevokeRoles(MemberRoles roles)
    {
        EnsureNotGeneralAssembly(roles);
        Roles &= ~roles;
    }

    /// <summary>
    /// Admits the member to the general assembly (step 6 of a membership registration): a membership number,
    /// at least one share, and the joining day.
    /// </summary>
    public void AdmitToGeneralAssembly(string membershipNumber, int shares, DateOnly joinedOn)
    {
        if (IsGeneralAssemblyMember)
        {
            throw new DomainRuleException("membershipNumber", "العضو منضم إلى الجمعية العمومية مسبقًا.", "The member already belongs to the general assembly.");
        }

        if (Status != MembershipStatus.Active)
        {
            throw new DomainRuleException("status", "لا يُقبل في الجمعية العمومية إلا عضو نشط.", "Only an active member can be admitted to the general assembly.");
        }

        var number = CheckMembershipNumber(membershipNumber);
        Shares = CheckShares(shares);
        MembershipNumber = number;
        JoinedOn = joinedOn;
        Roles |= MemberRoles.GeneralAssemblyMember;
        RefreshSearchText();
    }

    /// <summary>Corrects the membership number or the joining day of a general-assembly member, typed wrongly at admission.</summary>
    public void CorrectMembership(string membershipNumber, DateOnly joinedOn)
    {
        if (!IsGeneralAssemblyMember)
        {
            throw new DomainRuleException("membershipNumber", "رقم العضوية لأعضاء الجمعية العمومية فقط.", "Only general-assembly members have a membership number.");
        }

        MembershipNumber = CheckMembershipNumber(membershipNumber);
        JoinedOn = joinedOn;
        RefreshSearchText();
    }

    public void ChangeShares(int shares)
    {
        if (!IsGeneralAssemblyMember)
        {
            throw new DomainRuleException("shares", "الأسهم لأعضاء الجمعية العمومية فقط.", "Only general-assembly members hold shares.");
        }

        Shares = CheckShares(shares);
    }

    public void Suspend()
    {
        if (Status != MembershipStatus.Active)
        {
            throw new DomainRuleException("status", "لا يُعلَّق إلا عضو نشط.", "Only an active member can be suspended.");
        }

        Status = MembershipStatus.Suspended;
    }

    public void Reactivate()
    {
        if (Status == MembershipStatus.Active)
        {
            throw new DomainRuleException("status", "العضو نشط.", "The member is already active.");
        }

        Status = MembershipStatus.Active;
    }

    public void Withdraw()
    {
        if (Status == MembershipStatus.Withdrawn)
        {
            throw new DomainRuleException("status", "العضو منسحب مسبقًا.", "The member has already withdrawn.");
        }

        Status = MembershipStatus.Withdrawn;
    }

    public Apiary AddApiary(string location, int hiveCount)
    {
        var apiary = new Apiary(CheckLocation(location), CheckHives(hiveCount));
        _apiaries.Add(apiary);
        return apiary;
    }

    public void UpdateApiary(Guid apiaryId, string location, int hiveCount) =>
        FindApiary(apiaryId).Update(CheckLocation(location), CheckHives(hiveCount));

    public void RemoveApiary(Guid apiaryId) => _apiaries.Remove(FindApiary(apiaryId));

    private void SetName(string firstName, string fatherName, string grandfatherName, string familyName, string? englishName)
    {
        var first = CheckArabicNamePart(firstName, "firstName", "الاسم الأول", "The first name");
        var father = CheckArabicNamePart(fatherName, "fatherName", "اسم الأب", "The father's name");
        var grandfather = CheckArabicNamePart(grandfatherName, "grandfatherName", "اسم الجد", "The grandfather's name");
        var family = CheckArabicNamePart(familyName, "familyName", "اسم العائلة", "The family name");
        var english = Require.OptionalText(englishName, 120, "englishName", "الاسم بالإنجليزية", "The English name");
        if (english is not null && !english.All(c => c is ' ' or '-' or '\'' or '.' || char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F'))
        {
            throw new DomainRuleException("englishName", "الاسم بالإنجليزية يُكتب بحروف لاتينية.", "The English name is written in Latin letters.");
        }

        (FirstName, FatherName, GrandfatherName, FamilyName, EnglishName) = (first, father, grandfather, family, english is null ? null : CollapseSpaces(english));
    }

    private static string CheckArabicNamePart(string value, string field, string labelAr, string labelEn)
    {
        var part = CollapseSpaces(Require.Text(value, MaxNamePartLength, field, labelAr, labelEn));
        var arabicOnly = part.All(c => c == ' '
            || (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F'
                && (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)));
        return arabicOnly
            ? part
            : throw new DomainRuleException(field, $"{labelAr} يُكتب بالحروف العربية.", $"{labelEn} is written in Arabic letters.");
    }

    private static string CheckNationalId(string nationalId) =>
        NationalIdNumber.Validate(nationalId, out var id) is { } problem
            ? throw new DomainRuleException("nationalId", problem.Ar, problem.En)
            : id!.Value;

    /// <summary>A Saudi mobile as kept (E.164), or a <see cref="DomainRuleException"/> naming <c>mobile</c>.</summary>
    public static string CheckMobile(string mobile) =>
        MobileNumber.Validate(mobile, out var number) is { } problem
            ? throw new DomainRuleException("mobile", problem.Ar, problem.En)
            : number!.Value;

    /// <summary>An email as kept (trimmed, lower case; null when blank), or a <see cref="DomainRuleException"/> naming <c>email</c>.</summary>
    public static string? CheckEmail(string? email)
    {
        var trimmed = Require.OptionalText(email, 254, "email", "البريد الإلكتروني", "The email address");
        if (trimmed is null)
        {
            return null;
        }

        var valid = MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal);
        return valid
            ? trimmed.ToLowerInvariant()
            : throw new DomainRuleException("email", "البريد الإلكتروني غير صالح.", "The email address is not valid.");
    }

    private static string CheckMembershipNumber(string membershipNumber)
    {
        var number = ArabicText.ToAsciiDigits(Require.Text(membershipNumber, 20, "membershipNumber", "رقم العضوية", "The membership number"));
        return number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? number.ToUpperInvariant()
            : throw new DomainRuleException("membershipNumber", "رقم العضوية يتكون من أرقام وحروف إنجليزية وشرطات.", "A membership number has digits, Latin letters and dashes only.");
    }

    private static int CheckShares(int shares) => shares is >= 1 and <= 1_000_000
        ? shares
        : throw new DomainRuleException("shares", "عدد الأسهم سهم واحد على الأقل.", "A general-assembly member holds at least one share.");

    private static string CheckLocation(string location) =>
        Require.Text(location, 200, "location", "موقع المنحل", "The apiary's location");

    private static int CheckHives(int hiveCount) => hiveCount is >= 0 and <= Apiary.MaxHives
        ? hiveCount
        : throw new DomainRuleException("hiveCount", "عدد الخلايا غير صالح.", $"The number of hives must be between 0 and {Apiary.MaxHives}.");

    private static void EnsureNotGeneralAssembly(MemberRoles roles)
    {
        if (roles.HasFlag(MemberRoles.GeneralAssemblyMember))
        {
            throw new DomainRuleException("roles",
                "العضوية في الجمعية العمومية تكون بالقبول فيها مع رقم العضوية والأسهم.",
                "General-assembly membership comes by admission, with a membership number and shares.");
        }

        if ((roles & ~(MemberRoles.Supporter | MemberRoles.Volunteer | MemberRoles.Beneficiary)) != 0)
        {
            throw new DomainRuleException("roles", "دور غير معروف.", $"Unknown role: {roles}.");
        }
    }

    private Apiary FindApiary(Guid apiaryId) =>
        _apiaries.Find(a => a.Id == apiaryId)
        ?? throw new DomainRuleException("apiaryId", "المنحل غير موجود لدى هذا العضو.", "This member has no such apiary.");

    private static string CollapseSpaces(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private void RefreshSearchText()
    {
        var mobile = MobileNumber.Parse(Mobile);
        string?[] parts = [ArabicText.Normalize(FullName), ArabicText.Normalize(EnglishName), NationalId, mobile.Value, mobile.LocalNumber, MembershipNumber?.ToLowerInvariant()];
        SearchText = string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
