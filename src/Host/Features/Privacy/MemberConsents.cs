using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// A member's consents as they see and change them in the portal: the current answers, the history (when, how, who
/// recorded it, which privacy notice), and a change recorded as given in the portal with the notice version shown.
/// </summary>
public static class MemberConsents
{
    public sealed record ConsentRecordDto(ConsentKind Kind, bool Given, DateTimeOffset At, ConsentMethod Method, string RecordedBy, int? PrivacyNoticeVersion);

    public sealed record ConsentsDto(
        bool ConsentToContact,
        DateTimeOffset? ConsentToContactAt,
        bool ConsentToDataProcessing,
        DateTimeOffset? ConsentToDataProcessingAt,
        int? PrivacyNoticeVersion,
        IReadOnlyList<ConsentRecordDto> History,
        bool ConsentToSms,
        DateTimeOffset? ConsentToSmsAt,
        bool ConsentToEmail,
        DateTimeOffset? ConsentToEmailAt);

    /// <summary>
    /// Null leaves a consent as it is. <paramref name="ConsentToSms"/> and <paramref name="ConsentToEmail"/> answer per
    /// channel; a channel never answered follows the consent to be contacted.
    /// </summary>
    public sealed record ConsentsBody(bool? ConsentToContact, bool? ConsentToDataProcessing, int? PrivacyNoticeVersion, bool? ConsentToSms = null, bool? ConsentToEmail = null);

    public sealed record Query(Guid MemberId) : IRequest<ConsentsDto>;

    public sealed record Change(Guid MemberId, ConsentsBody Body, string Actor) : IRequest<ConsentsDto>;

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<Query, ConsentsDto>, IRequestHandler<Change, ConsentsDto>
    {
        public async Task<ConsentsDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
                         ?? throw MemberProblems.NotFound(request.MemberId);
            return await ToDtoAsync(member, cancellationToken);
        }

        public async Task<ConsentsDto> Handle(Change request, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().FirstOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
                         ?? throw MemberProblems.NotFound(request.MemberId);
            var current = await db.Set<PrivacyNotice>().MaxAsync(n => (int?)n.Version, cancellationToken);
            var version = request.Body.PrivacyNoticeVersion ?? current;
            if (version is not null && !await db.Set<PrivacyNotice>().AnyAsync(n => n.Version == version, cancellationToken))
            {
                throw Infrastructure.ProblemException.Validation("privacyNoticeVersion", "لا يوجد إصدار بهذا الرقم من إشعار الخصوصية.", "There is no such privacy notice version.");
            }

            var evidence = new ConsentEvidence(clock.GetUtcNow(), ConsentMethod.Portal, request.Actor, version);
            var changed = new Dictionary<string, object?>();
            if (request.Body.ConsentToContact is { } contact && member.RecordConsent(ConsentKind.Contact, contact, evidence))
            {
                changed["consentToContact"] = contact;
            }

            if (request.Body.ConsentToDataProcessing is { } processing && member.RecordConsent(ConsentKind.DataProcessing, processing, evidence))
            {
                changed["consentToDataProcessing"] = processing;
            }

            if (request.Body.ConsentToSms is { } sms && member.RecordConsent(ConsentKind.ContactBySms, sms, evidence))
            {
                changed["consentToSms"] = sms;
            }

            if (request.Body.ConsentToEmail is { } email && member.RecordConsent(ConsentKind.ContactByEmail, email, evidence))
            {
                changed["consentToEmail"] = email;
            }

            if (changed.Count > 0)
            {
                MemberVersion.Touch(db, member);
                audit.Record(AuditAction.Updated, MemberAuditSnapshot.EntityType, member.Id.ToString(), new { consents = changed, method = "Portal", privacyNoticeVersion = version });
                await db.SaveChangesAsync(cancellationToken);
            }

            return await ToDtoAsync(member, cancellationToken);
        }

        private async Task<ConsentsDto> ToDtoAsync(Member member, CancellationToken cancellationToken)
        {
            var current = await db.Set<PrivacyNotice>().MaxAsync(n => (int?)n.Version, cancellationToken);
            return new ConsentsDto(member.ConsentToContact, member.ConsentToContactAt, member.ConsentToDataProcessing, member.ConsentToDataProcessingAt, current,
                [.. member.ConsentHistory.OrderByDescending(c => c.At).Select(c => new ConsentRecordDto(c.Kind, c.Given, c.At, c.Method, c.RecordedBy, c.PrivacyNoticeVersion))],
                member.ConsentsTo(ContactChannel.Sms), member.ConsentToSmsAt, member.ConsentsTo(ContactChannel.Email), member.ConsentToEmailAt);
        }
    }
}
