using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>Versions saved before stages existed keep running their <c>case.set-step</c> nodes; new definitions may not use them.</summary>
public sealed class LegacySetStepActionTests
{
    private static readonly ServiceType Service = CreateService();

    [Fact]
    public async Task A_step_number_of_an_old_version_moves_the_case_to_the_matching_stage()
    {
        var serviceCase = ServiceCase.Open(CaseReference.Create(1448, 7), Guid.CreateVersion7(), Service, Channel.InPerson, null, DateTimeOffset.UtcNow);
        var action = new LegacySetStepAction();

        await action.ExecuteAsync(serviceCase, Step(2), CancellationToken.None);
        Assert.Equal("verify", serviceCase.CurrentStage);

        await action.ExecuteAsync(serviceCase, Step(5), CancellationToken.None);
        Assert.Equal(ServiceCase.CommitteeStage, serviceCase.CurrentStage);
        Assert.Equal(CaseStatus.InCommittee, serviceCase.Status);

        // Past the committee without its decision is refused, as for a stage declared after the committee.
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => action.ExecuteAsync(serviceCase, Step(6), CancellationToken.None));
        Assert.Equal("stage", refused.Field);
    }

    [Fact]
    public void The_designer_is_not_offered_the_old_action()
    {
        var catalog = new HostWorkflowCatalog([new LegacySetStepAction(), new AwaitMemberAction(null!)]);
        var actions = catalog.Entries(CatalogKind.DomainAction)!.Select(e => e.Id).ToList();
        Assert.Contains("case.await-member", actions);
        Assert.DoesNotContain("case.set-step", actions);
    }

    private static DomainActionRequest Step(int step) => new("case.set-step", new Dictionary<string, object?> { ["step"] = (long)step },
        new WorkflowContextInfo(Guid.NewGuid(), "member-service-request", 1, "step", "officer@localhost", new Dictionary<string, object?>()));

    private static ServiceType CreateService()
    {
        var service = ServiceType.Create("inquiry", "استفسار", "Inquiry", "member-service-request");
        service.Activate();
        return service;
    }
}
