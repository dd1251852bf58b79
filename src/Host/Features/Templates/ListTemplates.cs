using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>Every template, notifications first then letters, with whether an admin reworded it.</summary>
public static class ListTemplates
{
    public sealed record Query : IRequest<IReadOnlyList<TemplateSummaryDto>>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<TemplateSummaryDto>>
    {
        public async Task<IReadOnlyList<TemplateSummaryDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var saved = await db.Set<TemplateWording>().AsNoTracking().ToListAsync(cancellationToken);
            return [.. TemplateCatalog.All.Select(t =>
            {
                var last = saved.Where(w => w.Key == t.Key).OrderByDescending(w => w.UpdatedAt).FirstOrDefault();
                return new TemplateSummaryDto(t.Key, t.Kind, t.Name.Ar, t.Name.En, last is not null,
                    last is null ? null : StoredTimes.AsOffset(last.UpdatedAt), last?.UpdatedBy);
            })];
        }
    }
}
