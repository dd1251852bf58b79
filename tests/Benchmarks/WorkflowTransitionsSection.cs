using System.Diagnostics;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Benchmarks;

/// <summary>
/// (b) Persisted transitions through a 5-step human-task flow: start (waits at step 1) and 4 resumes; each call is one
/// unit of work with its own SaveChanges/commit, in a fresh DI scope like an HTTP request.
/// </summary>
public sealed class WorkflowTransitionsSection : IBenchmarkSection
{
    private static readonly WorkflowActor Officer = new("bench", ["Officer"]);

    public string Name => "Persisted workflow transitions (start + 4 resumes, 5-step HumanTask flow)";

    public async Task RunAsync(bool quick, BenchmarkResults results)
    {
        var instances = quick ? 300 : 2_000;
        var (services, _) = await BenchmarkDatabase.EngineAsync(BenchmarkDatabase.NewFile("transitions"), systemClock: true);
        await using var _services = services;
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
            var draft = await store.SaveDraftAsync(FiveSteps(), default);
            await store.PublishAsync(draft.DefinitionId, draft.Version, default);
        }

        // Warm-up until tiered JIT has settled (query compilation, tier-1 code), so quick and full runs measure the same thing.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(quick ? 1.5 : 3)) await RunInstancesAsync(services, 50);
        await results.CompareWithRawAsync("transitions", async () =>
        {
            var stopwatch = Stopwatch.StartNew();
            var transitions = await RunInstancesAsync(services, instances);
            stopwatch.Stop();
            Console.WriteLine($"{transitions:N0} transitions ({instances:N0} instances) in {stopwatch.Elapsed.TotalMilliseconds:N0} ms; " +
                              $"mean {stopwatch.Elapsed.TotalMilliseconds * 1000 / transitions:N0} µs per transition");
            return transitions / stopwatch.Elapsed.TotalSeconds;
        }, rounds: quick ? 1 : 3);
        Console.WriteLine("target: transitions/s >= 20% of raw commits/s");
    }

    private static async Task<int> RunInstancesAsync(IServiceProvider services, int instances)
    {
        var transitions = 0;
        for (var i = 0; i < instances; i++)
        {
            WorkflowInstanceSnapshot snapshot;
            await using (var scope = services.CreateAsyncScope())
                snapshot = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("five-steps", null, Officer, default);
            transitions++;
            while (snapshot.Bookmarks.Count > 0)
            {
                await using var scope = services.CreateAsyncScope();
                snapshot = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                    .ResumeAsync(snapshot.InstanceId, snapshot.Bookmarks[0].Id, "Done", null, Officer, default);
                transitions++;
            }
        }
        return transitions;
    }

    private static string FiveSteps() => """
        {
          "definitionId": "five-steps",
          "start": "step1",
          "activities": [
            { "id": "step1", "type": "HumanTask", "role": "Officer", "outcomes": ["Done"] },
            { "id": "step2", "type": "HumanTask", "role": "Officer", "outcomes": ["Done"] },
            { "id": "step3", "type": "HumanTask", "role": "Officer", "outcomes": ["Done"] },
            { "id": "step4", "type": "HumanTask", "role": "Officer", "outcomes": ["Done"] },
            { "id": "end", "type": "End", "result": "Completed" }
          ],
          "connections": [
            { "source": "step1", "outcome": "Done", "target": "step2" },
            { "source": "step2", "outcome": "Done", "target": "step3" },
            { "source": "step3", "outcome": "Done", "target": "step4" },
            { "source": "step4", "outcome": "Done", "target": "end" }
          ]
        }
        """;
}
