namespace DomatAljandal.Workflows.Runtime;

/// <summary>What an instance waits for.</summary>
public enum BookmarkKind
{
    /// <summary>A person in a role resumes it with an outcome.</summary>
    HumanTask,
    /// <summary>A durable timer resumes it.</summary>
    Timer,
    /// <summary>A named event resumes it.</summary>
    Event,
}
