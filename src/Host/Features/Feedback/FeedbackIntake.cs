using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// Receives a suggestion or complaint, however it came: the year's reference, the department (given, else the case's),
/// and the answer deadline in working days — one place for the portal and the desk.
/// </summary>
public sealed class FeedbackIntake(AppDbContext db, ReferenceNumbers numbers, FeedbackDeadlines deadlines, IDepartmentDirectory departments,
    IOptions<SocietyOptions> society, TimeProvider clock)
{
    public async Task<FeedbackItem> ReceiveAsync(FeedbackKind kind, Guid? memberId, string? subject, string? text, Guid? caseId, Channel channel,
        string? recordedBy, Guid? departmentId, string? ownerUserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueAt = await deadlines.DueFromAsync(now, cancellationToken);
        var department = departmentId ?? (caseId is { } id ? await departments.DepartmentOfCaseAsync(id, cancellationToken) : null);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var year = DualDate.HijriYear(now);
            var sequence = await numbers.NextAsync(kind == FeedbackKind.Complaint ? "complaint" : "suggestion", year, ct);
            var item = FeedbackItem.Submit(FeedbackItem.ReferenceFor(society.Value.ReferencePrefix, kind, year, sequence), kind, memberId,
                subject ?? string.Empty, text ?? string.Empty, caseId, now, channel, recordedBy, department, ownerUserId, dueAt);
            db.Add(item);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return item;
        }, cancellationToken);
    }
}
