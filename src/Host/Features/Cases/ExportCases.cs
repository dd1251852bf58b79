using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Cases.Pages;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// The case list with its filters as a workbook (<c>GET /api/cases?format=xlsx</c>): every matching case, newest first,
/// streamed from the database row by row. The export of members' names is audited.
/// </summary>
public static class ExportCases
{
    /// <summary>A bound on one export, far above the service's yearly volume.</summary>
    public const int MaxRows = 200_000;

    public sealed record Query(ListCases.Query Filters, bool Arabic) : IRequest<Sheet>;

    public sealed class Handler(AppDbContext db, IWorkflowTasks tasks, IWorkflowDefinitionStore store, ProcedureDefinitions definitions, AuditTrail audit)
        : IRequestHandler<Query, Sheet>
    {
        public async Task<Sheet> Handle(Query request, CancellationToken cancellationToken)
        {
            var filters = request.Filters;
            var query = await ListCases.FilteredAsync(db, tasks, filters, cancellationToken);
            var services = await db.Set<ServiceType>().AsNoTracking().ToDictionaryAsync(s => s.Code, cancellationToken);
            var stages = await StageNamesAsync(services.Values, cancellationToken);
            audit.Record(AuditAction.Exported, nameof(ServiceCase), "list", new
            {
                filters.Status, filters.Step, filters.Assignee, filters.Breached, filters.MemberId, filters.ServiceType, format = "xlsx",
            });
            await db.SaveChangesAsync(cancellationToken);

            var arabic = request.Arabic;
            var rows = query
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
                .Take(MaxRows)
                .Join(db.Set<Member>(), c => c.MemberId, m => m.Id, (c, m) => new
                {
                    c.Reference, c.Status, c.CurrentStage, c.Channel, c.ServiceTypeCode, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName,
                    m.NationalId, c.CreatedAt, c.ClosedAt, c.IsDeadlineBreached,
                })
                .AsAsyncEnumerable()
                .Select(r => (IReadOnlyList<object?>)
                [
                    r.Reference.Value,
                    arabic ? CaseStatusNames.Of(r.Status).Ar : CaseStatusNames.Of(r.Status).En,
                    r.CurrentStage is null ? null : stages.TryGetValue(r.CurrentStage, out var stage) ? (arabic ? stage.Ar : stage.En) : r.CurrentStage,
                    services.TryGetValue(r.ServiceTypeCode, out var service) ? (arabic ? service.NameAr : service.NameEn) : r.ServiceTypeCode,
                    arabic ? ChannelNames.Arabic(r.Channel) : ChannelNames.English(r.Channel),
                    $"{r.FirstName} {r.FatherName} {r.GrandfatherName} {r.FamilyName}",
                    r.NationalId,
                    r.CreatedAt,
                    r.ClosedAt,
                    r.IsDeadlineBreached,
                ]);
            return new Sheet("الطلبات", "Cases",
            [
                new("رقم الطلب", "Reference"), new("الحالة", "Status", Width: 20), new("المرحلة", "Stage", Width: 24),
                new("الخدمة", "Service", Width: 24), new("القناة", "Channel", Width: 22), new("العضو", "Member", Width: 32),
                new("رقم الهوية", "National ID", Width: 14), new("تاريخ الفتح", "Opened", CellKind.Instant),
                new("تاريخ الإغلاق", "Closed", CellKind.Instant), new("تجاوز المهلة", "Deadline breached", Width: 12),
            ], rows);
        }

        /// <summary>Stage names from the published procedure of each service (a stage id its current version no longer declares shows as its id).</summary>
        private async Task<Dictionary<string, LocalizedName>> StageNamesAsync(IEnumerable<ServiceType> services, CancellationToken cancellationToken)
        {
            var published = (await store.ListAsync(cancellationToken)).Where(d => d.PublishedVersion is not null)
                .ToDictionary(d => d.DefinitionId, d => d.PublishedVersion!.Value);
            var names = new Dictionary<string, LocalizedName>(StringComparer.Ordinal);
            foreach (var workflow in services.Select(s => s.WorkflowDefinitionId).OfType<string>().Distinct())
            {
                if (!published.TryGetValue(workflow, out var version)) continue;
                var definition = await definitions.GetAsync(workflow, version, cancellationToken);
                foreach (var stage in definition?.Stages ?? [])
                {
                    names.TryAdd(stage.Id, ProcedureDefinitions.StageNameOf(definition, stage.Id));
                }
            }

            return names;
        }
    }
}
