using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

public sealed class ResumeTests : IAsyncLifetime
{
    private EngineHost _host = null!;
    private static readonly WorkflowActor Researcher = new("researcher", ["SocialResearchOfficer"]);

    public async Task InitializeAsync() => _host = await EngineHost.CreateAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<WorkflowInstanceSnapshot> StartTwoTasksAsync() => _host.PublishAndStartAsync(Flow.Define().Start("fork")
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
        var started = await StartTwoTasksAsync();
        var a = started.Bookmarks.Single(b => b.ActivityId == "a");
        var b = started.Bookmarks.Single(b => b.ActivityId == "b");

        // Both "requests" load the instance before either saves.
        await using var first = _host.Services.CreateAsyncScope();
        await using var second = _host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<TestDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<TestDbContext>();
        await firstDb.Set<WorkflowInstance>().SingleAsync(i => i.Id == started.InstanceId);
        await secondDb.Set<WorkflowInstance>().SingleAsync(i => i.Id == started.InstanceId);

        await first.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
            .ResumeAsync(started.InstanceId, a.Id, "Ok", null, EngineHost.Officer, default);
        var conflict = await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => second.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
            .ResumeAsync(started.InstanceId, b.Id, "Ok", null, EngineHost.Officer, default));
        Assert.Equal(WorkflowErrorKind.Conflict, conflict.Kind);

        // Nothing of the loser was applied: b is still open, one "after" task exists.
        var details = await _host.GetAsync(started.InstanceId);
        Assert.Equal(["after", "b"], details.Instance.Bookmarks.Select(x => x.ActivityId).Order());

        // Retrying the loser on fresh state works.
        var retried = await _host.Runtime(r => r.ResumeAsync(started.InstanceId, b.Id, "Ok", null, EngineHost.Officer, default));
        Assert.Equal(2, retried.Bookmarks.Count(x => x.ActivityId == "after"));
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
