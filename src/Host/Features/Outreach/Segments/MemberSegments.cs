using System.Text.Json;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Volunteering;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;

namespace DomatAljandal.Host.Features.Outreach.Segments;

/// <summary>The members of a <see cref="MemberSegment"/>, as a database query; checked once at the edge (400 naming <c>segment.*</c>).</summary>
public static class MemberSegments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The members the segment names. Consent is not applied here: the caller decides (announcements reach only consenting members).</summary>
    public static IQueryable<Member> Query(AppDbContext db, MemberSegment segment)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roles = RolesOf(segment);
        var query = db.Set<Member>().AsQueryable();
        if (roles != MemberRoles.None)
        {
            query = query.Where(m => (m.Roles & roles) != MemberRoles.None);
        }

        if (!string.IsNullOrWhiteSpace(segment.City))
        {
            var city = segment.City.Trim();
            query = query.Where(m => m.City == city);
        }

        if (segment.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (segment.MinHives is { } min)
        {
            query = query.Where(m => m.Apiaries.Sum(a => a.HiveCount) >= min);
        }

        if (segment.MaxHives is { } max)
        {
            query = query.Where(m => m.Apiaries.Sum(a => a.HiveCount) <= max);
        }

        if (segment.Volunteers == true)
        {
            query = query.Where(m => (m.Roles & MemberRoles.Volunteer) != MemberRoles.None
                                     || db.Set<VolunteerSignup>().Any(s => s.MemberId == m.Id));
        }

        if (segment.OpenRequests == true)
        {
            query = query.Where(m => db.Set<ServiceCase>().Any(c => c.MemberId == m.Id
                && (c.Status == CaseStatus.Open || c.Status == CaseStatus.AwaitingMember || c.Status == CaseStatus.InCommittee)));
        }

        return query;
    }

    /// <summary>Checks the segment's values; 400 naming the field.</summary>
    public static MemberSegment Validate(MemberSegment? segment, string field = "segment")
    {
        if (segment is null)
        {
            throw ProblemException.Validation(field, "حدد الفئة المستهدفة.", "Give the segment.");
        }

        _ = RolesOf(segment, field);
        if (segment.MinHives is < 0 || segment.MaxHives is < 0)
        {
            throw ProblemException.Validation($"{field}.minHives", "عدد الخلايا لا يكون سالبًا.", "A hive count is not negative.");
        }

        if (segment.MinHives is { } min && segment.MaxHives is { } max && min > max)
        {
            throw ProblemException.Validation($"{field}.maxHives", "الحد الأعلى للخلايا أقل من الحد الأدنى.", "maxHives is below minHives.");
        }

        if (segment.City is { Length: > 100 })
        {
            throw ProblemException.Validation($"{field}.city", "اسم المدينة طويل.", "The city is too long.");
        }

        return segment;
    }

    public static string Serialize(MemberSegment segment) => JsonSerializer.Serialize(segment, Json);

    public static MemberSegment Deserialize(string json) => JsonSerializer.Deserialize<MemberSegment>(json, Json) ?? new MemberSegment();

    private static MemberRoles RolesOf(MemberSegment segment, string field = "segment")
    {
        var roles = MemberRoles.None;
        foreach (var name in segment.Roles ?? [])
        {
            if (!Enum.TryParse<MemberRoles>(name, ignoreCase: true, out var role) || role == MemberRoles.None || !Enum.IsDefined(role)
                || name.Any(char.IsDigit))
            {
                throw ProblemException.Validation($"{field}.roles",
                    $"الدور «{name}» غير معروف؛ الأدوار: GeneralAssemblyMember و Supporter و Volunteer و Beneficiary.",
                    $"Unknown role '{name}'; use GeneralAssemblyMember, Supporter, Volunteer or Beneficiary.");
            }

            roles |= role;
        }

        return roles;
    }
}
