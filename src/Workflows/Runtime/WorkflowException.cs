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

/// <summary>
/// Base of the engine's expected failures; <see cref="Kind"/> tells the host which status to return, <see cref="Code"/>
/// is stable for clients to branch on, and the message comes in English (<see cref="Exception.Message"/>) and Arabic
/// (<see cref="MessageAr"/>) for the people who read it.
/// </summary>
public abstract class WorkflowException : Exception
{
    /// <summary>A failure with an English message only (the Arabic falls back to the kind's general text).</summary>
    protected WorkflowException(WorkflowErrorKind kind, string message) : this(kind, "workflow." + kind.ToString().ToLowerInvariant(), message, null)
    {
    }

    /// <summary>A failure with its stable code and both texts.</summary>
    protected WorkflowException(WorkflowErrorKind kind, string code, string message, string? messageAr) : base(message)
    {
        Kind = kind;
        Code = code;
        MessageAr = messageAr ?? kind switch
        {
            WorkflowErrorKind.NotFound => "لم يُعثر على المطلوب في سير العمل.",
            WorkflowErrorKind.Conflict => "تغيّرت حالة سير العمل؛ أعد التحميل ثم حاول مرة أخرى.",
            WorkflowErrorKind.Forbidden => "ليست لديك صلاحية هذا الإجراء في سير العمل.",
            _ => "الطلب غير صالح لسير العمل.",
        };
    }

    /// <summary>The HTTP-like class of the failure.</summary>
    public WorkflowErrorKind Kind { get; }

    /// <summary>A stable error code, e.g. <c>workflow.task-claimed</c>.</summary>
    public string Code { get; }

    /// <summary>The message in Arabic.</summary>
    public string MessageAr { get; }
}

/// <summary>404: no such instance, bookmark, definition, version or incident.</summary>
public sealed class WorkflowNotFoundException(string message)
    : WorkflowException(WorkflowErrorKind.NotFound, "workflow.not-found", message, "لم يُعثر على المطلوب في سير العمل.");

/// <summary>409: the bookmark was already consumed (e.g. a second resume).</summary>
public sealed class BookmarkConsumedException(Guid bookmarkId)
    : WorkflowException(WorkflowErrorKind.Conflict, "workflow.task-completed", $"Bookmark {bookmarkId} has already been consumed.",
        "أُنجزت هذه المهمة أو انتهى هذا الانتظار من قبل.")
{
    /// <summary>The consumed bookmark.</summary>
    public Guid BookmarkId { get; } = bookmarkId;
}

/// <summary>409: another transition of the same instance committed first; reload and retry.</summary>
public sealed class WorkflowConcurrencyException(Guid instanceId, Exception inner)
    : WorkflowException(WorkflowErrorKind.Conflict, "workflow.concurrency", $"Workflow instance {instanceId} was changed concurrently.",
        "غيّر شخص آخر سير العمل في الوقت نفسه؛ أعد التحميل ثم حاول مرة أخرى.")
{
    /// <summary>The instance.</summary>
    public Guid InstanceId { get; } = instanceId;
    /// <summary>The EF Core exception.</summary>
    public Exception Cause { get; } = inner;
}

/// <summary>409: the instance or incident is in a state that does not allow the operation.</summary>
public sealed class WorkflowStateException(string message)
    : WorkflowException(WorkflowErrorKind.Conflict, "workflow.state", message, "لا تسمح حالة سير العمل الحالية بهذا الإجراء.");

/// <summary>400: the outcome is not declared by the waiting activity.</summary>
public sealed class UndeclaredOutcomeException(string outcome, IReadOnlyList<string> declared)
    : WorkflowException(WorkflowErrorKind.Invalid, "workflow.undeclared-outcome",
        $"Outcome '{outcome}' is not declared; expected one of: {string.Join(", ", declared)}.",
        $"النتيجة «{outcome}» ليست من نتائج هذه المهمة؛ اختر إحدى: {string.Join("، ", declared)}.")
{
    /// <summary>The rejected outcome.</summary>
    public string Outcome { get; } = outcome;
    /// <summary>The outcomes the activity declares.</summary>
    public IReadOnlyList<string> DeclaredOutcomes { get; } = declared;
}

/// <summary>400: resume data does not satisfy the task's form (missing required field, wrong type).</summary>
public sealed class InvalidResumeDataException(string field, string message, string? messageAr = null)
    : WorkflowException(WorkflowErrorKind.Invalid, "workflow.invalid-form", message, messageAr ?? $"الحقل «{field}» مطلوب أو قيمته غير صالحة.")
{
    /// <summary>The form field at fault.</summary>
    public string Field { get; } = field;
}

/// <summary>403: the actor does not hold the role the human task requires.</summary>
public sealed class ActorLacksRoleException(string actor, string role)
    : WorkflowException(WorkflowErrorKind.Forbidden, "workflow.role-required", $"'{actor}' does not hold the role '{role}' this task requires.",
        $"هذه المهمة لدور آخر ({role})؛ ليست لديك صلاحيتها.")
{
    /// <summary>The required role.</summary>
    public string Role { get; } = role;
}

/// <summary>409: another person claimed the task; only they (or, to release it, a supervisor) may act on it.</summary>
public sealed class TaskClaimedException(Guid taskId, string claimedBy)
    : WorkflowException(WorkflowErrorKind.Conflict, "workflow.task-claimed", $"Task {taskId} is claimed by {claimedBy}.",
        $"استلم زميل آخر هذه المهمة ({claimedBy}).")
{
    /// <summary>Who holds the claim.</summary>
    public string ClaimedBy { get; } = claimedBy;
}

/// <summary>403: only the person who claimed a task, or a supervisor, may release it.</summary>
public sealed class TaskReleaseForbiddenException(Guid taskId, string claimedBy)
    : WorkflowException(WorkflowErrorKind.Forbidden, "workflow.release-forbidden",
        $"Task {taskId} is claimed by {claimedBy}: only they or a supervisor can release it.",
        $"لا يعيد المهمة إلى قائمة الدور إلا من استلمها ({claimedBy}) أو المدير.")
{
    /// <summary>Who holds the claim.</summary>
    public string ClaimedBy { get; } = claimedBy;
}

/// <summary>
/// 403: a WaitForEvent bookmark waits for something outside the engine (a member's signature, a reply): only raising its
/// event resumes it, never a direct resume, whatever the actor's roles.
/// </summary>
public sealed class EventWaitNotResumableException(Guid bookmarkId, string? eventName)
    : WorkflowException(WorkflowErrorKind.Forbidden, "workflow.event-wait",
        $"Bookmark {bookmarkId} waits for the event '{eventName}'; only that event resumes it (through the operation that raises it), not a direct resume.",
        $"هذا الانتظار («{eventName}») لا يُستأنف يدويًا؛ يستأنفه الحدث نفسه فقط عبر إجرائه (مثل توقيع العضو الإقرار أو ردّه).")
{
    /// <summary>The event the bookmark waits for.</summary>
    public string? EventName { get; } = eventName;
}

/// <summary>400: a definition failed validation; <see cref="Errors"/> lists every problem.</summary>
public sealed class WorkflowDefinitionInvalidException(IReadOnlyList<Definitions.DefinitionValidationError> errors)
    : WorkflowException(WorkflowErrorKind.Invalid, $"The workflow definition is invalid ({errors.Count} error(s)): "
        + string.Join("; ", errors.Take(5).Select(e => $"{e.Path}: {e.Message}")))
{
    /// <summary>All validation errors.</summary>
    public IReadOnlyList<Definitions.DefinitionValidationError> Errors { get; } = errors;
}

/// <summary>409: the person already voted on a task that takes several people's votes (<c>approvals</c>).</summary>
public sealed class TaskAlreadyVotedException(Guid taskId, string actor)
    : WorkflowException(WorkflowErrorKind.Conflict, "workflow.task-already-voted", $"{actor} has already voted on task {taskId}; another member must vote.",
        "سبق أن صوّتَّ على هذه المهمة؛ يلزم صوت عضو آخر.")
{
    /// <summary>The task.</summary>
    public Guid TaskId { get; } = taskId;
}
