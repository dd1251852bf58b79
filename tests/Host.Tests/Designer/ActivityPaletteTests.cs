using DomatAljandal.Host.Features.Designer;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Workflows;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>The palette and the property panel come from the engine's descriptors, including types only a test registers.</summary>
public sealed class ActivityPaletteTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [SkippableFact]
    public async Task An_activity_type_registered_in_code_appears_in_the_palette_with_its_property_editors_and_outcomes()
    {
        var app = await host.GetAsync();
        await using var withStamp = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddWorkflowActivity<StampActivity>()));
        var palette = withStamp.Services.GetRequiredService<ActivityPalette>();

        var item = Assert.Single(palette.Items, i => i.Type == "Stamp");
        Assert.Equal("Stamps an outgoing letter with the society's seal.", item.Description);
        Assert.Equal(("Stamp", "Stamp"), item.Label); // untranslated names show as the engine writes them
        Assert.Equal(
            [("seal", ActivityPropertyKind.Text, true), ("copies", ActivityPropertyKind.Expression, false), ("holdFor", ActivityPropertyKind.Duration, false)],
            palette.EditorsFor("Stamp").Select(e => (e.Name, e.Kind, e.Required)));

        var model = new DesignerModel { DefinitionId = "stamping" };
        var stamp = model.AddActivity(palette.Descriptor("Stamp")!, 100, 100);
        Assert.Equal(["Stamped", "Refused"], palette.OutcomesOf(stamp));

        // The validator knows it too: a missing seal is reported on the new activity.
        var validator = withStamp.Services.GetRequiredService<WorkflowDefinitionValidator>();
        Assert.Contains(DesignerIssue.Validate(model, validator), i => i.ActivityId == stamp.Id && i.Property == "seal");

        // Without the registration the type does not exist.
        Assert.DoesNotContain(app.Services.GetRequiredService<ActivityPalette>().Items, i => i.Type == "Stamp");
    }

    [SkippableFact]
    public async Task The_built_in_types_are_offered_with_arabic_names_and_the_engine_s_properties()
    {
        var app = await host.GetAsync();
        var palette = app.Services.GetRequiredService<ActivityPalette>();
        var registry = app.Services.GetRequiredService<ActivityRegistry>();

        Assert.Equal(registry.Descriptors.Select(d => d.Type), palette.Items.Select(i => i.Type));
        Assert.Equal("مهمة موظف", Assert.Single(palette.Items, i => i.Type == "HumanTask").Label.Ar);
        var deadline = Assert.Single(palette.EditorsFor("HumanTask"), e => e.Name == "deadline");
        Assert.Equal(ActivityPropertyKind.Duration, deadline.Kind);
        Assert.Equal(CatalogKind.Role, Assert.Single(palette.EditorsFor("HumanTask"), e => e.Name == "role").Catalog);
        Assert.DoesNotContain(palette.EditorsFor("SendNotification"), e => e.Name is "channel" or "recipient");
    }
}
