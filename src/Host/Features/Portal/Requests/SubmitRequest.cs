using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Requests;

/// <summary>
/// A member asks for a service from the portal: the answers are checked against the service's checklist (every required
/// field, no field the service does not ask for), then the case opens through <see cref="OpenCase"/> with channel
/// <see cref="Channel.Website"/> and lands in the staff inbox at step 1. Documents follow as attachments.
/// </summary>
public static class SubmitRequest
{
    public sealed record Command(Guid MemberId, string? ServiceType, JsonObject? Data, WorkflowActor Actor) : IRequest<OpenCase.OpenedCase>;

    public sealed class Handler(AppDbContext db, IMediator mediator) : IRequestHandler<Command, OpenCase.OpenedCase>
    {
        public async Task<OpenCase.OpenedCase> Handle(Command request, CancellationToken cancellationToken)
        {
            var code = request.ServiceType?.Trim();
            var service = string.IsNullOrEmpty(code) ? null
                : await db.Set<ServiceType>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code && s.IsActive, cancellationToken);
            if (service is null)
            {
                throw ProblemException.Validation("serviceType", "اختر خدمة متاحة. / Choose an available service.");
            }

            var data = request.Data ?? [];
            var errors = new Dictionary<string, string[]>();
            foreach (var key in data.Select(p => p.Key).Where(k => service.Fields.All(f => f.Key != k)))
            {
                errors[$"data.{key}"] = [$"«{key}» ليس من حقول هذه الخدمة. / '{key}' is not a field of this service."];
            }

            foreach (var field in service.Fields.Where(f => f.IsRequired && string.IsNullOrWhiteSpace(data[f.Key]?.ToString())))
            {
                errors[$"data.{field.Key}"] = [$"«{field.LabelAr}» مطلوب. / “{field.LabelEn}” is required."];
            }

            if (errors.Count > 0)
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", null, errors);
            }

            return await mediator.Send(new OpenCase.Command(request.MemberId, null, service.Code, nameof(Channel.Website), data, request.Actor), cancellationToken);
        }
    }
}
