using System.Globalization;
using System.Runtime.CompilerServices;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// Gives each new letter the next letter reference of its Hijri year as it is saved, in the transaction that stores it:
/// an officer's letter and a workflow's (whose unit of work may run outside any transaction of the host) are numbered
/// the same way, and a letter whose save fails takes no number. When no transaction is open one is begun for the save
/// and committed (or rolled back) with it.
/// </summary>
public sealed class LetterNumbering(IOptions<SocietyOptions> society) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _own = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            var unnumbered = db.ChangeTracker.Entries<CaseLetter>()
                .Where(e => e.State == EntityState.Added && e.Entity.Reference.Length == 0).Select(e => e.Entity).ToList();
            if (unnumbered.Count > 0)
            {
                if (db.Database.CurrentTransaction is null)
                {
                    _own.AddOrUpdate(db, await db.Database.BeginTransactionAsync(cancellationToken));
                }

                var numbers = new ReferenceNumbers(db);
                foreach (var letter in unnumbered.OrderBy(l => l.IssuedAt).ThenBy(l => l.Id))
                {
                    var year = DualDate.HijriYear(new DateTimeOffset(letter.IssuedAt, TimeSpan.Zero));
                    var sequence = await numbers.NextAsync(ReferenceCounter.Letters, year, cancellationToken);
                    letter.Number(string.Create(CultureInfo.InvariantCulture, $"{society.Value.ReferencePrefix}-L-{year}-{sequence:000000}"));
                }
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context?.ChangeTracker.Entries<CaseLetter>().Any(e => e.State == EntityState.Added && e.Entity.Reference.Length == 0) == true)
        {
            throw new InvalidOperationException("Letters are numbered by SaveChangesAsync.");
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _own.TryGetValue(db, out var transaction))
        {
            _own.Remove(db);
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _own.TryGetValue(db, out var transaction))
        {
            _own.Remove(db);
            await transaction.RollbackAsync(cancellationToken);
            await transaction.DisposeAsync();
            // The numbers were rolled back with the rows: the next save numbers the letters again.
            foreach (var entry in db.ChangeTracker.Entries<CaseLetter>().Where(e => e.State == EntityState.Added))
            {
                entry.Property(l => l.Reference).CurrentValue = string.Empty;
            }
        }

        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }
}
