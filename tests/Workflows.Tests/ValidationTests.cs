using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Tests.Support;

namespace DomatAljandal.Workflows.Tests;

public sealed class ValidationTests
{
    private static WorkflowDefinitionValidator Validator(params IActivity[] extra) => new(
        new ActivityRegistry([
            new HumanTaskActivity(), new DecisionActivity(), new TimerActivity(), new WaitForEventActivity(),
            new SetVariableActivity(), new DomainActionActivity(), new SendNotificationActivity(), new EndActivity(), .. extra,
        ]),
        new ExpressionEvaluator(new ExpressionLimits()));

    private static Flow Valid() => Flow.Define("valid")
        .Start("receive")
        .HumanTask("receive", "MemberRelationsOfficer", ["Received"], deadline: "P2D")
        .Activity("check", "Decision", new { condition = "variables.amount > 1000" })
        .End("done")
        .End("rejected", "Rejected")
        .Connect("receive", "Received", "check")
        .Connect("check", "True", "done")
        .Connect("check", "False", "rejected");

    private static IReadOnlyList<DefinitionValidationError> Validate(Flow flow) => Validator().Validate(flow.Json());

    [Fact]
    public void A_valid_definition_has_no_errors() => Assert.Empty(Validate(Valid()));

    [Fact]
    public void Malformed_json_gives_one_error_with_its_line()
    {
        var errors = Validator().Validate("{\n  \"definitionId\": \"x\",\n  \"activities\": [ { \"id\": } ]\n}");
        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.MalformedJson, error.Code);
        Assert.Contains("line 3", error.Message);
        Assert.StartsWith("$.activities", error.Path);
    }

    [Fact]
    public void An_unknown_activity_type_is_named_at_its_path()
    {
        var errors = Validate(Valid().Activity("mystery", "Teleport").Connect("check", "True", "mystery"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.UnknownActivityType && e.Path == "$.activities[4].type" && e.Message.Contains("Teleport"));
    }

    [Fact]
    public void A_duplicate_activity_id_is_refused()
    {
        var errors = Validate(Valid().End("done"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.DuplicateActivityId && e.Path == "$.activities[4].id" && e.Message.Contains("done"));
    }

    [Fact]
    public void Connections_to_or_from_unknown_activities_are_refused()
    {
        var errors = Validate(Valid().Connect("ghost", "Done", "done").Connect("receive", "Received", "nowhere"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.UnknownConnectionSource && e.Path == "$.connections[3].source");
        Assert.Contains(errors, e => e.Code == ValidationCodes.UnknownConnectionTarget && e.Path == "$.connections[4].target");
    }

    [Fact]
    public void A_connection_from_an_outcome_the_source_does_not_declare_is_refused()
    {
        var errors = Validate(Valid().Connect("receive", "Lost", "done"));
        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.UndeclaredOutcome, error.Code);
        Assert.Equal("$.connections[3].outcome", error.Path);
    }

    [Fact]
    public void A_declared_outcome_without_a_connection_is_refused()
    {
        var errors = Validate(Flow.Define("x").Start("a")
            .HumanTask("a", "R", ["Approve", "Reject"]).End("e").Connect("a", "Approve", "e"));
        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.OutcomeWithoutConnection, error.Code);
        Assert.Equal("$.activities[0].outcomes", error.Path);
        Assert.Contains("Reject", error.Message);
    }

    [Fact]
    public void The_Timeout_outcome_of_a_task_with_a_deadline_needs_no_connection_but_may_have_one()
    {
        Assert.Empty(Validate(Valid()));
        Assert.Empty(Validate(Valid().Connect("receive", "Timeout", "rejected")));
    }

    [Fact]
    public void A_Timeout_connection_on_a_task_without_deadline_is_an_undeclared_outcome()
    {
        var errors = Validate(Flow.Define("x").Start("a").HumanTask("a", "R", ["Ok"]).End("e")
            .Connect("a", "Ok", "e").Connect("a", "Timeout", "e"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.UndeclaredOutcome);
    }

    [Fact]
    public void A_missing_start_is_refused()
    {
        var errors = Validate(Flow.Define("x").End("e"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.MissingStart && e.Path == "$.start");
    }

    [Fact]
    public void An_unknown_start_is_refused()
    {
        var errors = Validate(Valid().Start("nope"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.UnknownStart && e.Path == "$.start" && e.Message.Contains("nope"));
    }

    [Fact]
    public void An_End_not_reachable_from_start_is_refused()
    {
        var errors = Validate(Valid().End("island"));
        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.UnreachableEnd, error.Code);
        Assert.Equal("$.activities[4]", error.Path);
    }

    [Fact]
    public void A_flowchart_without_End_is_refused()
    {
        var errors = Validate(Flow.Define("x").Start("a").Activity("a", "SetVariable", new { variable = "v", value = "1" }));
        Assert.Contains(errors, e => e.Code == ValidationCodes.MissingEnd);
    }

    [Theory]
    [InlineData("2 days")]
    [InlineData("P2X")]
    [InlineData("")]
    public void An_unparsable_duration_is_refused(string duration)
    {
        var errors = Validate(Flow.Define("x").Start("a").HumanTask("a", "R", ["Ok"], deadline: duration).End("e").Connect("a", "Ok", "e"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.InvalidDuration && e.Path == "$.activities[0].deadline");
    }

    [Fact]
    public void A_timer_duration_that_does_not_parse_is_refused()
    {
        var errors = Validate(Flow.Define("x").Start("t").Activity("t", "Timer", new { duration = "14 days" }).End("e").Connect("t", "Done", "e"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.InvalidDuration && e.Path == "$.activities[0].duration");
    }

    [Fact]
    public void Expressions_that_do_not_parse_are_refused_wherever_they_are()
    {
        var errors = Validate(Flow.Define("x").Start("d")
            .Activity("d", "Decision", new { condition = "variables.amount >" })
            .Activity("act", "DomainAction", new { action = "Do", inputs = new { a = "variables.(" } })
            .End("e")
            .Connect("d", "True", "act").Connect("d", "False", "e").Connect("act", "Done", "e"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.InvalidExpression && e.Path == "$.activities[0].condition");
        Assert.Contains(errors, e => e.Code == ValidationCodes.InvalidExpression && e.Path == "$.activities[1].inputs.a");
    }

    [Fact]
    public void Required_properties_come_from_the_descriptor()
    {
        var errors = Validate(Flow.Define("x").Start("a").Activity("a", "HumanTask", new { outcomes = new[] { "Ok" } }).End("e").Connect("a", "Ok", "e"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.MissingProperty && e.Path == "$.activities[0].role");
    }

    [Fact]
    public void A_timer_needs_a_duration_or_an_until()
    {
        var errors = Validate(Flow.Define("x").Start("t").Activity("t", "Timer").End("e").Connect("t", "Done", "e"));
        Assert.Contains(errors, e => e.Code == ValidationCodes.MissingProperty && e.Path == "$.activities[0]");
    }

    [Fact]
    public void A_notification_still_carrying_channel_and_recipient_is_accepted()
    {
        var errors = Validate(Flow.Define("x").Start("n")
            .Activity("n", "SendNotification", new { template = "t", channel = "Pigeon", recipient = "variables.memberId" })
            .End("e").Connect("n", "Done", "e"));
        Assert.Empty(errors);
    }

    private static Flow Staged() => Flow.Define("staged")
        .Stage("receive", "استقبال العضو", "Receive the member")
        .Stage("committee", "لجنة البحث", "Research committee")
        .Start("receive")
        .Activity("receive", "HumanTask", new { role = "MemberRelationsOfficer", outcomes = new[] { "Received" }, stage = "receive" })
        .Activity("decide", "HumanTask", new
        {
            role = "CommitteeMember", stage = "committee",
            outcomes = new object[] { new { id = "Accept", name = new { ar = "قبول", en = "Accept" } }, "Reject" },
        })
        .End("e")
        .Connect("receive", "Received", "decide").Connect("decide", "Accept", "e").Connect("decide", "Reject", "e");

    [Fact]
    public void Stages_and_outcomes_with_labels_are_valid() => Assert.Empty(Validate(Staged()));

    [Fact]
    public void An_activity_in_an_undeclared_stage_is_refused_with_its_path()
    {
        var errors = Validate(Staged().Activity("visit", "HumanTask", new { role = "R", outcomes = new[] { "Ok" }, stage = "site-visit" })
            .Connect("visit", "Ok", "e"));
        var error = Assert.Single(errors);
        Assert.Equal((ValidationCodes.UnknownStage, "$.activities[3].stage"), (error.Code, error.Path));
        Assert.Contains("site-visit", error.MessageAr);
        Assert.Contains("المرحلة", error.MessageAr);
    }

    [Fact]
    public void Stages_need_unique_valid_ids_and_an_arabic_name()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Staged().Json())!;
        json["stages"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "receive", "name": { "ar": "مكرر" } }"""));
        json["stages"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "site visit", "name": { "en": "Site visit" } }"""));
        var errors = Validator().Validate(json.ToJsonString());
        Assert.Equal(
            [("$.stages[2].id", ValidationCodes.DuplicateStage), ("$.stages[3].id", ValidationCodes.InvalidStage), ("$.stages[3].name.ar", ValidationCodes.InvalidStage)],
            errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void An_outcome_object_without_an_id_is_refused_with_its_path()
    {
        var errors = Validate(Flow.Define("x").Start("a")
            .Activity("a", "HumanTask", new { role = "R", outcomes = new object[] { "Ok", new { name = new { ar = "قبول", en = "Accept" } } } })
            .End("e").Connect("a", "Ok", "e"));
        var error = Assert.Single(errors);
        Assert.Equal((ValidationCodes.InvalidOutcome, "$.activities[0].outcomes[1].id"), (error.Code, error.Path));
    }

    [Fact]
    public void Every_message_comes_in_arabic_and_english()
    {
        var errors = Validate(Flow.Define("x").Start("nope")
            .Activity("a", "Teleport")
            .HumanTask("b", "R", ["Ok"], deadline: "soon")
            .Activity("c", "Decision", new { condition = "((" })
            .End("e")
            .Connect("b", "Missing", "e"));
        Assert.All(errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.Matches(@"\p{IsArabic}", e.MessageAr);
        });
    }

    private sealed class Catalog(params (CatalogKind Kind, string Id)[] entries) : IWorkflowCatalog
    {
        public IReadOnlyList<CatalogEntry>? Entries(CatalogKind kind) =>
            entries.Where(e => e.Kind == kind).Select(e => new CatalogEntry(e.Id, e.Id, e.Id)).ToList();
    }

    [Fact]
    public void The_catalog_check_names_each_unknown_value_and_its_path()
    {
        var definition = WorkflowJson.Parse(Flow.Define("x").Start("a")
            .HumanTask("a", "Beekeeper", ["Ok"])
            .Activity("act", "DomainAction", new { action = "case.fly" })
            .Activity("n", "SendNotification", new { template = "request-received" })
            .End("e").Connect("a", "Ok", "act").Connect("act", "Done", "n").Connect("n", "Done", "e").Json()).Definition!;

        var problems = Validator().CheckCatalog(definition,
            new Catalog((CatalogKind.Role, "CommitteeMember"), (CatalogKind.DomainAction, "case.complete"), (CatalogKind.NotificationTemplate, "request-received")));

        Assert.Equal(["$.activities[0].role", "$.activities[1].action"], problems.Select(p => p.Path));
        Assert.Contains("'Beekeeper'", problems[0].Message);
        Assert.Contains("'case.fly'", problems[1].MessageAr);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var errors = Validate(Flow.Define("x").Start("nope")
            .Activity("a", "Teleport")
            .HumanTask("b", "R", ["Ok"], deadline: "soon")
            .Activity("c", "Decision", new { condition = "((" })
            .End("e")
            .Connect("b", "Missing", "e"));
        var codes = errors.Select(e => e.Code).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            ValidationCodes.UnknownStart, ValidationCodes.UnknownActivityType, ValidationCodes.InvalidDuration,
            ValidationCodes.InvalidExpression, ValidationCodes.UndeclaredOutcome, ValidationCodes.OutcomeWithoutConnection,
        }, codes);
    }

    [Fact]
    public void A_registered_custom_activity_type_is_accepted()
    {
        var flow = Flow.Define("x").Start("c").Activity("c", "Stamp", new { seal = "blue" }).End("e").Connect("c", "Stamped", "e");
        Assert.Contains(Validator().Validate(flow.Json()), e => e.Code == ValidationCodes.UnknownActivityType);
        Assert.Empty(Validator(new StampActivity()).Validate(flow.Json()));
    }
}

/// <summary>A custom activity type, registered like a host would.</summary>
public sealed class StampActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Stamp", "Stamps the case.",
        [new("seal", ActivityPropertyKind.Text, true, "Seal colour.")], ["Stamped"]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        context.Variables["stamped"] = context.Activity.StringProperty("seal");
        return ValueTask.FromResult(ActivityResult.Continue("Stamped"));
    }
}
