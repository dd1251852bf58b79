using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// A staff member completes a task of a case with one of its outcomes, the task's form data and an optional comment
/// (kept as a note). The engine checks the role (403), the outcome (400), the form — the committee's <c>reason</c> is
/// required for accept and reject alike (400) — and that the task is still open (409). The note, the case's changes and
/// the transition commit together.
/// </summary>
public static class CompleteCaseTask
{
    public sealed record Command(Guid CaseId, Guid TaskId, string? Outcome, JsonObject? Data, string? Comment, int? ExpectedVersion, WorkflowActor Actor)
        : IRequest<Result>;

    public sealed record Result(Guid CaseId, CaseStatus Status, ProcedureStep CurrentStep, int Version, WorkflowStatus WorkflowStatus, IReadOnlyList<Guid> OpenTaskIds);

    public sealed class Handler(AppDbContext db, CaseWrites writes, IWorkflowRuntime runtime, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(request.Outcome))
            {
                throw ProblemException.Validation("outcome", "Choose one of the task's outcomes.");
            }

            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, request.ExpectedVersion, cancellationToken);
            var instanceId = CaseWrites.InstanceOf(serviceCase);
            var task = await db.Set<Bookmark>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.TaskId && b.InstanceId == instanceId, cancellationToken);
            if (task is null || task.Kind != BookmarkKind.HumanTask)
            {
                throw CaseProblems.TaskNotFound(request.TaskId);
            }

            if (task.ConsumedAt is null && task.Assignee is { } claimer && !string.Equals(claimer, request.Actor.Id, StringComparison.OrdinalIgnoreCase)
                && task.Role is { } role && request.Actor.HasRole(role))
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "Another staff member has claimed this task.", $"The task is claimed by {claimer}.");
            }

            var data = request.Data?.DeepClone().AsObject() ?? [];
            if (!string.IsNullOrWhiteSpace(request.Comment))
            {
                serviceCase.AddNote(request.Actor.Id, request.Comment, clock.GetUtcNow());
                data["comment"] = request.Comment.Trim();
            }

            var snapshot = await runtime.ResumeAsync(instanceId, request.TaskId, request.Outcome.Trim(), data, request.Actor, cancellationToken);
            return new Result(serviceCase.Id, serviceCase.Status, serviceCase.CurrentStep, writes.VersionOf(serviceCase), snapshot.Status,
                [.. snapshot.Bookmarks.Where(b => b.Kind == BookmarkKind.HumanTask).Select(b => b.Id)]);
        }
    }
}
