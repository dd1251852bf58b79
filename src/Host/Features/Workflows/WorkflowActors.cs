using System.Security.Claims;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Host.Features.Workflows;

public static class WorkflowActors
{
    /// <summary>The signed-in user as the engine sees them: their name for the journal, their roles for task checks.</summary>
    public static WorkflowActor ToWorkflowActor(this ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "anonymous", [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
}
