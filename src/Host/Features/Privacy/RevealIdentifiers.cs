using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// Opens a member's national ID and mobile for a viewer who sees them masked: the reason is required and audited on the
/// member's record (so the member page shows who looked). From a case (<see cref="CaseCommand"/>) it also opens the case's
/// submitted data that held an ID or a mobile, and the audit says which case.
/// </summary>
public static class RevealIdentifiers
{
    public sealed record Command(Guid MemberId, string? Reason) : IRequest<Identifiers>;

    public sealed record CaseCommand(Guid CaseId, string? Reason) : IRequest<CaseIdentifiers>;

    public sealed record Identifiers(string NationalId, string Mobile, string MobileLocal);

    /// <summary>The member's identifiers and, by field key, the submitted data that shows masked.</summary>
    public sealed record CaseIdentifiers(Guid MemberId, string NationalId, string Mobile, string MobileLocal, IReadOnlyDictionary<string, string> SubmittedData);

    public sealed class Handler(AppDbContext db, AuditTrail audit) : IRequestHandler<Command, Identifiers>, IRequestHandler<CaseCommand, CaseIdentifiers>
    {
        public async Task<Identifiers> Handle(Command request, CancellationToken cancellationToken)
        {
            var reason = ReasonOf(request.Reason);
            return await RevealAsync(request.MemberId, new { revealed = new[] { "nationalId", "mobile" }, reason }, cancellationToken);
        }

        public async Task<CaseIdentifiers> Handle(CaseCommand request, CancellationToken cancellationToken)
        {
            var reason = ReasonOf(request.Reason);
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                              ?? throw CaseProblems.NotFound(request.CaseId);
            var fields = serviceCase.SubmittedData.Where(d => IdentifierMasking.HoldsIdentifiers(d.Value))
                .ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
            var shown = await RevealAsync(serviceCase.MemberId,
                new { revealed = new[] { "nationalId", "mobile" }.Concat(fields.Keys.Select(k => $"data.{k}")), reason, caseId = serviceCase.Id, caseReference = serviceCase.Reference.Value },
                cancellationToken);
            return new CaseIdentifiers(serviceCase.MemberId, shown.NationalId, shown.Mobile, shown.MobileLocal, fields);
        }

        private static string ReasonOf(string? reason) => Require.Text(reason, 500, "reason", "سبب الاطلاع", "The reason to see them");

        private async Task<Identifiers> RevealAsync(Guid memberId, object details, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().AsNoTracking().Where(m => m.Id == memberId)
                             .Select(m => new { m.NationalId, m.Mobile }).FirstOrDefaultAsync(cancellationToken)
                         ?? throw MemberProblems.NotFound(memberId);
            audit.Record(AuditAction.Viewed, MemberAuditSnapshot.EntityType, memberId.ToString(), details);
            await db.SaveChangesAsync(cancellationToken);
            return new Identifiers(member.NationalId, member.Mobile, Domain.People.MobileNumber.TryParse(member.Mobile, out var m) ? m.LocalNumber : member.Mobile);
        }
    }
}
