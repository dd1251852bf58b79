using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach.Knowledge;

/// <summary>
/// The answers to common questions: searched with the member search's Arabic normalization (every word of the query,
/// in any spelling variant, must appear), written by staff, rated "was this helpful?", and the portal's fruitless
/// searches kept for the manager.
/// </summary>
public static class KnowledgeBase
{
    /// <summary>MemberId: The portal's member: only published answers, and a search that finds nothing is recorded. StaffView: Staff see unpublished answers too.</summary>
    public sealed record Search(string? Q, string? Category, bool StaffView, Guid? MemberId, int? Page = null, int? PageSize = null)
        : IRequest<Paged<ArticleDto>>;

    public sealed record Save(Guid? Id, string? Question, string? Answer, string? QuestionEn, string? AnswerEn, string? Category, bool? IsPublished,
        string Actor) : IRequest<ArticleDto>;

    public sealed record Rate(Guid Id, bool? Helpful, bool StaffView) : IRequest<ArticleDto>;

    public sealed record Misses(int? Page = null, int? PageSize = null) : IRequest<Paged<MissDto>>;

    /// <summary>The manager closes a fruitless question (answered now, or not worth an answer).</summary>
    public sealed record CloseMiss(string? Query) : IRequest<int>;

    public sealed record ArticleDto(Guid Id, string Question, string Answer, string? QuestionEn, string? AnswerEn, string Category, bool IsPublished,
        int HelpfulCount, int NotHelpfulCount, DateTimeOffset UpdatedAt)
    {
        public static ArticleDto From(KnowledgeArticle a) =>
            new(a.Id, a.Question, a.Answer, a.QuestionEn, a.AnswerEn, a.Category, a.IsPublished, a.HelpfulCount, a.NotHelpfulCount, a.UpdatedAt);
    }

    public sealed record MissDto(string Query, string NormalizedQuery, int Times, DateTimeOffset LastSearchedAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock) :
        IRequestHandler<Search, Paged<ArticleDto>>,
        IRequestHandler<Save, ArticleDto>,
        IRequestHandler<Rate, ArticleDto>,
        IRequestHandler<Misses, Paged<MissDto>>,
        IRequestHandler<CloseMiss, int>
    {
        public async Task<Paged<ArticleDto>> Handle(Search request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            if (request.Q is { Length: > 200 })
            {
                throw ProblemException.Validation("q", "نص البحث طويل (٢٠٠ حرف على الأكثر).", "q is at most 200 characters.");
            }

            var query = db.Set<KnowledgeArticle>().AsNoTracking();
            if (!request.StaffView)
            {
                query = query.Where(a => a.IsPublished);
            }

            if (!string.IsNullOrWhiteSpace(request.Category))
            {
                var category = request.Category.Trim();
                query = query.Where(a => a.Category == category);
            }

            var tokens = ArabicText.Tokens(request.Q).Distinct().Take(10).ToList();
            foreach (var token in tokens.Select(WithoutArticle))
            {
                query = query.Where(a => a.SearchText.Contains(token));
            }

            var page = await paging.ReadAsync(query.OrderByDescending(a => a.HelpfulCount - a.NotHelpfulCount).ThenBy(a => a.Question).ThenBy(a => a.Id),
                cancellationToken);
            if (page.Total == 0 && tokens.Count > 0 && !request.StaffView)
            {
                db.Add(KnowledgeSearchMiss.Of(request.Q!.Trim(), string.Join(' ', tokens), request.MemberId, clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
            }

            return page.Select(ArticleDto.From);
        }

        public async Task<ArticleDto> Handle(Save request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            KnowledgeArticle article;
            if (request.Id is { } id)
            {
                article = await db.Set<KnowledgeArticle>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound();
                article.Rewrite(request.Question!, request.Answer!, request.QuestionEn, request.AnswerEn, request.Category!,
                    request.IsPublished ?? article.IsPublished, now);
            }
            else
            {
                article = KnowledgeArticle.Write(request.Question!, request.Answer!, request.QuestionEn, request.AnswerEn, request.Category!,
                    request.IsPublished ?? true, request.Actor, now);
                db.Add(article);
            }

            await db.SaveChangesAsync(cancellationToken);
            return ArticleDto.From(article);
        }

        public async Task<ArticleDto> Handle(Rate request, CancellationToken cancellationToken)
        {
            var helpful = request.Helpful ?? throw ProblemException.Validation("helpful", "أجب بنعم أو لا.", "helpful is true or false.");
            var article = await db.Set<KnowledgeArticle>().FirstOrDefaultAsync(a => a.Id == request.Id && (request.StaffView || a.IsPublished), cancellationToken)
                          ?? throw NotFound();
            article.Rate(helpful);
            await db.SaveChangesAsync(cancellationToken);
            return ArticleDto.From(article);
        }

        public async Task<Paged<MissDto>> Handle(Misses request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            // Grouped in memory: the open misses are few (closing them is the manager's job), and SQLite cannot order by a converted MAX.
            var open = await db.Set<KnowledgeSearchMiss>().AsNoTracking().Where(m => m.ClosedAt == null)
                .Select(m => new { m.Query, m.NormalizedQuery, m.SearchedAt }).ToListAsync(cancellationToken);
            var grouped = open.GroupBy(m => m.NormalizedQuery)
                .Select(g => new MissDto(g.OrderByDescending(m => m.SearchedAt).First().Query, g.Key, g.Count(), g.Max(m => m.SearchedAt)))
                .OrderByDescending(m => m.Times).ThenByDescending(m => m.LastSearchedAt).ToList();
            return paging.ToPaged([.. grouped.Skip(paging.Skip).Take(paging.PageSize)], grouped.Count);
        }

        public async Task<int> Handle(CloseMiss request, CancellationToken cancellationToken)
        {
            var normalized = string.Join(' ', ArabicText.Tokens(request.Query).Distinct().Take(10));
            if (normalized.Length == 0)
            {
                throw ProblemException.Validation("query", "اذكر السؤال.", "Give the query.");
            }

            var misses = await db.Set<KnowledgeSearchMiss>().Where(m => m.ClosedAt == null && m.NormalizedQuery == normalized).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var miss in misses)
            {
                miss.Close(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            return misses.Count;
        }

        /// <summary>«الرسوم» also finds «رسوم»: the definite article is dropped from a longer word (the rest still matches inside «الرسوم»).</summary>
        private static string WithoutArticle(string token) => token.Length > 4 && token.StartsWith("ال", StringComparison.Ordinal) ? token[2..] : token;

        private static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "No such answer.", "لا يوجد هذا الجواب. / No such answer.");
    }
}
