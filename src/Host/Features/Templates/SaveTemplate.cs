using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>
/// An admin rewords a template in both languages (PUT), or gives it back its shipped wording (DELETE). Notifications
/// sent and letters issued from now on use it; a letter already issued keeps the wording it was issued with.
/// </summary>
public static class SaveTemplate
{
    public sealed record Body(TemplateForm? Arabic, TemplateForm? English);

    public sealed record Command(string Key, Body Body, string Actor) : IRequest<TemplateDto>;

    public sealed record Reset(string Key) : IRequest<TemplateDto>;

    public sealed class Handler(AppDbContext db, IMediator mediator, TimeProvider clock, ILogger<Handler> logger)
        : IRequestHandler<Command, TemplateDto>, IRequestHandler<Reset, TemplateDto>
    {
        public async Task<TemplateDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var entry = TemplateProblems.Find(request.Key);
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            TemplateProblems.Check(entry, "arabic", request.Body.Arabic, errors);
            TemplateProblems.Check(entry, "english", request.Body.English, errors);
            if (errors.Count > 0)
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.",
                    TemplateProblems.Detail(errors), errors);
            }

            var saved = await db.Set<TemplateWording>().Where(w => w.Key == entry.Key).ToListAsync(cancellationToken);
            foreach (var (language, form) in new[] { (DisplayLanguage.Arabic, request.Body.Arabic!), (DisplayLanguage.English, request.Body.English!) })
            {
                var wording = saved.FirstOrDefault(w => w.Language == language);
                if (wording is null)
                {
                    wording = TemplateWording.For(entry.Key, language);
                    db.Add(wording);
                }

                wording.Change(form, clock.GetUtcNow(), request.Actor);
            }

            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Template {TemplateKey} reworded by {Actor}", entry.Key, request.Actor);
            return await mediator.Send(new GetTemplate.Query(entry.Key), cancellationToken);
        }

        public async Task<TemplateDto> Handle(Reset request, CancellationToken cancellationToken)
        {
            var entry = TemplateProblems.Find(request.Key);
            await db.Set<TemplateWording>().Where(w => w.Key == entry.Key).ExecuteDeleteAsync(cancellationToken);
            logger.LogInformation("Template {TemplateKey} back to its shipped wording", entry.Key);
            return await mediator.Send(new GetTemplate.Query(entry.Key), cancellationToken);
        }
    }
}
