using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Privacy;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Feedback;
using DomatAljandal.Host.Features.Interactions;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Features.Portal.Requests;
using DomatAljandal.Host.Features.Volunteering;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// Everything the society holds about one member, for an access request: the profile, consents and their history, the
/// cases with their data, documents (names, not the files) and letters, interactions, volunteering, suggestions and
/// complaints, and who accessed the record. Survey answers join here when surveys exist. The export itself is audited.
/// </summary>
public static class MemberDataExport
{
    public sealed record Export(
        DateTimeOffset GeneratedAt,
        MemberDetails Profile,
        MemberConsents.ConsentsDto Consents,
        IReadOnlyList<TrackRequest.TrackedRequest> Cases,
        IReadOnlyList<InteractionExport> Interactions,
        IReadOnlyList<VolunteeringExport> Volunteering,
        IReadOnlyList<FeedbackExport> Feedback,
        IReadOnlyList<DataRequestExport> DataRequests,
        IReadOnlyList<AccessExport> AccessedBy);

    public sealed record InteractionExport(DateTimeOffset At, Channel Channel, InteractionDirection Direction, string Subject, string? Summary, string RecordedBy);

    public sealed record VolunteeringExport(DateOnly WorkedOn, decimal Hours, string Description, bool Approved);

    public sealed record FeedbackExport(string Reference, FeedbackKind Kind, string Subject, string Text, DateTimeOffset SubmittedAt, string? Answer);

    public sealed record DataRequestExport(DataRequestKind Kind, DataRequestStatus Status, DateTimeOffset OpenedAt, DateTimeOffset DueAt);

    public sealed record AccessExport(DateTimeOffset At, string Actor, AuditAction Action);

    /// <summary>The export for the request (which must be an access request of an unerased member).</summary>
    public sealed record ForRequest(Guid RequestId) : IRequest<Export>;

    public sealed class Handler(AppDbContext db, IMediator mediator, AuditTrail audit, TimeProvider clock) : IRequestHandler<ForRequest, Export>
    {
        public async Task<Export> Handle(ForRequest request, CancellationToken cancellationToken)
        {
            var found = await db.Set<DataSubjectRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RequestId, cancellationToken)
                        ?? throw PrivacyProblems.NoSuchRequest(request.RequestId);
            var member = await db.Set<Member>().FirstOrDefaultAsync(m => m.Id == found.MemberId, cancellationToken)
                         ?? throw MemberProblems.NotFound(found.MemberId);
            var id = member.Id;
            var memberKey = id.ToString();

            var caseIds = await db.Set<ServiceCase>().AsNoTracking().Where(c => c.MemberId == id).OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync(cancellationToken);
            var cases = new List<TrackRequest.TrackedRequest>();
            foreach (var caseId in caseIds)
            {
                cases.Add(await mediator.Send(new TrackRequest.Query(id, caseId), cancellationToken));
            }

            var interactions = await db.Set<Interaction>().AsNoTracking().Where(i => i.MemberId == id).OrderBy(i => i.At)
                .Select(i => new InteractionExport(i.At, i.Channel, i.Direction, i.Subject, i.Summary, i.RecordedBy)).ToListAsync(cancellationToken);
            var hours = await db.Set<VolunteerHours>().AsNoTracking().Where(h => h.MemberId == id).OrderBy(h => h.WorkedOn)
                .Select(h => new VolunteeringExport(h.WorkedOn, h.Hours, h.Description, h.ApprovedAt != null)).ToListAsync(cancellationToken);
            var feedback = await db.Set<FeedbackItem>().AsNoTracking().Where(f => f.MemberId == id).OrderBy(f => f.SubmittedAt)
                .Select(f => new FeedbackExport(f.Reference, f.Kind, f.Subject, f.Text, f.SubmittedAt, f.Answer)).ToListAsync(cancellationToken);
            var requests = await db.Set<DataSubjectRequest>().AsNoTracking().Where(r => r.MemberId == id).OrderBy(r => r.OpenedAt)
                .Select(r => new DataRequestExport(r.Kind, r.Status, r.OpenedAt, r.DueAt)).ToListAsync(cancellationToken);
            var accessed = await db.Set<AuditEntry>().AsNoTracking()
                .Where(a => a.EntityType == MemberAuditSnapshot.EntityType && a.EntityId == memberKey)
                .OrderByDescending(a => a.AtUtc).Take(500)
                .Select(a => new { a.AtUtc, a.Actor, a.Action }).ToListAsync(cancellationToken);

            var consents = await mediator.Send(new MemberConsents.Query(id), cancellationToken);
            audit.Record(AuditAction.Exported, MemberAuditSnapshot.EntityType, memberKey, new { dataRequestId = found.Id });
            await db.SaveChangesAsync(cancellationToken);
            return new Export(clock.GetUtcNow(), MemberDetails.From(member, MemberVersion.Of(db, member)), consents, cases, interactions, hours, feedback, requests,
                [.. accessed.Select(a => new AccessExport(StoredTimes.AsOffset(a.AtUtc), a.Actor, a.Action))]);
        }
    }
}
