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
    public sealed record OpenOpportunities(Guid MemberId) : IRequest<IReadOnlyList<OpenOpportunity>>;

    public sealed record OpenOpportunity(Guid Id, string TitleAr, string TitleEn, string Description, string? Location, DateOnly StartsOn, DateOnly? EndsOn,
        int? PlacesLeft, bool SignedUp);

    public sealed record SignUp(Guid MemberId, Guid OpportunityId) : IRequest<OpenOpportunity>;

    public sealed record MyHours(Guid MemberId) : IRequest<HoursSummary>;

    public sealed record HoursSummary(decimal ApprovedHours, decimal PendingHours, IReadOnlyList<HoursEntry> Entries);

    public sealed record HoursEntry(Guid Id, DateOnly WorkedOn, decimal Hours, string Description, string? OpportunityTitleAr, string? OpportunityTitleEn, bool Approved);

    public sealed class Handler(AppDbContext db, TimeProvider clock) :
        IRequestHandler<OpenOpportunities, IReadOnlyList<OpenOpportunity>>,
        IRequestHandler<SignUp, OpenOpportunity>,
        IRequestHandler<MyHours, HoursSummary>
    {
        public async Task<IReadOnlyList<OpenOpportunity>> Handle(OpenOpportunities request, CancellationToken cancellationToken)
        {
            var open = await db.Set<VolunteerOpportunity>().AsNoTracking().Where(o => o.IsOpen).OrderBy(o => o.StartsOn).ToListAsync(cancellationToken);
            var counts = await Opportunities.SignUpCountsAsync(db, cancellationToken);
            var mine = (await db.Set<VolunteerSignup>().AsNoTracking().Where(s => s.MemberId == request.MemberId).Select(s => s.OpportunityId)
                .ToListAsync(cancellationToken)).ToHashSet();
            return [.. open.Select(o => View(o, counts.GetValueOrDefault(o.Id), mine.Contains(o.Id)))];
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
            var entries = await db.Set<VolunteerHours>().AsNoTracking().Where(h => h.MemberId == request.MemberId)
                .OrderByDescending(h => h.WorkedOn).ToListAsync(cancellationToken);
            var ids = entries.Where(e => e.OpportunityId != null).Select(e => e.OpportunityId!.Value).Distinct().ToList();
            var titles = await db.Set<VolunteerOpportunity>().AsNoTracking().Where(o => ids.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => (o.TitleAr, o.TitleEn), cancellationToken);
            return new HoursSummary(
                entries.Where(e => e.IsApproved).Sum(e => e.Hours),
                entries.Where(e => !e.IsApproved).Sum(e => e.Hours),
                [.. entries.Select(e =>
                {
                    var title = e.OpportunityId is { } id && titles.TryGetValue(id, out var t) ? t : ((string?)null, (string?)null);
                    return new HoursEntry(e.Id, e.WorkedOn, e.Hours, e.Description, title.Item1, title.Item2, e.IsApproved);
                })]);
        }

        private static OpenOpportunity View(VolunteerOpportunity o, int signedUp, bool mine) =>
            new(o.Id, o.TitleAr, o.TitleEn, o.Description, o.Location, o.StartsOn, o.EndsOn, o.Slots == 0 ? null : Math.Max(0, o.Slots - signedUp), mine);
    }
}
