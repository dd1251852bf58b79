using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using MediatR;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// The SLA view as a workbook (<c>GET /api/sla/breaches?format=xlsx</c>): every breached and due-soon task, read page by
/// page from <see cref="ListSlaBreaches"/> so it is ordered and counted the same way as the screen.
/// </summary>
public static class ExportSlaBreaches
{
    public sealed record Query(TimeSpan? DueSoonWindow, bool Arabic) : IRequest<Sheet>;

    public sealed class Handler(IMediator mediator) : IRequestHandler<Query, Sheet>
    {
        public Task<Sheet> Handle(Query request, CancellationToken cancellationToken) => Task.FromResult(new Sheet("المهل", "Deadlines",
        [
            new("رقم الطلب", "Reference"), new("المرحلة", "Stage", Width: 24), new("المهمة", "Task", Width: 28), new("الدور", "Role", Width: 22),
            new("المسؤول", "Assignee", Width: 26), new("أنشئت", "Created", CellKind.Instant), new("الموعد", "Due", CellKind.Instant),
            new("تجاوزت المهلة", "Breached", Width: 12), new("الانتظار (ساعات)", "Waiting (hours)", CellKind.Number, 14),
            new("التأخر (ساعات)", "Overdue (hours)", CellKind.Number, 14),
        ], RowsAsync(request, cancellationToken)));

        private async IAsyncEnumerable<IReadOnlyList<object?>> RowsAsync(Query request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var arabic = request.Arabic;
            for (var page = 1; ; page++)
            {
                var report = await mediator.Send(new ListSlaBreaches.Query(request.DueSoonWindow, page, PageRequest.MaxPageSize), cancellationToken);
                foreach (var item in report.Items.Items)
                {
                    var role = item.Role is null ? null : arabic ? Roles.DisplayName(item.Role).Ar : Roles.DisplayName(item.Role).En;
                    yield return
                    [
                        item.CaseReference, arabic ? item.StepNameAr : item.StepNameEn, arabic ? item.NameAr : item.NameEn, role, item.Assignee,
                        item.CreatedAt, item.DueAt, item.Breached, Math.Round(item.Waiting.TotalHours, 1), item.Overdue is { } late ? Math.Round(late.TotalHours, 1) : null,
                    ];
                }

                if (page * PageRequest.MaxPageSize >= report.Items.Total || report.Items.Items.Count == 0)
                {
                    yield break;
                }
            }
        }
    }
}
