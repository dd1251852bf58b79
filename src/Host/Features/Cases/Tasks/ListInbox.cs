using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// صندوق المهام — the open tasks of the roles the user holds: the ones they claimed and their roles' queue (unclaimed,
/// or claimed by a colleague, shown with who). Sorted by due date (or by age) in the database, with breached and due-soon flags; paged.
/// </summary>
public static class ListInbox
{
    public sealed record Query(WorkflowActor User, bool MineOnly = false, string Sort = "due", int? Page = null, int? PageSize = null) : IRequest<Paged<InboxItem>>;

    public sealed record InboxItem(
        Guid TaskId,
        Guid CaseId,
        string CaseReference,
        string ServiceType,
        string MemberName,
        string ActivityId,
        string NameAr,
        string NameEn,
        string? Role,
        IReadOnlyList<string> Outcomes,
        IReadOnlyList<OutcomeDto> OutcomeChoices,
        string? StageId,
        string? StageNameAr,
        string? StageNameEn,
        DateTimeOffset CreatedAt,
        DateTimeOffset? DueAt,
        bool Breached,
        bool DueSoon,
        string? ClaimedBy,
        bool ClaimedByMe,
        TimeSpan Waiting);

    public sealed class Handler(OpenTasks tasks, TimeProvider clock, IOptions<CaseOptions> options) : IRequestHandler<Query, Paged<InboxItem>>
    {
        public async Task<Paged<InboxItem>> Handle(Query request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            if (request.Sort is not ("due" or "created"))
            {
                throw ProblemException.Validation("sort", "sort is due or created.");
            }

            var roles = request.User.Roles.ToList();
            var me = request.User.Id;
            var now = clock.GetUtcNow();
            var rows = await tasks.PageAsync(
                new TaskQuery { Roles = roles, ClaimedBy = request.MineOnly ? me : null, Order = request.Sort == "created" ? TaskOrder.Created : TaskOrder.Due },
                paging, now, options.Value.DueSoonWindow, cancellationToken);

            return rows.Select(r => new InboxItem(r.Task.TaskId, r.CaseId, r.CaseReference, r.ServiceType, r.MemberName, r.Task.ActivityId,
                r.Task.NameAr, r.Task.NameEn, r.Task.Role, r.Task.Outcomes, r.Task.OutcomeChoices, r.Task.StageId, r.Task.StageNameAr, r.Task.StageNameEn,
                r.Task.CreatedAt, r.Task.DueAt, r.Task.Breached, r.Task.DueSoon,
                r.Task.ClaimedBy, string.Equals(r.Task.ClaimedBy, me, StringComparison.OrdinalIgnoreCase), now - r.Task.CreatedAt));
        }
    }
}
