using DomatAljandal.Host.Features.Designer;
using DomatAljandal.Workflows;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>Stages and outcome labels as the designer edits them: what the admin does lands in the definition.</summary>
public sealed class DesignerStagesTests
{
    private static readonly ActivityRegistry Registry = new(
        [new HumanTaskActivity(), new DecisionActivity(), new TimerActivity(), new WaitForEventActivity(), new SetVariableActivity(),
         new DomainActionActivity(), new SendNotificationActivity(), new EndActivity()]);

    private static readonly WorkflowDefinitionValidator Validator =
        new(Registry, new ExpressionEvaluator(Options.Create(new WorkflowEngineOptions())));

    private static readonly ActivityPalette Palette = new(Registry);

    private static DesignerModel TwoSteps()
    {
        var model = new DesignerModel { DefinitionId = "staged" };
        model.SetName(DesignerTexts.Ar, "إجراء بمراحل");
        var task = model.AddActivity(Palette.Descriptor("HumanTask")!, 40, 40);
        task.SetText("role", "CommitteeMember");
        var end = model.AddActivity(Palette.Descriptor("End")!, 40, 200);
        model.Connect(task.Id, "Done", end.Id);
        return model;
    }

    [Fact]
    public void Stages_added_renamed_and_reordered_in_the_designer_are_written_in_order_and_an_activity_names_its_stage()
    {
        var model = TwoSteps();
        var receive = model.AddStage("استقبال العضو");
        var visit = model.AddStage("زيارة المنحل");
        model.SetStageName(visit.Id, DesignerTexts.En, "Apiary site visit");
        Assert.True(model.RenameStage(visit.Id, "site-visit"));
        model.MoveStage("site-visit", -1);
        model.Activities[0].Stage = "site-visit";

        var definition = WorkflowJson.Parse(model.ToJson()).Definition!;

        Assert.Equal(["site-visit", receive.Id], definition.Stages!.Select(s => s.Id));
        Assert.Equal("زيارة المنحل", definition.Stages![0].Name!["ar"]);
        Assert.Equal("site-visit", definition.Activities[0].Stage);
        Assert.Empty(Validator.Validate(definition));
    }

    [Fact]
    public void Renaming_a_stage_follows_it_in_its_activities_and_removing_it_frees_them()
    {
        var model = TwoSteps();
        var stage = model.AddStage("لجنة البحث");
        model.Activities[0].Stage = stage.Id;

        model.RenameStage(stage.Id, "committee");
        Assert.Equal("committee", model.Activities[0].Stage);
        Assert.False(model.RenameStage("committee", ""));

        model.RemoveStage("committee");
        Assert.Null(model.Activities[0].Stage);
        Assert.DoesNotContain("\"stages\"", model.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_without_an_arabic_name_is_shown_as_an_issue_of_the_procedure()
    {
        var model = TwoSteps();
        model.AddStage();

        var issue = Assert.Single(DesignerIssue.Validate(model, Validator));
        Assert.Equal((ValidationCodes.InvalidStage, "$.stages[0].name.ar"), (issue.Code, issue.Path));
    }

    [Fact]
    public void Outcome_labels_edited_in_the_designer_are_written_as_objects_and_show_on_the_ports()
    {
        var model = TwoSteps();
        var task = model.Activities[0];
        task.SetOutcomes("outcomes", [new OutcomeDefinition("Accept", new Dictionary<string, string> { ["ar"] = "قبول", ["en"] = "Accept" }), new("Reject", null)]);
        model.Connections.Clear();
        model.Connect(task.Id, "Accept", model.Activities[1].Id);
        model.Connect(task.Id, "Reject", model.Activities[1].Id);

        var json = model.ToJson();

        Assert.Contains("\"id\": \"Accept\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Reject\"", json, StringComparison.Ordinal);
        Assert.Empty(Validator.Validate(json));
        Assert.Equal(["Accept", "Reject"], Palette.OutcomesOf(task));
        using (new CultureScope("ar-SA"))
            Assert.Equal(("قبول", "Reject"), (Palette.OutcomeLabel(task, "Accept"), Palette.OutcomeLabel(task, "Reject")));
        using (new CultureScope("en-US"))
            Assert.Equal("Accept", Palette.OutcomeLabel(task, "Accept"));
    }

    [Fact]
    public void A_value_the_service_does_not_know_is_a_warning_that_lets_the_draft_save()
    {
        var model = TwoSteps();
        model.Activities[0].SetText("role", "Beekeeper");
        var catalog = new DesignerCatalog(new Dictionary<CatalogKind, IReadOnlyList<CatalogEntry>>
        {
            [CatalogKind.Role] = [new CatalogEntry("CommitteeMember", "عضو لجنة البحث", "Research committee member")],
        });

        var issue = Assert.Single(DesignerIssue.Validate(model, Validator, catalog));

        Assert.True(issue.IsWarning);
        Assert.Equal(("$.activities[0].role", "role"), (issue.Path, issue.Property));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string culture) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _previous;
    }
}
