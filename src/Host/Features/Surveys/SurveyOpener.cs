using DomatAljandal.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// Opens a case's survey in the same SaveChanges that closes the case — whichever way it closed (completed, rejected,
/// withdrawn, cancelled or lapsed) and whoever closed it (the procedure, the member, an officer, the engine's End). The
/// invitation itself is sent by <see cref="SurveySweep"/> through the outbox. A case has one survey: the unique index on
/// <c>case_surveys.case_id</c> holds the line if two closings ever raced.
/// </summary>
public sealed class SurveyOpener(IOptions<SurveyOptions> options) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Open(context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Open(context);
        }

        return ValueTask.FromResult(result);
    }

    private void Open(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var closed = context.ChangeTracker.Entries<ServiceCase>()
            .Where(e => e.Entity.IsClosed && e.Entity.ClosedAt is not null
                        && (e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(c => c.Status).IsModified)))
            .Select(e => e.Entity)
            .ToList();
        foreach (var serviceCase in closed)
        {
            if (context.ChangeTracker.Entries<CaseSurvey>().Any(s => s.Entity.CaseId == serviceCase.Id))
            {
                continue;
            }

            context.Add(CaseSurvey.For(serviceCase, serviceCase.ClosedAt!.Value, options.Value.OpenDays));
        }
    }
}
