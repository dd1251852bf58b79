using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Volunteering;

/// <summary>
/// Volunteering on the portal, for the signed-in member only: the open opportunities (with whether they joined and the
/// places left), signing up (which also records them as a volunteer of the society), and their own logged hours.
/// </summary>
public static class MemberVolunteering
{
    public sealed record OpenOpportunities(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<OpenOpportunity>>;

    public sealed record OpenOpportunity(Guid Id, string TitleAr, string TitleEn, string Description, string? Location, DateOnly StartsOn, DateOnly? EndsOn,
        int? PlacesLeft, bool SignedUp);

    public sealed record SignUp(Guid MemberId, Guid OpportunityId) : IRequest<OpenOpportunity>;

    public sealed record MyHours(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<HoursSummary>;

    /// <summary>The member's approved and pending totals (over all their hours) and one page of the entries, newest first.</summary>
    public sealed record HoursSummary(decimal ApprovedHours, decimal PendingHours, Paged<HoursEntry> Entries);

    public sealed record HoursEntry(Guid Id, DateOnly WorkedOn, decimal Hours, string Description, string? OpportunityTitleAr, string? OpportunityTitleEn, bool Approved);

    public sealed class Handler(AppDbContext db, TimeProvider clock) :
        IRequestHandler<OpenOpportunities, Paged<OpenOpportunity>>,
        IRequestHandler<SignUp, OpenOpportunity>,
        IRequestHandler<MyHours, HoursSummary>
    {
        public async Task<Paged<OpenOpportunity>> Handle(OpenOpportunities request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var open = await paging.ReadAsync(db.Set<VolunteerOpportunity>().AsNoTracking().Where(o => o.IsOpen).OrderBy(o => o.StartsOn).ThenBy(o => o.Id),
                cancellationToken);
            var ids = open.Items.Select(o => o.Id).ToList();
            var counts = await Opportunities.SignUpCountsAsync(db, ids, cancellationToken);
            var mine = (await db.Set<VolunteerSignup>().AsNoTracking().Where(s => s.MemberId == request.MemberId && ids.Contains(s.OpportunityId))
                .Select(s => s.OpportunityId).ToListAsync(cancellationToken)).ToHashSet();
            return open.Select(o => View(o, counts.GetValueOrDefault(o.Id), mine.Contains(o.Id)));
        }

        public async Task<OpenOpportunity> Handle(SignUp request, CancellationToken cancellationToken)
        {
            var opportunity = await db.Set<VolunteerOpportunity>().AsNoTracking()
                                  .FirstOrDefaultAsync(o => o.Id == request.OpportunityId && o.IsOpen, cancellationToken)
                              ?? throw PortalProblems.NotFound();
            if (await db.Set<VolunteerSignup>().AnyAsync(s => s.OpportunityId == opportunity.Id && s.MemberId == request.MemberId, cancellationToken))
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "You have already signed up.", "سجلت في هذه الفرصة مسبقًا. / You have already signed up for this opportunity.");
            }

            var signedUp = await db.Set<VolunteerSignup>().CountAsync(s => s.OpportunityId == opportunity.Id, cancellationToken);
            if (!opportunity.HasRoomFor(signedUp))
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "The opportunity is full.", "اكتمل العدد المطلوب لهذه الفرصة. / This opportunity is full.");
            }

            var member = await db.Set<Member>().FirstAsync(m => m.Id == request.MemberId, cancellationToken);
            member.GrantRoles(MemberRoles.Volunteer);
            db.Add(VolunteerSignup.For(opportunity.Id, member.Id, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "You have already signed up.", ex.InnerException?.Message);
            }

            return View(opportunity, signedUp + 1, true);
        }

        public async Task<HoursSummary> Handle(MyHours request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var mine = db.Set<VolunteerHours>().AsNoTracking().Where(h => h.MemberId == request.MemberId);
            var entries = await paging.ReadAsync(mine.OrderByDescending(h => h.WorkedOn).ThenByDescending(h => h.Id), cancellationToken);
            // Totals over every entry, summed in the database (decimal hours: summed as the provider's decimal, not as text).
            var totals = await mine.GroupBy(h => h.ApprovedAt != null).Select(g => new { Approved = g.Key, Hours = g.Sum(h => (double)h.Hours) })
                .ToListAsync(cancellationToken);
            var ids = entries.Items.Where(e => e.OpportunityId != null).Select(e => e.OpportunityId!.Value).Distinct().ToList();
            var titles = await db.Set<VolunteerOpportunity>().AsNoTracking().Where(o => ids.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => (o.TitleAr, o.TitleEn), cancellationToken);
            return new HoursSummary(
                (decimal)totals.Where(t => t.Approved).Sum(t => t.Hours),
                (decimal)totals.Where(t => !t.Approved).Sum(t => t.Hours),
                entries.Select(e =>
                {
                    var title = e.OpportunityId is { } id && titles.TryGetValue(id, out var t) ? t : ((string?)null, (string?)null);
                    return new HoursEntry(e.Id, e.WorkedOn, e.Hours, e.Description, title.Item1, title.Item2, e.IsApproved);
                }));
        }

        private static OpenOpportunity View(VolunteerOpportunity o, int signedUp, bool mine) =>
            new(o.Id, o.TitleAr, o.TitleEn, o.Description, o.Location, o.StartsOn, o.EndsOn, o.Slots == 0 ? null : Math.Max(0, o.Slots - signedUp), mine);
    }
}
