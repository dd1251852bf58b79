using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members.Search;

/// <summary>
/// The front desk's search: by any part of the name, national ID, mobile or membership number, Arabic-aware, ranked.
/// Each query term is a prefix range on the token index (<c>token &gt;= t AND token &lt; t + U+FFFF</c>, which both
/// providers serve from <c>ix_member_search_tokens_token</c>); a member must match every term; an exact identifier
/// (national ID, mobile) ranks first, then exact words over prefixes, then the name. An empty query lists the newest.
/// </summary>
public static class SearchMembers
{
    /// <summary>maskIdentifiers: the viewer sees national IDs and mobiles masked.</summary>
    public sealed record Query(string? Q, int? Page = null, int? PageSize = null, bool MaskIdentifiers = false) : IRequest<Paged<MemberSearchHit>>;

    public sealed record MemberSearchHit(
        Guid Id,
        string FullName,
        string? EnglishName,
        string NationalId,
        string Mobile,
        string? MembershipNumber,
        string? City,
        IReadOnlyList<string> Roles,
        MembershipStatus Status,
        int Score);

    /// <summary>Score of one term for one member: the best of its tokens.</summary>
    public const int DefaultPageSize = 20;

    private const int ExactIdentifier = 100;
    private const int ExactWord = 2;
    private const int Prefix = 1;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<MemberSearchHit>>
    {
        public async Task<Paged<MemberSearchHit>> Handle(Query request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize, DefaultPageSize);
            var terms = MemberSearchTokens.OfQuery(request.Q);
            if (terms.Count == 0)
            {
                var newest = await db.Set<Member>().AsNoTracking()
                    .OrderByDescending(m => m.RegisteredAt).ThenBy(m => m.Id)
                    .Skip(paging.Skip).Take(paging.PageSize)
                    .Select(m => new Row(m.Id, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName, m.EnglishName, m.NationalId, m.Mobile,
                        m.MembershipNumber, m.City, m.Roles, m.Status, 0))
                    .ToListAsync(cancellationToken);
                return paging.ToPaged<MemberSearchHit>([.. newest.Select(r => ToHit(r, request.MaskIdentifiers))], await paging.TotalAsync(db.Set<Member>(), newest.Count, cancellationToken));
            }

            var scored = Scored(db, terms);
            var rows = await scored
                .Join(db.Set<Member>(), s => s.MemberId, m => m.Id, (s, m) => new { s.Score, m })
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.m.FirstName).ThenBy(x => x.m.FatherName).ThenBy(x => x.m.GrandfatherName).ThenBy(x => x.m.FamilyName).ThenBy(x => x.m.Id)
                .Skip(paging.Skip).Take(paging.PageSize)
                .Select(x => new Row(x.m.Id, x.m.FirstName, x.m.FatherName, x.m.GrandfatherName, x.m.FamilyName, x.m.EnglishName, x.m.NationalId,
                    x.m.Mobile, x.m.MembershipNumber, x.m.City, x.m.Roles, x.m.Status, x.Score))
                .ToListAsync(cancellationToken);
            return paging.ToPaged<MemberSearchHit>([.. rows.Select(r => ToHit(r, request.MaskIdentifiers))], await paging.TotalAsync(scored, rows.Count, cancellationToken));
        }

        private static MemberSearchHit ToHit(Row r, bool masked) => new(r.Id, $"{r.FirstName} {r.FatherName} {r.GrandfatherName} {r.FamilyName}", r.EnglishName,
            masked ? Privacy.IdentifierMasking.NationalId(r.NationalId) : r.NationalId, masked ? Privacy.IdentifierMasking.Mobile(r.Mobile) : r.Mobile, r.MembershipNumber, r.City, MemberRoleNames.Of(r.Roles), r.Status, r.Score);
    }

    /// <summary>
    /// Members matching every term, with their score: per term, the best token of the member in the term's prefix range
    /// (one GROUP BY over an index range each), then UNION ALL of the terms, kept where all terms matched.
    /// </summary>
    public static IQueryable<ScoredMember> Scored(AppDbContext db, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            throw new ArgumentException("At least one term.", nameof(terms));
        }

        IQueryable<ScoredMember>? all = null;
        foreach (var term in terms)
        {
            var from = term;
            var to = term + char.MaxValue;
            var perTerm = db.Set<MemberSearchToken>()
                .Where(t => string.Compare(t.Token, from) >= 0 && string.Compare(t.Token, to) < 0)
                .GroupBy(t => t.MemberId)
                .Select(g => new ScoredMember
                {
                    MemberId = g.Key,
                    Score = g.Max(t => t.Token == from ? (t.Kind == MemberSearchTokenKind.Identifier ? ExactIdentifier : ExactWord) : Prefix),
                });
            all = all is null ? perTerm : all.Concat(perTerm);
        }

        if (terms.Count == 1)
        {
            return all!;
        }

        var count = terms.Count;
        return all!.GroupBy(s => s.MemberId)
            .Where(g => g.Count() == count)
            .Select(g => new ScoredMember { MemberId = g.Key, Score = g.Sum(s => s.Score) });
    }

    public sealed class ScoredMember
    {
        public Guid MemberId { get; init; }

        public int Score { get; init; }
    }

    private sealed record Row(Guid Id, string FirstName, string FatherName, string GrandfatherName, string FamilyName, string? EnglishName,
        string NationalId, string Mobile, string? MembershipNumber, string? City, MemberRoles Roles, MembershipStatus Status, int Score);
}
