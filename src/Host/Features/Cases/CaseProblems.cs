using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>The problems the case slices answer with, worded once.</summary>
internal static class CaseProblems
{
    public static ProblemException NotFound(Guid caseId) =>
        new(StatusCodes.Status404NotFound, "No such case.", $"There is no case {caseId}.");

    public static ProblemException TaskNotFound(Guid taskId) =>
        new(StatusCodes.Status404NotFound, "No such task on this case.", $"Task {taskId} does not belong to this case.");

    public static ProblemException NotWaitingFor(string eventName) =>
        new(StatusCodes.Status409Conflict, "The case is not at this point of its procedure.", $"The case is not waiting for {eventName}.");
}
