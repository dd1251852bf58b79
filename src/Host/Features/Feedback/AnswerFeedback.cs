using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// Staff follow suggestions and complaints to the end: record one that came by phone, at the desk or any channel (for a
/// member or anonymous), read them (unanswered first, overdue marked), give them a department and an owner, answer in a
/// thread — the member told of every answer through their channel — and adopt a suggestion with the improvement made.
/// </summary>
public static class AnswerFeedback
{
    public sealed record List(FeedbackKind? Kind, bool? Answered, int? Page = null, int? PageSize = null, Guid? MemberId = null) : IRequest<Paged<StaffFeedbackDto>>;

    public sealed record Record(string? Kind, string? Subject, string? Text, string? Channel, Guid? MemberId, Guid? DepartmentId, Guid? CaseId, string? OwnerId,
        string Actor) : IRequest<StaffFeedbackDto>;

    public sealed record Answer(Guid Id, string? Text, string Actor) : IRequest<StaffFeedbackDto>;

    public sealed record Assign(Guid Id, Guid? DepartmentId, string? OwnerId) : IRequest<StaffFeedbackDto>;

    public sealed record Adopt(Guid Id, string? Improvement) : IRequest<StaffFeedbackDto>;

    public sealed record StaffFeedbackDto(Guid Id, string Reference, FeedbackKind Kind, Guid? MemberId, string? MemberName, string? MemberMobile, string Subject,
        string Text, Guid? CaseId, DateTimeOffset SubmittedAt, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt, Channel Channel,
        string? RecordedBy, Guid? DepartmentId, string? OwnerId, DateTimeOffset? DueAt, bool Overdue, DateTimeOffset? EscalatedAt,
        IReadOnlyList<FeedbackReply> Replies, int? Rating, DateTimeOffset? AdoptedAt, string? Improvement);

    public sealed class Handler(AppDbContext db, FeedbackIntake intake, IMemberNotifier notifier, IOptions<CaseOptions> cases, TimeProvider clock) :
        IRequestHandler<List, Paged<StaffFeedbackDto>>,
        IRequestHandler<Record, StaffFeedbackDto>,
        IRequestHandler<Answer, StaffFeedbackDto>,
        IRequestHandler<Assign, StaffFeedbackDto>,
        IRequestHandler<Adopt, StaffFeedbackDto>
    {
        public async Task<Paged<StaffFeedbackDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var query = db.Set<FeedbackItem>().AsNoTracking();
            if (request.Kind is { } kind)
            {
                query = query.Where(f => f.Kind == kind);
            }

            if (request.Answered is { } answered)
            {
                query = answered ? query.Where(f => f.AnsweredAt != null) : query.Where(f => f.AnsweredAt == null);
            }

            if (request.MemberId is { } memberId)
            {
                query = query.Where(f => f.MemberId == memberId);
            }

            var page = await paging.ReadAsync(query.OrderBy(f => f.AnsweredAt != null).ThenBy(f => f.SubmittedAt).ThenBy(f => f.Id), cancellationToken);
            var memberIds = page.Items.Where(f => f.MemberId != null).Select(f => f.MemberId!.Value).Distinct().ToList();
            var members = await db.Set<Member>().AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
            return page.Select(f => ToDto(f, f.MemberId is { } id ? members.GetValueOrDefault(id) : null));
        }

        public async Task<StaffFeedbackDto> Handle(Record request, CancellationToken cancellationToken)
        {
            var kind = EnumInput.Parse<FeedbackKind>(request.Kind, "kind");
            var channel = EnumInput.Parse<Channel>(request.Channel, "channel");
            if (request.MemberId is { } memberId && !await db.Set<Member>().AnyAsync(m => m.Id == memberId, cancellationToken))
            {
                throw ProblemException.Validation("memberId", "لا يوجد عضو بهذا المعرّف. / There is no such member.");
            }

            if (request.CaseId is { } caseId && !await db.Set<ServiceCase>().AnyAsync(c => c.Id == caseId && c.MemberId == request.MemberId, cancellationToken))
            {
                throw ProblemException.Validation("caseId", "الطلب ليس لهذا العضو. / The request is not this member's.");
            }

            await EnsureAssignableAsync(request.DepartmentId, request.OwnerId, cancellationToken);
            var item = await intake.ReceiveAsync(kind, request.MemberId, request.Subject, request.Text, request.CaseId, channel, request.Actor,
                request.DepartmentId, request.OwnerId ?? request.Actor, cancellationToken);
            return await ToDtoAsync(item, cancellationToken);
        }

        public async Task<StaffFeedbackDto> Handle(Answer request, CancellationToken cancellationToken)
        {
            var item = await FindAsync(request.Id, cancellationToken);
            var reply = item.AnswerWith(request.Text ?? string.Empty, request.Actor, clock.GetUtcNow());
            if (item.MemberId is { } memberId && await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken) is { } member)
            {
                await notifier.EnqueueForMemberAsync(MemberContact.Of(member), NotificationTemplateKeys.FeedbackAnswered,
                    new Dictionary<string, object?>
                    {
                        ["reference"] = item.Reference,
                        ["answer"] = reply.Text,
                        ["portalUrl"] = cases.Value.PublicBaseUrl is { } url ? $"{url.TrimEnd('/')}/portal/feedback" : null,
                    },
                    item.CaseId, $"feedback:{item.Id:N}:reply:{item.Replies.Count}", cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await ToDtoAsync(item, cancellationToken);
        }

        public async Task<StaffFeedbackDto> Handle(Assign request, CancellationToken cancellationToken)
        {
            var item = await FindAsync(request.Id, cancellationToken);
            await EnsureAssignableAsync(request.DepartmentId, request.OwnerId, cancellationToken);
            item.Assign(request.DepartmentId, request.OwnerId);
            await db.SaveChangesAsync(cancellationToken);
            return await ToDtoAsync(item, cancellationToken);
        }

        public async Task<StaffFeedbackDto> Handle(Adopt request, CancellationToken cancellationToken)
        {
            var item = await FindAsync(request.Id, cancellationToken);
            item.Adopt(request.Improvement, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await ToDtoAsync(item, cancellationToken);
        }

        private async Task EnsureAssignableAsync(Guid? departmentId, string? ownerId, CancellationToken cancellationToken)
        {
            if (departmentId is { } id && !await db.Set<DomatAljandal.Domain.Organization.Department>().AnyAsync(d => d.Id == id, cancellationToken))
            {
                throw ProblemException.Validation("department", "لا توجد إدارة بهذا المعرّف. / There is no such department.");
            }

            if (ownerId is not null && !await db.Users.AnyAsync(u => u.Id == ownerId && u.IsActive, cancellationToken))
            {
                throw ProblemException.Validation("ownerId", "لا يوجد موظف بهذا المعرّف. / There is no such staff member.");
            }
        }

        private async Task<FeedbackItem> FindAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Set<FeedbackItem>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found.", "لا يوجد مقترح أو شكوى بهذا المعرّف. / No such suggestion or complaint.");

        private async Task<StaffFeedbackDto> ToDtoAsync(FeedbackItem item, CancellationToken cancellationToken) =>
            ToDto(item, item.MemberId is { } id ? await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null);

        private StaffFeedbackDto ToDto(FeedbackItem f, Member? member) => new(f.Id, f.Reference, f.Kind, f.MemberId, member?.FullName, member?.Mobile,
            f.Subject, f.Text, f.CaseId, f.SubmittedAt, f.Answer, f.AnsweredBy, f.AnsweredAt, f.Channel, f.RecordedBy, f.DepartmentId, f.OwnerUserId, f.DueAt,
            f.IsOverdueAt(clock.GetUtcNow()), f.EscalatedAt, f.Replies, f.Rating, f.AdoptedAt, f.Improvement);
    }
}
