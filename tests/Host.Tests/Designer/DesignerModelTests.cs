using DomatAljandal.Host.Features.Designer;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>The designer's view model: it round-trips definitions and edits them the way the panel does.</summary>
public sealed class DesignerModelTests
{
    private static readonly ActivityRegistry Registry = new(
        [new HumanTaskActivity(), new DecisionActivity(), new TimerActivity(), new WaitForEventActivity(), new SetVariableActivity(),
         new DomainActionActivity(), new SendNotificationActivity(), new EndActivity()]);

    private static readonly WorkflowDefinitionValidator Validator =
        new(Registry, new ExpressionEvaluator(Options.Create(new WorkflowEngineOptions())));

    private static DesignerModel Load(string json) => DesignerModel.FromJson(json).Model!;

    [Fact]
    public void Importing_and_exporting_without_edits_gives_the_identical_definition()
    {
        var imported = WorkflowJson.Parse(DesignerDefinitions.Rich).Definition!;

        var exported = Load(DesignerDefinitions.Rich).ToJson();

        Assert.Equal(WorkflowJson.Serialize(imported), exported);
        Assert.Equal(WorkflowJson.ContentHash(imported), WorkflowJson.ContentHash(WorkflowJson.Parse(exported).Definition!));
        Assert.Contains("\"color\": \"#f2a900\"", exported, StringComparison.Ordinal);
        Assert.Contains("\"hint\": \"SAR\"", exported, StringComparison.Ordinal);
        Assert.Contains("\"owner\"", exported, StringComparison.Ordinal);
        Assert.Contains("\"vertices\"", exported, StringComparison.Ordinal);
        Assert.Empty(Validator.Validate(exported));
    }

    [Fact]
    public void Setting_a_property_to_its_current_value_changes_nothing_in_the_export()
    {
        var model = Load(DesignerDefinitions.Rich);
        var before = model.ToJson();
        var verify = model.Find("verify")!;

        verify.SetList("outcomes", verify.GetList("outcomes"));
        verify.SetForm("form", verify.GetForm("form"));
        model.Find("record")!.SetMap("inputs", model.Find("record")!.GetMap("inputs"));
        model.Find("receive")!.MoveTo(120, 40);

        Assert.Equal(before, model.ToJson());
    }

    [Theory]
    [InlineData(14, 0, "P14D")]
    [InlineData(1, 12, "P1DT12H")]
    [InlineData(0, 36, "P1DT12H")]
    [InlineData(0, 2, "PT2H")]
    [InlineData(0, 0, null)]
    public void A_deadline_entered_in_days_and_hours_is_stored_as_ISO_8601(int days, int hours, string? iso)
    {
        Assert.Equal(iso, new IsoDuration(days, hours).ToIso());
        if (iso is null) return;
        Assert.True(IsoDuration.TryParse(iso, out var read));
        Assert.Equal(iso, read.ToIso());
    }

    [Fact]
    public void A_duration_with_minutes_is_not_shown_as_days_and_hours()
    {
        Assert.False(IsoDuration.TryParse("PT30M", out _));
        Assert.False(IsoDuration.TryParse("two weeks", out _));
        Assert.True(IsoDuration.TryParse("P1DT12H", out var d));
        Assert.Equal(new IsoDuration(1, 12), d);
    }

    [Fact]
    public void Changing_the_committee_deadline_changes_only_that_property()
    {
        var model = Load(DesignerDefinitions.Rich);
        model.Find("committee")!.SetText("deadline", new IsoDuration(10, 0).ToIso());

        var diff = DefinitionDiff.Compare(WorkflowJson.Parse(DesignerDefinitions.Rich).Definition!, model.ToDefinition());

        var change = Assert.Single(diff.ChangedActivities);
        Assert.Equal("committee", change.ActivityId);
        Assert.Equal(new PropertyChange("deadline", "P14D", "P10D"), Assert.Single(change.Changes));
    }

    [Fact]
    public void Validation_errors_are_placed_on_the_activity_and_property_they_concern()
    {
        var model = Load(DesignerDefinitions.Rich);
        model.Find("committee")!.SetText("role", null);
        model.Find("large")!.SetText("condition", "variables.amount >");
        var added = model.AddActivity(Registry.Get("SendNotification").Descriptor, 500, 500);

        var issues = DesignerIssue.Validate(model, Validator);

        Assert.Contains(issues, i => i.ActivityId == "committee" && i.Property == "role" && i.Code == ValidationCodes.MissingProperty);
        Assert.Contains(issues, i => i.ActivityId == "large" && i.Property == "condition" && i.Code == ValidationCodes.InvalidExpression);
        Assert.Contains(issues, i => i.ActivityId == added.Id && i.Property == "template");
        Assert.Contains(issues, i => i.ActivityId == added.Id && i.Code == ValidationCodes.OutcomeWithoutConnection);
    }

    [Fact]
    public void A_broken_connection_is_reported_on_the_connection()
    {
        var model = Load(DesignerDefinitions.Rich);
        model.Connect("committee", "Postpone", "done");

        var issue = Assert.Single(DesignerIssue.Validate(model, Validator));

        Assert.Equal(ValidationCodes.UndeclaredOutcome, issue.Code);
        Assert.Equal(model.Connections.Count - 1, issue.ConnectionIndex);
    }

    [Fact]
    public void Adding_connecting_renaming_and_removing_keep_the_definition_consistent()
    {
        var model = Load(DesignerDefinitions.Rich);
        var notify = model.AddActivity(Registry.Get("SendNotification").Descriptor, 300, 700);
        notify.SetText("template", "CommitteeAccepted");
        model.Disconnect(model.Connections.Single(c => c.Source == "committee" && c.Outcome == "Accept"));
        model.Connect("committee", "Accept", notify.Id);
        model.Connect(notify.Id, "Done", "record");
        Assert.Empty(DesignerIssue.Validate(model, Validator));

        Assert.True(model.RenameActivity(notify.Id, "notify-accepted"));
        Assert.False(model.RenameActivity("notify-accepted", "record"));
        Assert.Contains(model.Connections, c => c is { Source: "committee", Outcome: "Accept", Target: "notify-accepted" });
        Assert.Empty(DesignerIssue.Validate(model, Validator));

        model.RemoveActivity("notify-accepted");
        Assert.DoesNotContain(model.Connections, c => c.Source == "notify-accepted" || c.Target == "notify-accepted");
    }
}
