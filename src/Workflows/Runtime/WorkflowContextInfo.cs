namespace DomatAljandal.Workflows.Runtime;

/// <summary>The workflow context handed to MediatR handlers of domain actions and notifications.</summary>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="Version">Its pinned version.</param>
/// <param name="ActivityId">The executing activity.</param>
/// <param name="Actor">Who caused this execution (null when the scheduler did).</param>
/// <param name="Variables">A copy of the instance's variables.</param>
/// <param name="ResumedBookmarkId">The bookmark whose resumption in this unit of work led here (null at start or on an incident retry).</param>
public sealed record WorkflowContextInfo(
    Guid InstanceId, string DefinitionId, int Version, string ActivityId, string? Actor,
    IReadOnlyDictionary<string, object?> Variables, Guid? ResumedBookmarkId = null);
