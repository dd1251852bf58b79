using DomatAljandal.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DomatAljandal.Host.Features.Members.Search;

/// <summary>
/// Keeps <c>member_search_tokens</c> in step with <c>members</c> inside the same SaveChanges: whoever registers or
/// changes a member — the registry, a case opened with a new member, the portal — the tokens commit with the row.
/// A member's searchable fields are exactly those that change <see cref="Member.SearchText"/>, so a modified member is
/// re-tokenized only when it changed.
/// </summary>
public sealed class MemberSearchIndexer : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            SyncAsync(context, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await SyncAsync(context, sync: false, cancellationToken);
        }

        return result;
    }

    private static async Task SyncAsync(DbContext context, bool sync, CancellationToken cancellationToken)
    {
        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries<Member>()
            .Where(e => e.State == EntityState.Added
                        || (e.State == EntityState.Modified && e.Property(m => m.SearchText).IsModified))
            .Select(e => (e.Entity, IsNew: e.State == EntityState.Added))
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var tokens = context.Set<MemberSearchToken>();
        var existingIds = changed.Where(c => !c.IsNew).Select(c => c.Entity.Id).ToList();
        var existingQuery = tokens.Where(t => existingIds.Contains(t.MemberId));
        var existing = existingIds.Count == 0 ? []
            : sync ? existingQuery.ToList()
            : await existingQuery.ToListAsync(cancellationToken);

        foreach (var (member, _) in changed)
        {
            var wanted = MemberSearchTokens.Of(member);
            var current = existing.Where(t => t.MemberId == member.Id).ToDictionary(t => t.Token, StringComparer.Ordinal);
            foreach (var stale in current.Values.Where(t => !wanted.ContainsKey(t.Token)))
            {
                tokens.Remove(stale);
            }

            foreach (var (token, kind) in wanted)
            {
                if (current.TryGetValue(token, out var kept))
                {
                    kept.Kind = kind;
                }
                else
                {
                    tokens.Add(new MemberSearchToken(member.Id, token, kind));
                }
            }
        }
    }
}
