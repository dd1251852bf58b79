using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// Step 2, missing information: the member's answers arrived (staff record them here; the portal will send the same).
/// The answers merge into the case's data, the optional comment becomes a note, and the <c>MemberReplied</c> event takes
/// the case back to verification — in one transaction. The SLA clock of the case's tasks, paused while it waited, restarts
/// (their deadlines move later by the wait). 409 when the case is not waiting for the member.
/// </summary>
public static class RecordMemberReply
{
    public sealed record Command(Guid CaseId, JsonObject? Data, string? Comment, int? ExpectedVersion, string Actor) : IRequest<Result>;

    public sealed record Result(CaseStatus Status, string? CurrentStep, int Version);

    public sealed class Handler(CaseWrites writes, IWorkflowRuntime runtime, IWorkflowTasks tasks, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, request.ExpectedVersion, cancellationToken);
            await writes.EnsureWaitingForAsync(serviceCase, CaseEvents.MemberReplied, cancellationToken);
            var data = CaseData.From(request.Data, "data");
            if (data.Count > 0)
            {
                serviceCase.SupplementData(data);
            }
            else
            {
                serviceCase.ResumeFromMember();
            }

            if (!string.IsNullOrWhiteSpace(request.Comment))
            {
                serviceCase.AddNote(request.Actor, request.Comment, clock.GetUtcNow());
            }

            await tasks.ResumeDeadlinesAsync(CaseWrites.InstanceOf(serviceCase), cancellationToken);
            await runtime.RaiseEventAsync(CaseWrites.InstanceOf(serviceCase), CaseEvents.MemberReplied, new JsonObject
            {
                ["data"] = request.Data?.DeepClone(),
                ["comment"] = request.Comment,
                ["recordedBy"] = request.Actor,
            }, cancellationToken);
            return new Result(serviceCase.Status, serviceCase.CurrentStage, writes.VersionOf(serviceCase));
        }
    }
}
