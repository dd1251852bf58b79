using DomatAljandal.Host.Identity;
using MediatR;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>The outbox over HTTP, for admins.</summary>
public static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.Admin);
        group.MapGet("/outbox", async (OutboxMessageStatus? status, Guid? caseId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListOutboxMessages.Query(status, caseId, page, pageSize), ct)))
            .WithSummary("Outbox messages, newest first: status (Pending, Retrying, Sent, Dead), attempts and last error; paged.");
        return app;
    }
}
