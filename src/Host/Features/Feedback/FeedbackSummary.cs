using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// The managers' picture of suggestions and complaints received in a period: how many are open, overdue and were
/// escalated, how long the first answer took (hours, mean), the members' rating of the answers, and the suggestions adopted.
/// </summary>
public static class FeedbackSummary
{
    public sealed record Query(DateOnly From, DateOnly To) : IRequest<Summary>;

    public sealed record Summary(int Received, int Complaints, int Suggestions, int Open, int Overdue, int Escalated, int Answered,
        double? HoursToAnswer, double? Rating, int Adopted, IReadOnlyList<MonthCount> ByMonth);

    public sealed record MonthCount(string Month, int Complaints, int Suggestions);

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IRequestHandler<Query, Summary>
    {
        public async Task<Summary> Handle(Query request, CancellationToken cancellationToken)
        {
            var from = new DateTimeOffset(request.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var to = new DateTimeOffset(request.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var rows = await db.Set<FeedbackItem>().AsNoTracking().Where(f => f.SubmittedAt >= from && f.SubmittedAt < to)
                .Select(f => new { f.Kind, f.SubmittedAt, f.AnsweredAt, f.DueAt, f.EscalatedAt, f.Rating, f.AdoptedAt })
                .ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var answered = rows.Where(r => r.AnsweredAt is not null).ToList();
            var rated = rows.Where(r => r.Rating is not null).ToList();
            return new Summary(
                rows.Count,
                rows.Count(r => r.Kind == FeedbackKind.Complaint),
                rows.Count(r => r.Kind == FeedbackKind.Suggestion),
                rows.Count(r => r.AnsweredAt is null),
                rows.Count(r => r.AnsweredAt is null && r.DueAt is { } due && due <= now),
                rows.Count(r => r.EscalatedAt is not null),
                answered.Count,
                answered.Count == 0 ? null : Math.Round(answered.Average(r => (r.AnsweredAt!.Value - r.SubmittedAt).TotalHours), 1),
                rated.Count == 0 ? null : Math.Round(rated.Average(r => r.Rating!.Value), 2),
                rows.Count(r => r.AdoptedAt is not null),
                [.. rows.GroupBy(r => r.SubmittedAt.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new MonthCount(g.Key, g.Count(r => r.Kind == FeedbackKind.Complaint), g.Count(r => r.Kind == FeedbackKind.Suggestion)))]);
        }
    }
}
