using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Volunteering;

/// <summary>Staff log the hours a member volunteered and approve them; only approved hours count on the member's total.</summary>
public static class Hours
{
    public sealed record Log(Guid? MemberId, Guid? OpportunityId, DateOnly? WorkedOn, decimal? Hours, string? Description, string Actor) : IRequest<HoursDto>;

    public sealed record List(Guid? MemberId, bool? Approved, int? Page = null, int? PageSize = null) : IRequest<Paged<HoursDto>>;

    public sealed record Approve(Guid Id, string Actor) : IRequest<HoursDto>;

    public sealed record HoursDto(Guid Id, Guid MemberId, string? MemberName, Guid? OpportunityId, DateOnly WorkedOn, decimal Hours, string Description,
        string LoggedBy, DateTimeOffset LoggedAt, bool Approved, string? ApprovedBy, DateTimeOffset? ApprovedAt)
    {
        public static HoursDto From(VolunteerHours h, string? memberName = null) => new(h.Id, h.MemberId, memberName, h.OpportunityId, h.WorkedOn, h.Hours,
            h.Description, h.LoggedBy, h.LoggedAt, h.IsApproved, h.ApprovedBy, h.ApprovedAt);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) :
        IRequestHandler<Log, HoursDto>,
        IRequestHandler<List, Paged<HoursDto>>,
        IRequestHandler<Approve, HoursDto>
    {
        public async Task<HoursDto> Handle(Log request, CancellationToken cancellationToken)
        {
            var memberId = request.MemberId ?? throw ProblemException.Validation("memberId", "The member is required.");
            var member = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken)
                         ?? throw ProblemException.Validation("memberId", $"There is no member {memberId}.");
            if (request.OpportunityId is { } opportunityId && !await db.Set<VolunteerOpportunity>().AnyAsync(o => o.Id == opportunityId, cancellationToken))
            {
                throw ProblemException.Validation("opportunityId", $"There is no volunteering opportunity {opportunityId}.");
            }

            var now = clock.GetUtcNow();
            var entry = VolunteerHours.Log(memberId, request.OpportunityId, request.WorkedOn ?? DateOnly.FromDateTime(now.UtcDateTime),
                request.Hours ?? 0, request.Description!, request.Actor, now);
            db.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return HoursDto.From(entry, member.FullName);
        }

        public async Task<Paged<HoursDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var query = db.Set<VolunteerHours>().AsNoTracking();
            if (request.MemberId is { } memberId)
            {
                query = query.Where(h => h.MemberId == memberId);
            }

            if (request.Approved is { } approved)
            {
                query = approved ? query.Where(h => h.ApprovedAt != null) : query.Where(h => h.ApprovedAt == null);
            }

            var page = await paging.ReadAsync(query.OrderByDescending(h => h.LoggedAt).ThenByDescending(h => h.Id)
                .Join(db.Set<Member>(), h => h.MemberId, m => m.Id, (h, m) => new { h, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName }), cancellationToken);
            return page.Select(r => HoursDto.From(r.h, $"{r.FirstName} {r.FatherName} {r.GrandfatherName} {r.FamilyName}"));
        }

        public async Task<HoursDto> Handle(Approve request, CancellationToken cancellationToken)
        {
            var entry = await db.Set<VolunteerHours>().FirstOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
                        ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such hours entry.");
            if (entry.IsApproved)
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "These hours are already approved.");
            }

            entry.Approve(request.Actor, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return HoursDto.From(entry);
        }
    }
}
