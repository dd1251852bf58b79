using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// Claims an open task for the user (one conditional UPDATE, so two people clicking at once cannot both get it: the
/// loser gets 409), or releases it back to the role's queue (the claimer, or a manager).
/// </summary>
public static class ClaimTask
{
    public sealed record Command(Guid TaskId, bool Release, WorkflowActor User) : IRequest<Result>;

    public sealed record Result(Guid TaskId, string? ClaimedBy);

    public sealed class Handler(AppDbContext db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var task = await db.Set<Bookmark>().AsNoTracking()
                           .FirstOrDefaultAsync(b => b.Id == request.TaskId && b.Kind == BookmarkKind.HumanTask, cancellationToken)
                       ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such task.");
            if (task.ConsumedAt is not null)
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "The task is already completed.");
            }

            var me = request.User.Id;
            var isManager = request.User.HasRole(Roles.Manager) || request.User.HasRole(Roles.Admin);
            if (task.Role is { } role && !request.User.HasRole(role) && !(request.Release && isManager))
            {
                throw new ProblemException(StatusCodes.Status403Forbidden, "This task is for another role.", $"The task needs the role {role}.");
            }

            int changed;
            if (request.Release)
            {
                changed = await db.Set<Bookmark>()
                    .Where(b => b.Id == task.Id && b.ConsumedAt == null && (b.Assignee == me || (isManager && b.Assignee != null)))
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.Assignee, (string?)null), cancellationToken);
                if (changed == 0 && task.Assignee is not null)
                {
                    throw new ProblemException(StatusCodes.Status403Forbidden, "Only the person who claimed the task, or a manager, can release it.");
                }

                return new Result(task.Id, null);
            }

            changed = await db.Set<Bookmark>()
                .Where(b => b.Id == task.Id && b.ConsumedAt == null && (b.Assignee == null || b.Assignee == me))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Assignee, me), cancellationToken);
            if (changed == 0)
            {
                var holder = await db.Set<Bookmark>().AsNoTracking().Where(b => b.Id == task.Id).Select(b => new { b.Assignee, b.ConsumedAt }).FirstAsync(cancellationToken);
                throw new ProblemException(StatusCodes.Status409Conflict,
                    holder.ConsumedAt is not null ? "The task is already completed." : "Another staff member has claimed this task.",
                    holder.Assignee is null ? null : $"The task is claimed by {holder.Assignee}.");
            }

            return new Result(task.Id, me);
        }
    }
}
