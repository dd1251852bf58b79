using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Tasks;

/// <summary>Who may complete an open human task: the task's role, and nobody else while someone has claimed it.</summary>
internal static class TaskRules
{
    public static void EnsureMayComplete(Bookmark task, WorkflowActor actor)
    {
        if (task.Role is { } role && !actor.HasRole(role)) throw new ActorLacksRoleException(actor.Id, role);
        if (task.Assignee is { } claimer && !string.Equals(claimer, actor.Id, StringComparison.OrdinalIgnoreCase))
            throw new TaskClaimedException(task.Id, claimer);
    }

    public static bool IsSupervisor(WorkflowActor actor, WorkflowEngineOptions options) => options.TaskSupervisorRoles.Any(actor.HasRole);
}
