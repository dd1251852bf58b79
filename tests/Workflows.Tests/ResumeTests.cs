using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Tests.Support;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

public sealed class ResumeTests : IAsyncLifetime
{
    private EngineHost _host = null!;
    private static readonly WorkflowActor Researcher = new("researcher", ["SocialResearchOfficer"]);

    public async Task InitializeAsync() => _host = await EngineHost.CreateAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Task<WorkflowInstanceSnapshot> StartTwoTasksAsync(EngineHost host) => host.PublishAndStartAsync(Flow.Define().Start("fork")
        .Activity("fork", "SetVariable", new { variable = "x", value = "1" })
        .HumanTask("a", "MemberRelationsOfficer", ["Ok"]).HumanTask("b", "MemberRelationsOfficer", ["Ok"])
        .HumanTask("after", "MemberRelationsOfficer", ["Ok"]).End("e")
        .Connect("fork", "Done", "a").Connect("fork", "Done", "b").Connect("a", "Ok", "after").Connect("b", "Ok", "after")
        .Connect("after", "Ok", "e"));

    private Task<WorkflowInstanceSnapshot> StartOneTaskAsync() => _host.PublishAndStartAsync(Flow.Define().Start("t")
        .HumanTask("t", "MemberRelationsOfficer", ["Approve", "Reject"]).End("e").End("r", "Rejected")
        .Connect("t", "Approve", "e").Connect("t", "Reject", "r"));

    [Fact]
    public async Task Resuming_a_consumed_bookmark_returns_409()
    {
        var started = await StartOneTaskAsync();
        await _host.ResumeAsync(started, "Approve");
        var again = await Assert.ThrowsAsync<BookmarkConsumedException>(() => _host.ResumeAsync(started, "Approve"));
        Assert.Equal(WorkflowErrorKind.Conflict, again.Kind);
    }

    [Fact]
    public async Task Starting_and_resuming_the_same_instance_twice_in_one_scope_works_and_leaves_no_engine_row_tracked()
    {
        await _host.PublishAsync(Flow.Define("two-steps").Start("a")
            .HumanTask("a", "MemberRelationsOfficer", ["Ok"]).HumanTask("b", "MemberRelationsOfficer", ["Ok"]).End("e")
            .Connect("a", "Ok", "b").Connect("b", "Ok", "e").Json());

        var finished = await _host.InScope(async sp =>
        {
            // One request (one DbContext) that starts an instance and moves it twice, as a host handler might.
            var runtime = sp.GetRequiredService<IWorkflowRuntime>();
            var started = await runtime.StartAsync("two-steps", null, EngineHost.Officer, default);
            var second = await runtime.ResumeAsync(started.InstanceId, started.Bookmarks.Single().Id, "Ok", null, EngineHost.Officer, default);
            var done = await runtime.ResumeAsync(started.InstanceId, second.Bookmarks.Single().Id, "Ok", null, EngineHost.Officer, default);
            Assert.Empty(sp.GetRequiredService<TestDbContext>().ChangeTracker.Entries());
            return done;
        });

        Assert.Equal(WorkflowStatus.Completed, finished.Status);
        var details = await _host.GetAsync(finished.InstanceId);
        Assert.Equal(["a", "b", "e"], details.Journal.Select(j => j.ActivityId));
    }

    [Fact]
    public async Task Resuming_with_an_undeclared_outcome_returns_400_and_changes_nothing()
    {
        var started = await StartOneTaskAsync();
        var error = await Assert.ThrowsAsync<UndeclaredOutcomeException>(() => _host.ResumeAsync(started, "Maybe"));
        Assert.Equal(WorkflowErrorKind.Invalid, error.Kind);
        Assert.Equal(["Approve", "Reject"], error.DeclaredOutcomes);
        Assert.Single((await _host.GetAsync(started.InstanceId)).Instance.Bookmarks);
    }

    [Fact]
    public async Task Resuming_without_the_tasks_role_returns_403()
    {
        var started = await StartOneTaskAsync();
        var error = await Assert.ThrowsAsync<ActorLacksRoleException>(() => _host.ResumeAsync(started, "Approve", actor: Researcher));
        Assert.Equal((WorkflowErrorKind.Forbidden, "MemberRelationsOfficer"), (error.Kind, error.Role));
    }

    [Fact]
    public async Task Resuming_an_unknown_bookmark_or_instance_returns_404()
    {
        var started = await StartOneTaskAsync();
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() =>
            _host.Runtime(r => r.ResumeAsync(started.InstanceId, Guid.NewGuid(), "Approve", null, EngineHost.Officer, default)));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() =>
            _host.Runtime(r => r.ResumeAsync(Guid.NewGuid(), Guid.NewGuid(), "Approve", null, EngineHost.Officer, default)));
    }

    [Fact]
    public async Task Concurrent_resumes_of_one_instance_are_serialized_and_the_loser_gets_409()
    {
        var pause = new Pause();
        await using var host = await EngineHost.CreateAsync(services: s =>
            s.AddSingleton(pause).AddTransient<INotificationHandler<BookmarkCreated>, PausingHandler>());
        var started = await StartTwoTasksAsync(host);
        var a = started.Bookmarks.Single(b => b.ActivityId == "a");
        var b = started.Bookmarks.Single(b => b.ActivityId == "b");

        // The first request has loaded the instance and run its activities when the second one commits.
        pause.Arm();
        var first = host.Runtime(r => r.ResumeAsync(started.InstanceId, a.Id, "Ok", null, EngineHost.Officer, default));
        await pause.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await host.Runtime(r => r.ResumeAsync(started.InstanceId, b.Id, "Ok", null, EngineHost.Officer, default));
        pause.Release.SetResult();
        var conflict = await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => first);
        Assert.Equal(WorkflowErrorKind.Conflict, conflict.Kind);

        // Nothing of the loser was applied: a is still open, one "after" task exists.
        var details = await host.GetAsync(started.InstanceId);
        Assert.Equal(["a", "after"], details.Instance.Bookmarks.Select(x => x.ActivityId).Order());
        Assert.DoesNotContain(details.Journal, j => j.ActivityId == "a");

        // Retrying the loser on fresh state works.
        var retried = await host.Runtime(r => r.ResumeAsync(started.InstanceId, a.Id, "Ok", null, EngineHost.Officer, default));
        Assert.Equal(2, retried.Bookmarks.Count(x => x.ActivityId == "after"));
    }

    /// <summary>Holds the first unit of work that creates a bookmark after <see cref="Arm"/>, between its activities and its save.</summary>
    private sealed class Pause
    {
        private int _armed;
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public void Arm() => Interlocked.Exchange(ref _armed, 1);
        public bool Take() => Interlocked.Exchange(ref _armed, 0) == 1;
    }

    private sealed class PausingHandler(Pause pause) : INotificationHandler<BookmarkCreated>
    {
        public async Task Handle(BookmarkCreated notification, CancellationToken cancellationToken)
        {
            if (!pause.Take()) return;
            pause.Reached.SetResult();
            await pause.Release.Task;
        }
    }

    [Fact]
    public async Task A_resume_inside_the_hosts_transaction_commits_or_rolls_back_with_it()
    {
        var started = await StartOneTaskAsync();
        var bookmark = started.Bookmarks.Single();

        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(started.InstanceId, bookmark.Id, "Approve", null, EngineHost.Officer, default);
            await transaction.RollbackAsync();
            return 0;
        });
        Assert.Equal(WorkflowStatus.Running, (await _host.GetAsync(started.InstanceId)).Instance.Status);

        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(started.InstanceId, bookmark.Id, "Approve", null, EngineHost.Officer, default);
            await transaction.CommitAsync();
            return 0;
        });
        Assert.Equal(WorkflowStatus.Completed, (await _host.GetAsync(started.InstanceId)).Instance.Status);
    }

    [Fact]
    public async Task Cancelling_an_instance_closes_its_tasks_and_further_resumes_are_refused()
    {
        var started = await StartOneTaskAsync();
        var cancelled = await _host.Runtime(r => r.CancelAsync(started.InstanceId, EngineHost.Admin, "Duplicate request", default));
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Empty(cancelled.Bookmarks);
        await Assert.ThrowsAsync<BookmarkConsumedException>(() => _host.ResumeAsync(started, "Approve"));
        Assert.Contains((await _host.GetAsync(started.InstanceId)).Journal, j => j.Outcome == "Cancelled" && j.Actor == "admin");
    }
}
