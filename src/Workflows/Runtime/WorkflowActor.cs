namespace DomatAljandal.Workflows.Runtime;

/// <summary>Who acts on an instance, with the roles used to check human-task resumes.</summary>
/// <param name="Id">User id or name recorded in the journal.</param>
/// <param name="Roles">The actor's roles.</param>
public sealed record WorkflowActor(string Id, IReadOnlyCollection<string> Roles)
{
    /// <summary>The engine itself (scheduler, timers).</summary>
    public static WorkflowActor System { get; } = new("system", []);

    /// <summary>Whether the actor holds the role (case-insensitive).</summary>
    public bool HasRole(string role) => Roles.Any(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
}
