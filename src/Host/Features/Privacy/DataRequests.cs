using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Privacy;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// Data-subject requests (access, correction, erasure) on the law's 30-day clock: opened by the member in the portal or
/// by an officer on the member's behalf, listed for managers with the days left, extended once with a reason, answered
/// with the export, and completed (an erasure erases when it completes).
/// </summary>
public static class DataRequests
{
    public sealed record DataRequestDto(
        Guid Id,
        Guid MemberId,
        string MemberName,
        DataRequestKind Kind,
        ConsentMethod Channel,
        string? Details,
        DataRequestStatus Status,
        DateTimeOffset OpenedAt,
        string OpenedBy,
        DateTimeOffset DueAt,
        int DaysLeft,
        bool IsOverdue,
        string? ExtensionReason,
        DateTimeOffset? CompletedAt,
        string? Outcome);

    public sealed record OpenBody(string? Kind, string? Details, string? Channel);

    public sealed record ExtendBody(string? Reason);

    public sealed record CompleteBody(string? Outcome);

    /// <summary>byMember: True from the portal (channel Portal); false when an officer records it.</summary>
    public sealed record Open(Guid MemberId, OpenBody Body, string Actor, bool ByMember) : IRequest<DataRequestDto>;

    /// <summary>Open first, by due date (the most urgent on top); <c>status</c> filters.</summary>
    public sealed record List(DataRequestStatus? Status, Guid? MemberId, int? Page, int? PageSize) : IRequest<Paged<DataRequestDto>>;

    public sealed record Extend(Guid RequestId, string? Reason, string Actor) : IRequest<DataRequestDto>;

    public sealed record Complete(Guid RequestId, string? Outcome, string Actor) : IRequest<DataRequestDto>;

    public sealed class Handler(AppDbContext db, AuditTrail audit, MemberErasure erasure, TimeProvider clock) :
        IRequestHandler<Open, DataRequestDto>, IRequestHandler<List, Paged<DataRequestDto>>,
        IRequestHandler<Extend, DataRequestDto>, IRequestHandler<Complete, DataRequestDto>
    {
        public async Task<DataRequestDto> Handle(Open request, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
                         ?? throw MemberProblems.NotFound(request.MemberId);
            var kind = ParseEnum<DataRequestKind>(request.Body.Kind, "kind", required: true)!.Value;
            var channel = request.ByMember ? ConsentMethod.Portal : ParseEnum<ConsentMethod>(request.Body.Channel, "channel", required: false) ?? ConsentMethod.Desk;
            if (member.ErasedAt is not null)
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "The member's data has been erased.", "بيانات العضو محذوفة. / The member's data has been erased.");
            }

            var opened = DataSubjectRequest.Open(member.Id, kind, channel, request.Body.Details, request.Actor, clock.GetUtcNow());
            db.Add(opened);
            audit.Record(AuditAction.Created, "DataSubjectRequest", opened.Id.ToString(), new { memberId = member.Id, kind = kind.ToString(), channel = channel.ToString() });
            await db.SaveChangesAsync(cancellationToken);
            return ToDto(opened, member.FullName, clock.GetUtcNow());
        }

        public async Task<Paged<DataRequestDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var page = PageRequest.Of(request.Page, request.PageSize);
            var query = db.Set<DataSubjectRequest>().AsNoTracking();
            if (request.Status is { } status)
            {
                query = query.Where(r => r.Status == status);
            }

            if (request.MemberId is { } memberId)
            {
                query = query.Where(r => r.MemberId == memberId);
            }

            var rows = await page.ReadAsync(query
                .OrderBy(r => r.Status == DataRequestStatus.Completed).ThenBy(r => r.DueAt).ThenBy(r => r.Id)
                .Join(db.Set<Member>(), r => r.MemberId, m => m.Id, (r, m) => new { Request = r, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName }), cancellationToken);
            var now = clock.GetUtcNow();
            return rows.Select(r => ToDto(r.Request, $"{r.FirstName} {r.FatherName} {r.GrandfatherName} {r.FamilyName}", now));
        }

        public async Task<DataRequestDto> Handle(Extend request, CancellationToken cancellationToken)
        {
            var found = await FindAsync(request.RequestId, cancellationToken);
            found.Extend(request.Reason!, clock.GetUtcNow());
            audit.Record(AuditAction.Updated, "DataSubjectRequest", found.Id.ToString(), new { extendedBy = request.Actor, reason = found.ExtensionReason, dueAt = found.DueAt });
            await db.SaveChangesAsync(cancellationToken);
            return await DtoAsync(found, cancellationToken);
        }

        public async Task<DataRequestDto> Handle(Complete request, CancellationToken cancellationToken)
        {
            var found = await FindAsync(request.RequestId, cancellationToken);
            if (found.Status == DataRequestStatus.Completed)
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "The request is already completed.", "الطلب مكتمل مسبقًا. / The request is already completed.");
            }

            var outcome = request.Outcome;
            if (found.Kind == DataRequestKind.Erasure)
            {
                var report = await erasure.EraseAsync(found.MemberId, cancellationToken);
                outcome = string.Join(Environment.NewLine, [.. string.IsNullOrWhiteSpace(outcome) ? Array.Empty<string>() : [outcome], .. report.Lines()]);
            }

            found.Complete(string.IsNullOrWhiteSpace(outcome) ? (found.Kind == DataRequestKind.Access ? "Export provided." : string.Empty) : outcome, request.Actor, clock.GetUtcNow());
            audit.Record(AuditAction.Updated, "DataSubjectRequest", found.Id.ToString(), new { completedBy = request.Actor, status = "Completed" });
            await db.SaveChangesAsync(cancellationToken);
            return await DtoAsync(found, cancellationToken);
        }

        private async Task<DataSubjectRequest> FindAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Set<DataSubjectRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw PrivacyProblems.NoSuchRequest(id);

        private async Task<DataRequestDto> DtoAsync(DataSubjectRequest found, CancellationToken cancellationToken)
        {
            var name = await db.Set<Member>().Where(m => m.Id == found.MemberId)
                .Select(m => m.FirstName + " " + m.FatherName + " " + m.GrandfatherName + " " + m.FamilyName).FirstAsync(cancellationToken);
            return ToDto(found, name, clock.GetUtcNow());
        }

        private static DataRequestDto ToDto(DataSubjectRequest r, string memberName, DateTimeOffset now) => new(
            r.Id, r.MemberId, memberName, r.Kind, r.Channel, r.Details, r.Status, r.OpenedAt, r.OpenedBy, r.DueAt,
            r.DaysLeft(now), r.IsOverdue(now), r.ExtensionReason, r.CompletedAt, r.Outcome);

        private static T? ParseEnum<T>(string? value, string field, bool required)
            where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return required ? throw ProblemException.Validation(field, $"{field} مطلوب: {string.Join(" | ", Enum.GetNames<T>())}", $"{field} is required: {string.Join(", ", Enum.GetNames<T>())}.") : null;
            }

            return !char.IsAsciiDigit(value.Trim()[0]) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw ProblemException.Validation(field, $"{field}: {string.Join(" | ", Enum.GetNames<T>())}", $"{field} is one of: {string.Join(", ", Enum.GetNames<T>())}.");
        }
    }
}
