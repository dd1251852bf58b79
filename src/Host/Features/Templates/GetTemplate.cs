using MediatR;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>One template for the editor: its wording in force and the shipped one in both languages, and its placeholders.</summary>
public static class GetTemplate
{
    public sealed record Query(string Key) : IRequest<TemplateDto>;

    public sealed class Handler(TemplateWordings wordings) : IRequestHandler<Query, TemplateDto>
    {
        public async Task<TemplateDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var entry = TemplateProblems.Find(request.Key);
            var (ar, en, arOverride, enOverride) = await wordings.FormsAsync(entry, cancellationToken);
            return new TemplateDto(entry.Key, entry.Kind, entry.Name.Ar, entry.Name.En, entry.Placeholders, ar, en,
                entry.DefaultArabic, entry.DefaultEnglish, arOverride is not null, enOverride is not null);
        }
    }
}
