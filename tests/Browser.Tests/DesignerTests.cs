using System.Text.Json.Nodes;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>An admin changes the shipped procedure in the designer and publishes it; running cases keep their version.</summary>
public sealed class DesignerTests
{
    private const string DefinitionId = "member-service-request";
    private static readonly WorkflowActor Officer = new("officer@test.local", ["MemberRelationsOfficer"]);

    [SkippableFact]
    public async Task An_admin_changes_the_committee_deadline_adds_a_connected_step_and_publishes_while_running_instances_keep_their_version()
    {
        await using var session = await BrowserSession.StartAsync();
        await EnsureShippedDefinitionAsync(session);
        var before = await StartInstanceAsync(session);
        Assert.Equal(1, before.Version);

        var page = await session.NewPageAsync();
        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);

        // The list: the shipped procedure, published as v1, with its running instance counted.
        await page.GotoAsync("/workflows");
        await page.WaitForSelectorAsync($"[data-testid=open-{DefinitionId}]");
        Assert.Contains("طلب خدمة عضو", await page.InnerTextAsync("[data-testid=definitions]"), StringComparison.Ordinal);
        await ScreenshotAsync(page, "10-workflows-list-ar");

        await page.ClickAsync($"[data-testid=open-{DefinitionId}]");
        await page.WaitForSelectorAsync("[data-testid=node-committee]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.WaitForSelectorAsync("[data-testid=no-issues]");
        await AssertNothingCutOffAsync(page);
        await ScreenshotAsync(page, "11-designer-ar");

        // Change the committee's deadline from 10 to 12 (working) days.
        await GoToStepAsync(page, "قرار لجنة البحث");
        await page.WaitForSelectorAsync(Field("input-deadline-days"));
        Assert.Equal("10", await page.InputValueAsync(Field("input-deadline-days")));
        await page.FillAsync(Field("input-deadline-days"), "12");
        await page.PressAsync(Field("input-deadline-days"), "Tab");
        await page.WaitForSelectorAsync("[data-testid=iso-deadline][title=P12D]");

        // Add a notification beside the committee; it is invalid until it has a template (chosen from the service's) and a next step.
        await page.ClickAsync("[data-testid=palette-SendNotification]");
        await page.WaitForSelectorAsync("[data-testid=node-sendnotification-1]");
        await page.WaitForSelectorAsync("[data-testid=issue-count]");
        Assert.NotNull(await page.QuerySelectorAsync("[data-testid=node-errors-sendnotification-1]"));
        Assert.True(await page.IsDisabledAsync("[data-testid=publish]"), "publish must be disabled while there are errors");
        await page.FillAsync(Field("name-ar"), "إبلاغ العضو بموعد تقديم الخدمة");
        await page.PressAsync(Field("name-ar"), "Tab");
        await page.ClickAsync("[data-testid=input-template]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('decision-accepted')");
        await ScreenshotAsync(page, "12-designer-new-step-errors-ar");

        // Connect its Done port to "tell the member of the acceptance" by dragging on the canvas.
        await DragAsync(page, "[data-testid=port-sendnotification-1-Done]", "[data-testid=node-notify-accepted] .node-title");
        await page.WaitForSelectorAsync("[data-testid=node-sendnotification-1] .outcome-port.has-links");

        // Route the committee's acceptance through the new step (property panel of the committee).
        await GoToStepAsync(page, "قرار لجنة البحث");
        await page.ClickAsync("[data-testid=outcome-Accept] .mud-chip-close-button, [data-testid=outcome-Accept] button.mud-chip-close-button");
        // The disconnection re-renders a fresh picker: wait for it before opening it, or the click opens the old one.
        await page.WaitForSelectorAsync("[data-testid=outcome-Accept] .mud-chip", new() { State = WaitForSelectorState.Detached });
        await page.ClickAsync("[data-testid=connect-Accept]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('sendnotification-1')");
        await page.WaitForSelectorAsync("[data-testid=no-issues]");
        Assert.False(await page.IsDisabledAsync("[data-testid=publish]"));
        await AssertNothingCutOffAsync(page);
        await ScreenshotAsync(page, "13-designer-edited-ar");

        await page.ClickAsync("[data-testid=publish]");
        await ConfirmPublishAsync(page);
        await page.WaitForSelectorAsync("[data-testid=version-chip]:has-text('٢')");
        await page.WaitForSelectorAsync("[data-testid=version-chip]:has-text('منشور')");

        // The engine: v2 is published with the new deadline and step; the instance started before stays on v1.
        var json = await InScopeAsync(session, sp => sp.GetRequiredService<IWorkflowDefinitionStore>().GetJsonAsync(DefinitionId, 2, CancellationToken.None));
        var v2 = WorkflowJson.Parse(json!).Definition!;
        Assert.Equal("P12D", v2.FindActivity("committee")!.StringProperty("deadline"));
        Assert.Contains(v2.Connections, c => c is { Source: "committee", Outcome: "Accept", Target: "sendnotification-1" });
        Assert.Contains(v2.Connections, c => c is { Source: "sendnotification-1", Outcome: "Done", Target: "notify-accepted" });
        var after = await StartInstanceAsync(session);
        Assert.Equal(2, after.Version);
        var old = await InScopeAsync(session, sp => sp.GetRequiredService<IWorkflowRuntime>().GetAsync(before.InstanceId, CancellationToken.None));
        Assert.Equal(1, old!.Instance.Version);

        // A test run of the new version: simulated actions, the admin clicks the outcomes, the current step is highlighted.
        await page.ClickAsync("[data-testid=test-run]");
        await page.WaitForSelectorAsync("[data-testid=test-run-chip]");
        await page.WaitForSelectorAsync("[data-testid=node-receive].current");
        await page.ClickAsync("[data-testid=resume-receive-Received]");
        await page.WaitForSelectorAsync("[data-testid=node-verify].current");
        Assert.Contains("استقبال العضو", await page.InnerTextAsync("[data-testid=journal]"), StringComparison.Ordinal);
        // The outcome taken is named as the procedure names it, not by its id.
        Assert.Contains("تم الاستقبال", await page.InnerTextAsync("[data-testid=journal]"), StringComparison.Ordinal);
        await ScreenshotAsync(page, "15-test-run-ar");
        var testRuns = await InScopeAsync(session, sp => sp.GetRequiredService<IWorkflowInstanceQueries>().CountByVersionAsync(DefinitionId, CancellationToken.None));
        Assert.Equal(1, testRuns.Single(c => c.Version == 2).TestRuns);

        // The history shows a readable difference.
        await page.GotoAsync($"/workflows/{DefinitionId}/history");
        await page.WaitForSelectorAsync("[data-testid=diff-added]");
        var diff = await page.InnerTextAsync("[data-testid=diff-view]");
        Assert.Contains("إبلاغ العضو بموعد تقديم الخدمة", diff, StringComparison.Ordinal);
        // Deadlines read as words in Arabic digits, not ISO durations.
        Assert.Contains("١٠ أيام", diff, StringComparison.Ordinal);
        Assert.Contains("١٢ يومًا", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("P12D", diff, StringComparison.Ordinal);
        // Outcomes by the names the procedure gives them, and the changes counted in words.
        var connections = string.Join("\n", await page.Locator("[data-testid=diff-connection-added], [data-testid=diff-connection-removed]").AllInnerTextsAsync());
        Assert.Contains("قبول", connections, StringComparison.Ordinal);
        Assert.Contains("تم", connections, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept", connections, StringComparison.Ordinal);
        Assert.Contains("أُضيفت خطوة واحدة", diff, StringComparison.Ordinal);
        Assert.Contains("أُضيفت وصلتان", diff, StringComparison.Ordinal);
        Assert.Contains("حُذفت وصلة واحدة", diff, StringComparison.Ordinal);
        // The versions and their instances in the page's digits («١ جارية، ٠ منتهية»).
        var versions = await page.InnerTextAsync("[data-testid=versions]");
        Assert.Contains("جارية", versions, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", versions);
        await AssertNothingCutOffAsync(page);
        await ScreenshotAsync(page, "14-history-diff-ar");

        // The old instance drawn on its own version, current step highlighted, journal beside.
        await page.GotoAsync($"/workflows/instances/{before.InstanceId}");
        await page.WaitForSelectorAsync("[data-testid=journal] li");
        await page.WaitForSelectorAsync(".activity-node.current, .activity-node.failed"); // without a case behind it, the first case action may fail
        Assert.Null(await page.QuerySelectorAsync("[data-testid=node-sendnotification-1]"));
        await ScreenshotAsync(page, "16-instance-v1-ar");

        // Migration page: the v1 instance can be moved to v2 (identical ids map themselves).
        await page.GotoAsync($"/workflows/{DefinitionId}/instances");
        await page.WaitForSelectorAsync("[data-testid=migrate]");
        await ScreenshotAsync(page, "17-migration-ar");
    }

    [SkippableFact]
    public async Task An_admin_adds_a_stage_and_a_task_in_it_and_publishes_and_the_published_version_has_the_stage()
    {
        await using var session = await BrowserSession.StartAsync();
        await EnsureShippedDefinitionAsync(session);
        var page = await session.NewPageAsync();
        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);
        await page.GotoAsync($"/workflows/{DefinitionId}");
        await page.WaitForSelectorAsync("[data-testid=stages-editor]");
        await page.WaitForSelectorAsync("[data-testid=no-issues]");

        // A new stage, last in the order: the site visit to the apiary.
        var stage = await page.Locator("[data-testid=stages-editor] > .mud-paper").CountAsync();
        await page.ClickAsync("[data-testid=add-stage]");
        await page.WaitForSelectorAsync($"[data-testid=stage-{stage}]");
        await page.FillAsync(Field($"stage-{stage}-ar"), "زيارة المنحل");
        await page.PressAsync(Field($"stage-{stage}-ar"), "Tab");
        await page.FillAsync(Field($"stage-{stage}-en"), "Apiary site visit");
        await page.PressAsync(Field($"stage-{stage}-en"), "Tab");
        await page.FillAsync(Field($"stage-{stage}-id"), "site-visit");
        await page.PressAsync(Field($"stage-{stage}-id"), "Tab");
        await page.WaitForSelectorAsync($"[data-testid=stage-{stage}] >> text=لا خطوات فيها بعد");
        await AssertNothingCutOffAsync(page);
        await ScreenshotAsync(page, "20-designer-stage-added-ar");

        // A human task in that stage, with a labelled outcome, done by the research committee, then on to the registration.
        await page.ClickAsync("[data-testid=palette-HumanTask]");
        await page.WaitForSelectorAsync("[data-testid=node-humantask-1]");
        await page.FillAsync(Field("name-ar"), "زيارة ميدانية للمنحل");
        await page.PressAsync(Field("name-ar"), "Tab");
        await page.ClickAsync("[data-testid=input-role]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('CommitteeMember')");
        await page.ClickAsync("[data-testid=input-stage]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('زيارة المنحل')");
        await page.FillAsync(Field("outcome-ar-0"), "تمت الزيارة");
        await page.PressAsync(Field("outcome-ar-0"), "Tab");
        await page.FillAsync(Field("outcome-en-0"), "Visit done");
        await page.PressAsync(Field("outcome-en-0"), "Tab");
        await page.ClickAsync("[data-testid=connect-Done]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('complete-registration')");
        await page.WaitForSelectorAsync("[data-testid=node-stage-humantask-1]:has-text('زيارة المنحل')");
        await page.WaitForSelectorAsync("[data-testid=port-humantask-1-Done]:has-text('تمت الزيارة')");
        await page.WaitForSelectorAsync("[data-testid=no-issues]");
        await GoToStepAsync(page, "زيارة ميدانية للمنحل");
        await WaitUntilOnCanvasAsync(page, "humantask-1");
        await AssertNothingCutOffAsync(page);
        await ScreenshotAsync(page, "21-designer-task-in-stage-ar");

        await page.ClickAsync("[data-testid=publish]");
        await ConfirmPublishAsync(page);
        await page.WaitForSelectorAsync("[data-testid=version-chip]:has-text('٢')");
        await page.WaitForSelectorAsync("[data-testid=version-chip]:has-text('منشور')");

        // The engine: the published version declares the stage, last, and the task belongs to it.
        var published = (await InScopeAsync(session, sp => sp.GetRequiredService<IWorkflowDefinitionStore>().GetVersionsAsync(DefinitionId, CancellationToken.None)))
            .Single(v => v.Status == DefinitionStatus.Published);
        Assert.Equal(2, published.Version);
        var json = await InScopeAsync(session, sp => sp.GetRequiredService<IWorkflowDefinitionStore>().GetJsonAsync(DefinitionId, published.Version, CancellationToken.None));
        var definition = WorkflowJson.Parse(json!).Definition!;
        var visit = definition.Stages!.Last();
        Assert.Equal(("site-visit", "زيارة المنحل", "Apiary site visit"), (visit.Id, visit.Name!["ar"], visit.Name!["en"]));
        var task = definition.FindActivity("humantask-1")!;
        Assert.Equal(("site-visit", "CommitteeMember"), (task.Stage, task.StringProperty("role")));
        Assert.Equal("تمت الزيارة", task.OutcomesProperty("outcomes").Single().Label("ar"));
        await ScreenshotAsync(page, "22-designer-published-ar");

        // The same designer in English.
        await page.GotoAsync($"/workflows/{DefinitionId}");
        await page.WaitForSelectorAsync("[data-testid=language-switch]");
        await page.ClickAsync("[data-testid=language-switch]");
        await BrowserSession.WaitForAsync(page, "document.documentElement.lang === 'en'");
        await page.WaitForSelectorAsync("[data-testid=node-stage-humantask-1]:has-text('Apiary site visit')");
        await page.ClickAsync("[data-testid=find-step]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('زيارة ميدانية للمنحل')");
        await WaitUntilOnCanvasAsync(page, "humantask-1");
        await page.WaitForSelectorAsync("[data-testid=port-humantask-1-Done]:has-text('Visit done')");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await AssertNothingCutOffAsync(page);
        await ScreenshotAsync(page, "23-designer-stage-en");
    }

    /// <summary>Publishing asks first, saying that new requests follow the version and open ones keep theirs.</summary>
    private static async Task ConfirmPublishAsync(IPage page)
    {
        await page.WaitForSelectorAsync(".mud-dialog");
        Assert.Contains("كل طلب جديد", await page.InnerTextAsync(".mud-dialog"), StringComparison.Ordinal);
        await page.ClickAsync(".mud-dialog .mud-dialog-actions button:has-text('نشر')");
    }

    private static async Task GoToStepAsync(IPage page, string label)
    {
        await page.ClickAsync("[data-testid=find-step]");
        await page.ClickAsync($".mud-popover-open .mud-list-item:has-text('{label}')");
        await page.WaitForSelectorAsync(Field("name-ar"));
    }

    /// <summary>
    /// From the top of the page, so the fixed app bar does not cover the toolbar in a full-page picture; transitions
    /// (MudBlazor's floating labels) are finished first, so labels do not overlap the values they name.
    /// </summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserSession.ScreenshotFolder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled,
        });
    }

    /// <summary>Waits until the canvas has scrolled the node into its visible area.</summary>
    private static Task WaitUntilOnCanvasAsync(IPage page, string activityId) => BrowserSession.WaitForAsync(page, $$"""
        () => {
            const node = document.querySelector('[data-testid=node-{{activityId}}]');
            const canvas = node?.closest('.designer-canvas') ?? document.querySelector('.designer-canvas');
            if (!node || !canvas) return false;
            const n = node.getBoundingClientRect(), c = canvas.getBoundingClientRect();
            return n.top >= c.top && n.bottom <= c.bottom && n.left >= c.left && n.right <= c.right;
        }
        """);

    /// <summary>A MudBlazor input by the test id given to its component (on the input or around it).</summary>
    private static string Field(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    private static async Task DragAsync(IPage page, string from, string to)
    {
        var source = (await (await page.QuerySelectorAsync(from))!.BoundingBoxAsync())!;
        var target = (await (await page.QuerySelectorAsync(to))!.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(source.X + source.Width / 2, source.Y + source.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new MouseMoveOptions { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    /// <summary>At 1366px nothing sticks out of the page sideways.</summary>
    private static async Task AssertNothingCutOffAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"the page overflows horizontally by {overflow}px");
    }

    /// <summary>The shipped file is imported at start-up; should it be missing, publish the same procedure from the repository.</summary>
    private static async Task EnsureShippedDefinitionAsync(BrowserSession session)
    {
        var versions = await InScopeAsync(session, sp => sp.GetRequiredService<IWorkflowDefinitionStore>().GetVersionsAsync(DefinitionId, CancellationToken.None));
        if (versions.Count > 0) return;
        var file = Path.Combine(AppContext.BaseDirectory, "workflows-json", DefinitionId + ".json");
        var result = await InScopeAsync(session, async sp => await sp.GetRequiredService<IWorkflowDefinitionStore>()
            .ImportAsync(await File.ReadAllTextAsync(file), file, CancellationToken.None));
        Assert.Equal(ImportOutcome.Created, result.Outcome);
    }

    private static Task<WorkflowInstanceSnapshot> StartInstanceAsync(BrowserSession session) =>
        InScopeAsync(session, sp => sp.GetRequiredService<IWorkflowRuntime>()
            .StartAsync(DefinitionId, new JsonObject { ["memberId"] = Guid.NewGuid().ToString() }, Officer, CancellationToken.None));

    private static async Task<T> InScopeAsync<T>(BrowserSession session, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
