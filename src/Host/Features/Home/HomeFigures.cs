using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Tasks;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Home;

/// <summary>
/// What needs the signed-in person now, by their roles: an officer's tasks (breached, due soon) and cases waiting on
/// members; a committee member's pending decisions with their deadlines; a manager's figures of the day; an admin's
/// open incidents, outbox failures and pending portal registrations. A part the roles do not see is null.
/// </summary>
public static class HomeFigures
{
    public sealed record Query(WorkflowActor User) : IRequest<Figures>;

    public sealed record Figures(WorkFigures? Work, IReadOnlyList<PendingDecision>? Decisions, DayFigures? Day, AdminFigures? Admin);

    public sealed record WorkFigures(int Tasks, int Breached, int DueSoon, int AwaitingMember);

    public sealed record PendingDecision(Guid CaseId, string CaseReference, string MemberName, DateTimeOffset? DueAt, bool Breached, bool DueSoon);

    public sealed record DayFigures(int OpenedToday, int ClosedToday, int Open, int InCommittee);

    public sealed record AdminFigures(int OpenIncidents, int OutboxFailures, int PendingRegistrations);

    public sealed class Handler(IMediator mediator, AppDbContext db, IIncidentService incidents, TimeProvider clock) : IRequestHandler<Query, Figures>
    {
        public async Task<Figures> Handle(Query request, CancellationToken cancellationToken)
        {
            var roles = request.User.Roles;
            bool Has(params string[] any) => any.Any(r => roles.Contains(r, StringComparer.Ordinal));

            var inbox = Has([.. Roles.Staff]) ? await mediator.Send(new ListInbox.Query(request.User), cancellationToken) : [];
            var cases = db.Set<ServiceCase>().AsNoTracking();

            WorkFigures? work = null;
            if (Has(Roles.MemberRelationsOfficer, Roles.SocialResearcher, Roles.Manager, Roles.Admin))
            {
                var tasks = inbox.Where(i => i.Role != Roles.CommitteeMember).ToList();
                work = new WorkFigures(tasks.Count, tasks.Count(t => t.Breached), tasks.Count(t => t.DueSoon && !t.Breached),
                    await cases.CountAsync(c => c.Status == CaseStatus.AwaitingMember, cancellationToken));
            }

            IReadOnlyList<PendingDecision>? decisions = Has(Roles.CommitteeMember)
                ? [.. inbox.Where(i => i.Role == Roles.CommitteeMember)
                    .Select(i => new PendingDecision(i.CaseId, i.CaseReference, i.MemberName, i.DueAt, i.Breached, i.DueSoon))]
                : null;

            DayFigures? day = null;
            if (Has(Roles.Manager, Roles.Admin))
            {
                var now = clock.GetUtcNow();
                var startOfDay = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
                day = new DayFigures(
                    await cases.CountAsync(c => c.CreatedAt >= startOfDay, cancellationToken),
                    await cases.CountAsync(c => c.ClosedAt >= startOfDay, cancellationToken),
                    await cases.CountAsync(c => c.Status == CaseStatus.Open || c.Status == CaseStatus.AwaitingMember || c.Status == CaseStatus.InCommittee, cancellationToken),
                    await cases.CountAsync(c => c.Status == CaseStatus.InCommittee, cancellationToken));
            }

            AdminFigures? admin = null;
            if (Has(Roles.Admin))
            {
                admin = new AdminFigures(
                    (await incidents.ListAsync(IncidentStatus.Open, cancellationToken)).Count,
                    await db.Set<OutboxMessage>().AsNoTracking().CountAsync(m => m.DeadAt != null, cancellationToken),
                    await db.Set<PendingPortalRegistration>().AsNoTracking().CountAsync(r => r.Status == PendingRegistrationStatus.Pending, cancellationToken));
            }

            return new Figures(work, decisions, day, admin);
        }
    }
}
