using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// At start-up, imports <see cref="WorkflowEngineOptions.WorkflowsJsonFolder"/> (when set). Register the host's
/// database migration before AddWorkflowEngine so the tables exist by then.
/// </summary>
internal sealed class WorkflowDefinitionImporter(
    IServiceScopeFactory scopes,
    IOptions<WorkflowEngineOptions> options,
    ILogger<WorkflowDefinitionImporter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.WorkflowsJsonFolder is not { } folder) return;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
        var results = await store.ImportFolderAsync(folder, cancellationToken);
        logger.LogInformation("Imported workflow definitions from {WorkflowsJsonFolder}: {Created} created, {Updated} updated, {Drafted} kept as drafts for an admin, {Unchanged} unchanged, {Invalid} invalid",
            folder,
            results.Count(r => r.Outcome == Runtime.ImportOutcome.Created),
            results.Count(r => r.Outcome == Runtime.ImportOutcome.Updated),
            results.Count(r => r.Outcome == Runtime.ImportOutcome.Drafted),
            results.Count(r => r.Outcome == Runtime.ImportOutcome.Unchanged),
            results.Count(r => r.Outcome == Runtime.ImportOutcome.Invalid));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
