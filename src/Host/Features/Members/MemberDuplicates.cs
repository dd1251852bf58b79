using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// The registry's duplicate rules: a national ID (or membership number) belongs to one member only — refused; a
/// mobile may be shared (a family phone) — warned, so the officer can check they are not registering someone twice.
/// </summary>
internal static class MemberDuplicates
{
    private const int MaxWarnings = 5;

    public static async Task RefuseTakenIdentifiersAsync(AppDbContext db, Member member, CancellationToken cancellationToken)
    {
        var sameId = await db.Set<Member>().Where(m => m.NationalId == member.NationalId && m.Id != member.Id)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (sameId is { } existing)
        {
            throw MemberProblems.DuplicateNationalId(existing);
        }

        if (member.MembershipNumber is { } number
            && await db.Set<Member>().AnyAsync(m => m.MembershipNumber == number && m.Id != member.Id, cancellationToken))
        {
            throw MemberProblems.DuplicateMembershipNumber();
        }
    }

    public static async Task<IReadOnlyList<MemberWarning>> WarningsAsync(AppDbContext db, Member member, CancellationToken cancellationToken)
    {
        var sameMobile = await db.Set<Member>().AsNoTracking()
            .Where(m => m.Mobile == member.Mobile && m.Id != member.Id)
            .OrderBy(m => m.RegisteredAt)
            .Select(m => new { m.Id, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName })
            .Take(MaxWarnings)
            .ToListAsync(cancellationToken);
        return
        [
            .. sameMobile.Select(m => new MemberWarning(
                "mobile",
                $"This mobile number is also registered for {m.FirstName} {m.FatherName} {m.GrandfatherName} {m.FamilyName}; check this is not the same person.",
                $"رقم الجوال مسجل أيضًا للعضو {m.FirstName} {m.FatherName} {m.GrandfatherName} {m.FamilyName}؛ تأكد أنه ليس الشخص نفسه.",
                m.Id)),
        ];
    }
}
