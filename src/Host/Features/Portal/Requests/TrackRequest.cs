using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Features.ServiceCatalog;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Requests;

/// <summary>
/// One of the member's requests as they follow it: the stages of its procedure (its own definition version) and where it stands, what is asked of them (with the
/// missing items the officer named), what they submitted and uploaded, the declaration, the decision and the letters.
/// While the committee decides, <c>expectedDecisionBy</c> is its task's deadline.
/// Staff-only parts of the case (notes, internal tasks, the journal, communications) are not shown.
/// </summary>
public static class TrackRequest
{
    public sealed record Query(Guid MemberId, Guid CaseId) : IRequest<TrackedRequest>, IMemberCaseRequest;

    public sealed record TrackedRequest(
        Guid Id,
        string Reference,
        ServiceTypeDto Service,
        CaseStatus Status,
        string StatusNameAr,
        string StatusNameEn,
        string? CurrentStep,
        IReadOnlyList<GetCase.StepDto> Steps,
        MemberAction? ActionNeeded,
        IReadOnlyDictionary<string, string> SubmittedData,
        IReadOnlyList<MyAttachment> Attachments,
        SignedDeclaration? Declaration,
        Decision? Decision,
        IReadOnlyList<LetterSummaryDto> Letters,
        GetCase.StatementDto? Delivery,
        GetCase.StatementDto? Withdrawal,
        DateTimeOffset CreatedAt,
        DateTimeOffset? ClosedAt)
    {
        /// <summary>While the committee's decision is pending: the deadline of its task (on the calendar the task counts).</summary>
        public DateTimeOffset? ExpectedDecisionBy { get; init; }
    }

    public sealed record MyAttachment(Guid Id, string FileName, string ContentType, long SizeBytes, string? DocumentKey, DateTimeOffset UploadedAt);

    public sealed record SignedDeclaration(string TextVersion, DeclarationMethod Method, DateTimeOffset SignedAt);

    public sealed record Decision(DecisionOutcome Outcome, string Reason, DateTimeOffset DecidedAt);

    public sealed class Handler(AppDbContext db, IWorkflowRuntime runtime, ProcedureDefinitions definitions) : IRequestHandler<Query, TrackedRequest>
    {
        public async Task<TrackedRequest> Handle(Query request, CancellationToken cancellationToken)
        {
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking()
                                  .FirstOrDefaultAsync(c => c.Id == request.CaseId && c.MemberId == request.MemberId, cancellationToken)
                              ?? throw PortalProblems.NotFound();
            var service = await db.Set<ServiceType>().AsNoTracking().FirstAsync(s => s.Code == serviceCase.ServiceTypeCode, cancellationToken);
            var letters = await db.Set<CaseLetter>().AsNoTracking().Where(l => l.CaseId == serviceCase.Id).OrderBy(l => l.IssuedAt).ToListAsync(cancellationToken);

            List<string> awaited = [];
            string? missingItems = null;
            IReadOnlyList<StageProgress>? stages = null;
            DateTimeOffset? expectedDecisionBy = null;
            if (Guid.TryParse(serviceCase.WorkflowInstanceId, out var instanceId))
            {
                var details = await runtime.GetAsync(instanceId, cancellationToken);
                awaited = [.. (details?.Instance.Bookmarks ?? []).Where(b => b.Kind == BookmarkKind.Event && b.EventName is not null).Select(b => b.EventName!)];
                stages = details?.Stages;
                if (serviceCase.Status == CaseStatus.InCommittee && serviceCase.Decision is null && details is not null)
                {
                    var definition = await definitions.GetAsync(details.Instance.DefinitionId, details.Instance.Version, cancellationToken);
                    expectedDecisionBy = details.Instance.Bookmarks
                        .Where(b => b.Kind == BookmarkKind.HumanTask && b.DueAt is not null
                                    && definition?.FindActivity(b.ActivityId)?.Stage == ServiceCase.CommitteeStage)
                        .Max(b => b.DueAt);
                }

                missingItems = serviceCase.RequestedNote;
                if (missingItems is null && serviceCase.RequestedItems.Count == 0 && awaited.Count > 0 && details?.Instance.Variables["missingItems"] is { } missing)
                {
                    missingItems = missing.GetValueKind() == System.Text.Json.JsonValueKind.String ? missing.GetValue<string>() : missing.ToJsonString();
                }
            }

            var status = PortalCaseView.StatusName(serviceCase);
            return new TrackedRequest(
                serviceCase.Id,
                serviceCase.Reference.Value,
                ServiceTypeDto.From(service),
                serviceCase.Status,
                status.Ar,
                status.En,
                serviceCase.CurrentStage,
                GetCase.StepDto.From(stages),
                PortalCaseView.ActionNeeded(serviceCase, awaited, missingItems, CaseRequestedItems.Of(service, serviceCase)),
                serviceCase.SubmittedData,
                [.. serviceCase.Attachments.OrderBy(a => a.UploadedAt).Select(a => new MyAttachment(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.DocumentKey, a.UploadedAt))],
                serviceCase.Declaration is { } d ? new SignedDeclaration(d.TextVersion, d.Method, d.SignedAt) : null,
                serviceCase.Decision is { } x ? new Decision(x.Outcome, x.Reason, x.DecidedAt) : null,
                [.. letters.Select(LetterSummaryDto.From)],
                GetCase.StatementDto.From(serviceCase.Delivery),
                GetCase.StatementDto.From(serviceCase.Withdrawal),
                serviceCase.CreatedAt,
                serviceCase.ClosedAt)
            {
                ExpectedDecisionBy = expectedDecisionBy,
            };
        }
    }
}
