using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// Claims an open task for the user, or releases it back to the role's queue. The engine holds the rules: of two people
/// claiming at once one gets 409; a task is released by its claimer or a manager (403 otherwise).
/// </summary>
public static class ClaimTask
{
    public sealed record Command(Guid TaskId, bool Release, WorkflowActor User) : IRequest<Result>;

    public sealed record Result(Guid TaskId, string? ClaimedBy);

    public sealed class Handler(IWorkflowTasks tasks) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var task = request.Release
                ? await tasks.ReleaseAsync(request.TaskId, request.User, cancellationToken)
                : await tasks.ClaimAsync(request.TaskId, request.User, cancellationToken);
            return new Result(task.Id, task.ClaimedBy);
        }
    }
}
