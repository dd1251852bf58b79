namespace DomatAljandal.Workflows.Runtime;

/// <summary>How a <see cref="WorkflowException"/> maps to HTTP.</summary>
public enum WorkflowErrorKind
{
    /// <summary>404.</summary>
    NotFound,
    /// <summary>409.</summary>
    Conflict,
    /// <summary>400.</summary>
    Invalid,
    /// <summary>403.</summary>
    Forbidden,
}

/// <summary>Base of the engine's expected failures; <see cref="Kind"/> tells the host which status to return.</summary>
public abstract class WorkflowException(WorkflowErrorKind kind, string message) : Exception(message)
{
    /// <summary>The HTTP-like class of the failure.</summary>
    public WorkflowErrorKind Kind { get; } = kind;
}

/// <summary>404: no such instance, bookmark, definition, version or incident.</summary>
public sealed class WorkflowNotFoundException(string message) : WorkflowException(WorkflowErrorKind.NotFound, message);

/// <summary>409: the bookmark was already consumed (e.g. a second resume).</summary>
public sealed class BookmarkConsumedException(Guid bookmarkId)
    : WorkflowException(WorkflowErrorKind.Conflict, $"Bookmark {bookmarkId} has already been consumed.")
{
    /// <summary>The consumed bookmark.</summary>
    public Guid BookmarkId { get; } = bookmarkId;
}

/// <summary>409: another transition of the same instance committed first; reload and retry.</summary>
public sealed class WorkflowConcurrencyException(Guid instanceId, Exception inner)
    : WorkflowException(WorkflowErrorKind.Conflict, $"Workflow instance {instanceId} was changed concurrently.")
{
    /// <summary>The instance.</summary>
    public Guid InstanceId { get; } = instanceId;
    /// <summary>The EF Core exception.</summary>
    public Exception Cause { get; } = inner;
}

/// <summary>409: the instance or incident is in a state that does not allow the operation.</summary>
public sealed class WorkflowStateException(string message) : WorkflowException(WorkflowErrorKind.Conflict, message);

/// <summary>400: the outcome is not declared by the waiting activity.</summary>
public sealed class UndeclaredOutcomeException(string outcome, IReadOnlyList<string> declared)
    : WorkflowException(WorkflowErrorKind.Invalid, $"Outcome '{outcome}' is not declared; expected one of: {string.Join(", ", declared)}.")
{
    /// <summary>The rejected outcome.</summary>
    public string Outcome { get; } = outcome;
    /// <summary>The outcomes the activity declares.</summary>
    public IReadOnlyList<string> DeclaredOutcomes { get; } = declared;
}

/// <summary>400: resume data does not satisfy the task's form (missing required field, wrong type).</summary>
public sealed class InvalidResumeDataException(string field, string message)
    : WorkflowException(WorkflowErrorKind.Invalid, message)
{
    /// <summary>The form field at fault.</summary>
    public string Field { get; } = field;
}

/// <summary>403: the actor does not hold the role the human task requires.</summary>
public sealed class ActorLacksRoleException(string actor, string role)
    : WorkflowException(WorkflowErrorKind.Forbidden, $"'{actor}' does not hold the role '{role}' this task requires.")
{
    /// <summary>The required role.</summary>
    public string Role { get; } = role;
}

/// <summary>400: a definition failed validation; <see cref="Errors"/> lists every problem.</summary>
public sealed class WorkflowDefinitionInvalidException(IReadOnlyList<Definitions.DefinitionValidationError> errors)
    : WorkflowException(WorkflowErrorKind.Invalid, $"The workflow definition is invalid ({errors.Count} error(s)): "
        + string.Join("; ", errors.Take(5).Select(e => $"{e.Path}: {e.Message}")))
{
    /// <summary>All validation errors.</summary>
    public IReadOnlyList<Definitions.DefinitionValidationError> Errors { get; } = errors;
}
