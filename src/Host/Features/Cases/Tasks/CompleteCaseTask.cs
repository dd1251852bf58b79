using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// A staff member completes a task of a case with one of its outcomes, the task's form data and an optional comment
/// (kept as a note). The engine checks the role (403), the claim (409 when a colleague holds it), the outcome (400), the
/// form — the committee's <c>reason</c> is required for accept and reject alike (400) — and that the task is still open
/// (409). The note, the case's changes (the committee's decision is recorded as its task completes, see
/// <c>CaseTaskCompletedHandler</c>) and the transition commit together.
/// </summary>
public static class CompleteCaseTask
{
    public sealed record Command(Guid CaseId, Guid TaskId, string? Outcome, JsonObject? Data, string? Comment, int? ExpectedVersion, WorkflowActor Actor)
        : IRequest<Result>;

    /// <summary><see cref="CurrentStep"/> is the stage id the case stands in.</summary>
    public sealed record Result(Guid CaseId, CaseStatus Status, string? CurrentStep, int Version, WorkflowStatus WorkflowStatus, IReadOnlyList<Guid> OpenTaskIds);

    public sealed class Handler(AppDbContext db, CaseWrites writes, IWorkflowTasks tasks, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(request.Outcome))
            {
                throw ProblemException.Validation("outcome", "Choose one of the task's outcomes.");
            }

            // One transaction, so what a task's completion writes beside the engine (a membership number taken from its
            // series, see CaseFulfilmentHandler) commits with the transition or not at all.
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var result = await CompleteAsync(request, ct);
                await transaction.CommitAsync(ct);
                return result;
            }, cancellationToken);
        }

        private async Task<Result> CompleteAsync(Command request, CancellationToken cancellationToken)
        {
            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, request.ExpectedVersion, cancellationToken);
            var task = await tasks.GetAsync(request.TaskId, cancellationToken);
            if (task is null || task.InstanceId != CaseWrites.InstanceOf(serviceCase))
            {
                throw CaseProblems.TaskNotFound(request.TaskId);
            }

            var data = request.Data?.DeepClone().AsObject() ?? [];
            if (!string.IsNullOrWhiteSpace(request.Comment))
            {
                serviceCase.AddNote(request.Actor.Id, request.Comment, clock.GetUtcNow());
                data["comment"] = request.Comment.Trim();
            }

            var snapshot = await tasks.CompleteAsync(request.TaskId, request.Outcome!.Trim(), data, request.Actor, cancellationToken);
            return new Result(serviceCase.Id, serviceCase.Status, serviceCase.CurrentStage, writes.VersionOf(serviceCase), snapshot.Status,
                [.. snapshot.Bookmarks.Where(b => b.Kind == BookmarkKind.HumanTask).Select(b => b.Id)]);
        }
    }
}
