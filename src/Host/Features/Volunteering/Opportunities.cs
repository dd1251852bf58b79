using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Volunteering;

/// <summary>Staff keep the volunteering opportunities: list (with sign-ups), create, change, open/close, and delete one nobody joined.</summary>
public static class Opportunities
{
    public sealed record List(bool OpenOnly = false, int? Page = null, int? PageSize = null) : IRequest<Paged<OpportunityDto>>;

    public sealed record Get(Guid Id) : IRequest<OpportunityDetails>;

    public sealed record Save(Guid? Id, string? TitleAr, string? TitleEn, string? Description, string? Location, DateOnly? StartsOn, DateOnly? EndsOn,
        int? Slots, bool? IsOpen, string Actor) : IRequest<OpportunityDto>;

    public sealed record Delete(Guid Id) : IRequest<Unit>;

    public sealed record OpportunityDto(Guid Id, string TitleAr, string TitleEn, string Description, string? Location, DateOnly StartsOn, DateOnly? EndsOn,
        int Slots, bool IsOpen, int SignedUp)
    {
        public static OpportunityDto From(VolunteerOpportunity o, int signedUp) =>
            new(o.Id, o.TitleAr, o.TitleEn, o.Description, o.Location, o.StartsOn, o.EndsOn, o.Slots, o.IsOpen, signedUp);
    }

    public sealed record OpportunityDetails(OpportunityDto Opportunity, IReadOnlyList<Volunteer> Volunteers);

    public sealed record Volunteer(Guid MemberId, string FullName, string Mobile, DateTimeOffset SignedUpAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock) :
        IRequestHandler<List, Paged<OpportunityDto>>,
        IRequestHandler<Get, OpportunityDetails>,
        IRequestHandler<Save, OpportunityDto>,
        IRequestHandler<Delete, Unit>
    {
        public async Task<Paged<OpportunityDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var query = db.Set<VolunteerOpportunity>().AsNoTracking();
            if (request.OpenOnly)
            {
                query = query.Where(o => o.IsOpen);
            }

            var page = await paging.ReadAsync(query.OrderByDescending(o => o.StartsOn).ThenBy(o => o.Id), cancellationToken);
            var counts = await SignUpCountsAsync(db, [.. page.Items.Select(o => o.Id)], cancellationToken);
            return page.Select(o => OpportunityDto.From(o, counts.GetValueOrDefault(o.Id)));
        }

        public async Task<OpportunityDetails> Handle(Get request, CancellationToken cancellationToken)
        {
            var opportunity = await FindAsync(request.Id, cancellationToken);
            var volunteers = await db.Set<VolunteerSignup>().AsNoTracking().Where(s => s.OpportunityId == request.Id)
                .Join(db.Set<Domain.Members.Member>(), s => s.MemberId, m => m.Id, (s, m) => new { s, m })
                .ToListAsync(cancellationToken);
            return new OpportunityDetails(OpportunityDto.From(opportunity, volunteers.Count),
                [.. volunteers.OrderBy(v => v.s.SignedUpAt).Select(v => new Volunteer(v.m.Id, v.m.FullName, v.m.Mobile, v.s.SignedUpAt))]);
        }

        public async Task<OpportunityDto> Handle(Save request, CancellationToken cancellationToken)
        {
            var startsOn = request.StartsOn ?? throw ProblemException.Validation("startsOn", "The start date is required.");
            VolunteerOpportunity opportunity;
            if (request.Id is { } id)
            {
                opportunity = await FindAsync(id, cancellationToken);
                opportunity.Update(request.TitleAr!, request.TitleEn!, request.Description!, request.Location, startsOn, request.EndsOn, request.Slots ?? 0,
                    request.IsOpen ?? opportunity.IsOpen);
            }
            else
            {
                opportunity = VolunteerOpportunity.Create(request.TitleAr!, request.TitleEn!, request.Description!, request.Location, startsOn, request.EndsOn,
                    request.Slots ?? 0, request.Actor, clock.GetUtcNow());
                db.Add(opportunity);
            }

            await db.SaveChangesAsync(cancellationToken);
            var signedUp = await db.Set<VolunteerSignup>().CountAsync(s => s.OpportunityId == opportunity.Id, cancellationToken);
            return OpportunityDto.From(opportunity, signedUp);
        }

        public async Task<Unit> Handle(Delete request, CancellationToken cancellationToken)
        {
            var opportunity = await FindAsync(request.Id, cancellationToken);
            if (await db.Set<VolunteerSignup>().AnyAsync(s => s.OpportunityId == request.Id, cancellationToken)
                || await db.Set<VolunteerHours>().AnyAsync(h => h.OpportunityId == request.Id, cancellationToken))
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "Members signed up for this opportunity; close it instead of deleting it.");
            }

            db.Remove(opportunity);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private async Task<VolunteerOpportunity> FindAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Set<VolunteerOpportunity>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such volunteering opportunity.");
    }

    /// <summary>How many signed up for each of these opportunities (one grouped count in the database).</summary>
    public static async Task<Dictionary<Guid, int>> SignUpCountsAsync(AppDbContext db, IReadOnlyCollection<Guid> opportunityIds, CancellationToken cancellationToken) =>
        await db.Set<VolunteerSignup>().Where(s => opportunityIds.Contains(s.OpportunityId)).GroupBy(s => s.OpportunityId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
