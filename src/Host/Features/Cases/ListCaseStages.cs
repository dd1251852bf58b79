using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Workflows.Definitions;
using MediatR;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// The stages cases can stand in, for the case list's filter: those of every published procedure, in each one's order
/// (a stage id two procedures share is listed once, with the first one's names).
/// </summary>
public static class ListCaseStages
{
    public sealed record Query : IRequest<IReadOnlyList<Stage>>;

    public sealed record Stage(string Id, string NameAr, string NameEn);

    public sealed class Handler(IWorkflowDefinitionStore store, ProcedureDefinitions definitions) : IRequestHandler<Query, IReadOnlyList<Stage>>
    {
        public async Task<IReadOnlyList<Stage>> Handle(Query request, CancellationToken cancellationToken)
        {
            var stages = new List<Stage>();
            foreach (var summary in await store.ListAsync(cancellationToken))
            {
                if (summary.PublishedVersion is not { } version
                    || await definitions.GetAsync(summary.DefinitionId, version, cancellationToken) is not { Stages: { } declared })
                {
                    continue;
                }

                foreach (var stage in declared.Where(s => stages.All(known => known.Id != s.Id)))
                {
                    var name = LocalizedName.Of(stage.Name, stage.Id);
                    stages.Add(new Stage(stage.Id, name.Ar, name.En));
                }
            }

            return stages;
        }
    }
}
