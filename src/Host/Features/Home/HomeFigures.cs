using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Tasks;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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

    /// <summary>The most pending decisions listed on a committee member's home (the inbox has the rest).</summary>
    public const int MaxDecisions = 20;

    public sealed class Handler(IMediator mediator, AppDbContext db, IIncidentService incidents, IWorkflowTasks engineTasks, TimeProvider clock,
        IOptions<CaseOptions> options) : IRequestHandler<Query, Figures>
    {
        public async Task<Figures> Handle(Query request, CancellationToken cancellationToken)
        {
            var roles = request.User.Roles;
            bool Has(params string[] any) => any.Any(r => roles.Contains(r, StringComparer.Ordinal));
            var cases = db.Set<ServiceCase>().AsNoTracking();

            WorkFigures? work = null;
            var workRoles = roles.Where(r => r != Roles.CommitteeMember && Roles.Staff.Contains(r)).ToList();
            if (Has(Roles.MemberRelationsOfficer, Roles.SocialResearcher, Roles.Manager, Roles.Admin) && workRoles.Count > 0)
            {
                // Counted by the database: every open task of the person's roles, and those due within the window.
                var all = await engineTasks.CountAsync(new TaskQuery { Roles = workRoles }, cancellationToken);
                var due = await engineTasks.CountAsync(
                    new TaskQuery { Roles = workRoles, DueBefore = clock.GetUtcNow() + options.Value.DueSoonWindow }, cancellationToken);
                work = new WorkFigures(all.Sum(c => c.Breached + c.NotBreached), all.Sum(c => c.Breached), due.Sum(c => c.NotBreached),
                    await cases.CountAsync(c => c.Status == CaseStatus.AwaitingMember, cancellationToken));
            }

            IReadOnlyList<PendingDecision>? decisions = null;
            if (Has(Roles.CommitteeMember))
            {
                var inbox = await mediator.Send(new ListInbox.Query(request.User with { Roles = [Roles.CommitteeMember] }, PageSize: MaxDecisions),
                    cancellationToken);
                decisions = [.. inbox.Items.Select(i => new PendingDecision(i.CaseId, i.CaseReference, i.MemberName, i.DueAt, i.Breached, i.DueSoon))];
            }

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
