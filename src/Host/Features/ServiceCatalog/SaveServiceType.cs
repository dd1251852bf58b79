using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Definitions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.ServiceCatalog;

/// <summary>
/// An admin adds a service (POST) or changes one (PUT, by code): names, the checklist (fields and documents, replaced
/// whole), the workflow and whether new requests may be opened. The workflow must exist in the engine.
/// </summary>
public static class SaveServiceType
{
    public sealed record Command(string? ExistingCode, Body Body) : IRequest<ServiceTypeDto>;

    public sealed record Body(
        string? Code,
        string? NameAr,
        string? NameEn,
        string? WorkflowDefinitionId,
        bool IsActive,
        IReadOnlyList<ServiceFieldDto>? Fields,
        IReadOnlyList<RequiredDocumentDto>? Documents);

    public sealed class Handler(AppDbContext db, IWorkflowDefinitionStore workflows) : IRequestHandler<Command, ServiceTypeDto>
    {
        public async Task<ServiceTypeDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var body = request.Body;
            ServiceType serviceType;
            if (request.ExistingCode is { } code)
            {
                serviceType = await db.Set<ServiceType>().FirstOrDefaultAsync(s => s.Code == code, cancellationToken)
                              ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such service type.", $"There is no service type '{code}'.");
                if (body.Code is { Length: > 0 } renamed && renamed.Trim() != code)
                {
                    throw ProblemException.Validation("code", "A service's code does not change: cases refer to it.");
                }

                serviceType.Rename(body.NameAr!, body.NameEn!);
            }
            else
            {
                serviceType = ServiceType.Create(body.Code!, body.NameAr!, body.NameEn!);
                if (await db.Set<ServiceType>().AnyAsync(s => s.Code == serviceType.Code, cancellationToken))
                {
                    throw new ProblemException(StatusCodes.Status409Conflict, "A service type with this code exists.", $"'{serviceType.Code}' is taken.",
                        new Dictionary<string, string[]> { ["code"] = [$"'{serviceType.Code}' is taken."] });
                }

                db.Add(serviceType);
            }

            var workflowId = string.IsNullOrWhiteSpace(body.WorkflowDefinitionId) ? null : body.WorkflowDefinitionId.Trim();
            if (workflowId is not null && (await workflows.GetVersionsAsync(workflowId, cancellationToken)).Count == 0)
            {
                throw ProblemException.Validation("workflowDefinitionId", $"There is no workflow definition '{workflowId}'.");
            }

            if (!body.IsActive)
            {
                serviceType.Deactivate();
            }

            serviceType.UseWorkflow(workflowId);
            ReplaceChecklist(serviceType, body);
            if (body.IsActive)
            {
                serviceType.Activate();
            }

            await db.SaveChangesAsync(cancellationToken);
            return ServiceTypeDto.From(serviceType);
        }

        private static void ReplaceChecklist(ServiceType serviceType, Body body)
        {
            foreach (var key in serviceType.Fields.Select(f => f.Key).ToList())
            {
                serviceType.RemoveField(key);
            }

            foreach (var key in serviceType.Documents.Select(d => d.Key).ToList())
            {
                serviceType.RemoveDocument(key);
            }

            var index = 0;
            foreach (var field in body.Fields ?? [])
            {
                Prefixed($"fields[{index++}]", () => serviceType.AddField(field.Key, field.LabelAr, field.LabelEn, field.Kind, field.Required));
            }

            index = 0;
            foreach (var document in body.Documents ?? [])
            {
                Prefixed($"documents[{index++}]", () => serviceType.AddDocument(document.Key, document.LabelAr, document.LabelEn));
            }
        }

        private static void Prefixed(string path, Action action)
        {
            try
            {
                action();
            }
            catch (DomainRuleException ex)
            {
                throw new DomainRuleException(ex.Field is "fields" or "documents" ? path : $"{path}.{ex.Field}", ex.MessageAr, ex.MessageEn);
            }
        }
    }
}
