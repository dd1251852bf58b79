using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// One domain action a workflow can perform on its case (a <c>DomainAction</c> activity's <c>action</c>). Runs inside the
/// engine's unit of work; a <see cref="Domain.DomainRuleException"/> becomes an incident of the instance.
/// </summary>
public interface ICaseAction
{
    /// <summary>The <c>action</c> name in the workflow JSON, e.g. <c>case.await-member</c>.</summary>
    string Name { get; }

    /// <summary>What an admin reads in the designer's list of actions (Arabic, English).</summary>
    (string Ar, string En) DisplayName => (Name, Name);

    /// <summary>Kept only so versions saved before it was replaced still run: not offered to, nor accepted from, a new definition.</summary>
    bool IsLegacy => false;

    Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken);
}
