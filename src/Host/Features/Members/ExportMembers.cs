using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Members.Search;
using DomatAljandal.Host.Features.Privacy;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// The member list as a workbook (<c>GET /api/members?format=xlsx</c>): every member matching the search (all of them when
/// <c>q</c> is empty) by name, streamed row by row. The export is audited; masked viewers get masked identifiers.
/// </summary>
public static class ExportMembers
{
    /// <summary>A bound on one export, far above the society's membership.</summary>
    public const int MaxRows = 200_000;

    public sealed record Query(string? Q, bool Arabic, bool MaskIdentifiers) : IRequest<Sheet>;

    public sealed class Handler(AppDbContext db, AuditTrail audit) : IRequestHandler<Query, Sheet>
    {
        public async Task<Sheet> Handle(Query request, CancellationToken cancellationToken)
        {
            audit.Record(AuditAction.Exported, nameof(Member), "list", new { q = request.Q, format = "xlsx" });
            await db.SaveChangesAsync(cancellationToken);

            var members = db.Set<Member>().AsNoTracking();
            var terms = MemberSearchTokens.OfQuery(request.Q);
            if (terms.Count > 0)
            {
                var matching = SearchMembers.Scored(db, terms).Select(s => s.MemberId);
                members = members.Where(m => matching.Contains(m.Id));
            }

            var (arabic, mask) = (request.Arabic, request.MaskIdentifiers);
            var rows = members
                .OrderBy(m => m.FirstName).ThenBy(m => m.FatherName).ThenBy(m => m.GrandfatherName).ThenBy(m => m.FamilyName).ThenBy(m => m.Id)
                .Take(MaxRows)
                .Select(m => new
                {
                    m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName, m.NationalId, m.Mobile, m.MembershipNumber, m.City, m.Status,
                    m.JoinedOn, m.RegisteredAt, m.ConsentToContact,
                })
                .AsAsyncEnumerable()
                .Select(m => (IReadOnlyList<object?>)
                [
                    $"{m.FirstName} {m.FatherName} {m.GrandfatherName} {m.FamilyName}",
                    mask ? IdentifierMasking.NationalId(m.NationalId) : m.NationalId,
                    mask ? IdentifierMasking.Mobile(m.Mobile) : m.Mobile,
                    m.MembershipNumber,
                    m.City,
                    arabic ? MemberRoleNames.DisplayName(m.Status).Ar : MemberRoleNames.DisplayName(m.Status).En,
                    m.JoinedOn is { } joined ? new DateTimeOffset(joined.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                    m.RegisteredAt,
                    m.ConsentToContact,
                ]);
            return new Sheet("الأعضاء", "Members",
            [
                new("الاسم", "Name", Width: 32), new("رقم الهوية", "National ID", Width: 14), new("الجوال", "Mobile", Width: 16),
                new("رقم العضوية", "Membership number"), new("المدينة", "City"), new("الحالة", "Status", Width: 12),
                new("تاريخ الانضمام", "Joined", CellKind.Instant), new("تاريخ التسجيل", "Registered", CellKind.Instant),
                new("يوافق على التواصل", "Consents to contact", Width: 12),
            ], rows);
        }
    }
}
