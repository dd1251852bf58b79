using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>The readable difference between two versions.</summary>
public sealed class DefinitionDiffTests
{
    private static WorkflowDefinition Parse(string json) => WorkflowJson.Parse(json).Definition!;

    [Fact]
    public void Identical_versions_have_no_difference()
    {
        var diff = DefinitionDiff.Compare(Parse(DesignerDefinitions.Rich), Parse(DesignerDefinitions.Rich));
        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.MovedActivities);
    }

    [Fact]
    public void Stages_added_removed_renamed_reordered_and_an_activitys_stage_are_listed()
    {
        var older = Parse(DesignerDefinitions.TwoSteps("diff"));
        older.Stages = [Stage("receive", "استقبال العضو"), Stage("committee", "لجنة البحث"), Stage("old", "مرحلة قديمة")];
        var newer = Parse(DesignerDefinitions.TwoSteps("diff"));
        newer.Stages = [Stage("committee", "قرار لجنة البحث"), Stage("receive", "استقبال العضو"), Stage("site-visit", "زيارة المنحل")];
        newer.FindActivity("decide")!.Stage = "committee";

        var diff = DefinitionDiff.Compare(older, newer);

        Assert.False(diff.IsEmpty);
        Assert.Equal(
            [
                new PropertyChange("committee", "لجنة البحث", "قرار لجنة البحث"),
                new PropertyChange("old", "مرحلة قديمة", null),
                new PropertyChange("site-visit", null, "زيارة المنحل"),
                new PropertyChange("stages", "receive, committee, old", "committee, receive, site-visit"),
            ],
            diff.StageChanges!);
        Assert.Equal(new PropertyChange("stage", null, "committee"), Assert.Single(Assert.Single(diff.ChangedActivities).Changes));
    }

    private static StageDefinition Stage(string id, string ar) => new() { Id = id, Name = new() { ["ar"] = ar } };

    [Fact]
    public void Added_removed_and_changed_activities_and_connections_are_listed()
    {
        var older = Parse(DesignerDefinitions.TwoSteps("diff"));
        var newer = Parse(DesignerDefinitions.TwoSteps("diff", receiveId: "intake", committeeDeadline: "P10D",
            extra: """{ "id": "notify", "type": "SendNotification", "template": "Accepted" },"""));
        newer.Connections.RemoveAll(c => c.Source == "decide" && c.Outcome == "Accept");
        newer.Connections.Add(new Connection { Source = "decide", Outcome = "Accept", Target = "notify" });
        newer.Connections.Add(new Connection { Source = "notify", Outcome = "Done", Target = "done" });

        var diff = DefinitionDiff.Compare(older, newer);

        Assert.Equal(["intake", "notify"], diff.AddedActivities.Select(a => a.Id));
        Assert.Equal("receive", Assert.Single(diff.RemovedActivities).Id);
        var changed = Assert.Single(diff.ChangedActivities);
        Assert.Equal("decide", changed.ActivityId);
        Assert.Equal(new PropertyChange("deadline", "P14D", "P10D"), Assert.Single(changed.Changes));
        Assert.Equal(new PropertyChange("start", "receive", "intake"), diff.StartChange);
        Assert.Equal(
            ["intake -Received-> decide", "decide -Accept-> notify", "notify -Done-> done"],
            diff.AddedConnections.Select(c => $"{c.Source} -{c.Outcome}-> {c.Target}"));
        Assert.Equal(
            ["receive -Received-> decide", "decide -Accept-> done"],
            diff.RemovedConnections.Select(c => $"{c.Source} -{c.Outcome}-> {c.Target}"));
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Names_and_list_properties_are_compared_by_value()
    {
        var older = Parse(DesignerDefinitions.TwoSteps("diff"));
        var newer = Parse(DesignerDefinitions.TwoSteps("diff"));
        newer.FindActivity("decide")!.Name!["ar"] = "قرار لجنة البحث";
        newer.FindActivity("decide")!.Properties["outcomes"] = System.Text.Json.JsonSerializer.SerializeToElement(new[] { "Accept", "Reject", "Postpone" });

        var changes = Assert.Single(DefinitionDiff.Compare(older, newer).ChangedActivities).Changes;

        Assert.Contains(new PropertyChange("name.ar", "قرار", "قرار لجنة البحث"), changes);
        Assert.Contains(changes, c => c.Property == "outcomes" && c.OldValue == "[\"Accept\",\"Reject\"]" && c.NewValue == "[\"Accept\",\"Reject\",\"Postpone\"]");
    }

    [Fact]
    public void Moving_activities_on_the_canvas_is_not_a_change_in_the_flow()
    {
        var older = Parse(DesignerDefinitions.Rich);
        var moved = Features.Designer.DesignerModel.FromDefinition(Parse(DesignerDefinitions.Rich));
        moved.Find("receive")!.MoveTo(400, 80);
        moved.Find("verify")!.MoveTo(400, 220);

        var diff = DefinitionDiff.Compare(older, moved.ToDefinition());

        Assert.True(diff.IsEmpty);
        Assert.Equal(["receive", "verify"], diff.MovedActivities);
    }
}
