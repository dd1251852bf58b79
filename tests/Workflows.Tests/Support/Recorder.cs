using System.Collections.Concurrent;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Workflows.Tests.Support;

/// <summary>What the engine sent and published, and how the test's domain handler answers.</summary>
public sealed class Recorder
{
    public ConcurrentQueue<object> Messages { get; } = new();
    public Func<DomainActionRequest, DomainActionResult> OnDomainAction { get; set; } = _ => DomainActionResult.Done;
    public Func<SendNotificationRequest, Unit> OnNotification { get; set; } = _ => Unit.Value;

    public IReadOnlyList<T> Of<T>() => Messages.OfType<T>().ToList();
}

public sealed class RecordingDomainActionHandler(Recorder recorder) : IRequestHandler<DomainActionRequest, DomainActionResult>
{
    public Task<DomainActionResult> Handle(DomainActionRequest request, CancellationToken cancellationToken)
    {
        recorder.Messages.Enqueue(request);
        return Task.FromResult(recorder.OnDomainAction(request));
    }
}

public sealed class RecordingNotificationRequestHandler(Recorder recorder) : IRequestHandler<SendNotificationRequest, Unit>
{
    public Task<Unit> Handle(SendNotificationRequest request, CancellationToken cancellationToken)
    {
        recorder.Messages.Enqueue(request);
        return Task.FromResult(recorder.OnNotification(request));
    }
}

public sealed class RecordingNotificationHandler(Recorder recorder) :
    INotificationHandler<DeadlineBreached>, INotificationHandler<WorkflowCompleted>,
    INotificationHandler<BookmarkCreated>, INotificationHandler<WorkflowFaulted>
{
    public Task Handle(DeadlineBreached notification, CancellationToken cancellationToken) => Record(notification);
    public Task Handle(WorkflowCompleted notification, CancellationToken cancellationToken) => Record(notification);
    public Task Handle(BookmarkCreated notification, CancellationToken cancellationToken) => Record(notification);
    public Task Handle(WorkflowFaulted notification, CancellationToken cancellationToken) => Record(notification);

    private Task Record(object notification)
    {
        recorder.Messages.Enqueue(notification);
        return Task.CompletedTask;
    }
}
