using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Interactions;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// The member's 360° page: the record (the read is audited, as <see cref="GetMember"/>), their cases and where each
/// stands, the latest interactions through the seven channels, and the letters — issued for their cases and received
/// from them. The page shows their surveys and complaints beside these (<c>Surveys.MemberSurveysPanel</c>).
/// </summary>
public static class GetMemberOverview
{
    public const int MaxInteractions = 100;

    /// <summary>maskIdentifiers: the viewer sees the national ID and mobile masked.</summary>
    public sealed record Query(Guid MemberId, bool MaskIdentifiers = false) : IRequest<MemberOverview>;

    public sealed record MemberOverview(
        MemberDetails Member,
        IReadOnlyList<MemberCase> Cases,
        IReadOnlyList<InteractionDto> Interactions,
        IReadOnlyList<MemberLetter> Letters);

    /// <summary>One of the member's cases; <see cref="CurrentStep"/> is the stage id it stands in, named in its own definition version.</summary>
    public sealed record MemberCase(Guid Id, string Reference, string ServiceNameAr, string ServiceNameEn, CaseStatus Status, string? CurrentStep,
        string? CurrentStepNameAr, string? CurrentStepNameEn, Channel Channel, DateTimeOffset CreatedAt, bool IsDeadlineBreached);

    /// <summary>A letter to or from the member: an issued case letter (<see cref="Kind"/> set) or an incoming one (<see cref="Subject"/> set).</summary>
    public sealed record MemberLetter(string Reference, bool Incoming, LetterKind? Kind, string? Subject, Guid? CaseId, Guid? LetterId, DateTimeOffset At);

    public sealed class Handler(AppDbContext db, IMediator mediator, IWorkflowInstanceQueries instances) : IRequestHandler<Query, MemberOverview>
    {
        public async Task<MemberOverview> Handle(Query request, CancellationToken cancellationToken)
        {
            var member = await mediator.Send(new GetMember.Query(request.MemberId, request.MaskIdentifiers), cancellationToken);
            var cases = await db.Set<ServiceCase>().AsNoTracking()
                .Where(c => c.MemberId == request.MemberId)
                .Join(db.Set<ServiceType>(), c => c.ServiceTypeCode, s => s.Code, (c, s) => new
                {
                    c.Id, c.Reference, s.NameAr, s.NameEn, c.Status, c.CurrentStage, c.WorkflowInstanceId, c.Channel, c.CreatedAt, c.IsDeadlineBreached,
                })
                .ToListAsync(cancellationToken);
            var positions = await instances.PositionsAsync(
                [.. cases.Select(c => Guid.TryParse(c.WorkflowInstanceId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)], cancellationToken);
            var references = cases.ToDictionary(c => c.Id, c => c.Reference.Value);
            var interactions = await db.Set<Interaction>().AsNoTracking()
                .Where(i => i.MemberId == request.MemberId)
                .OrderByDescending(i => i.At).ThenByDescending(i => i.Id)
                .Take(MaxInteractions)
                .ToListAsync(cancellationToken);
            var caseIds = references.Keys.ToList();
            var issued = await db.Set<CaseLetter>().AsNoTracking().Where(l => caseIds.Contains(l.CaseId)).ToListAsync(cancellationToken);

            var letters = issued.Select(l => new MemberLetter(l.Reference, false, l.Kind, null, l.CaseId, l.Id, StoredTimes.AsOffset(l.IssuedAt)))
                .Concat(interactions.Where(i => i.IncomingReference is not null)
                    .Select(i => new MemberLetter(i.IncomingReference!, true, null, i.Subject, i.CaseId, null, i.At)))
                .OrderByDescending(l => l.At)
                .ToList();
            return new MemberOverview(
                member,
                [
                    .. cases.OrderByDescending(c => c.CreatedAt).Select(c =>
                    {
                        var stage = c.CurrentStage is null ? null : LocalizedName.Of(
                            Guid.TryParse(c.WorkflowInstanceId, out var id) && positions.TryGetValue(id, out var p) ? p.CurrentStageName : null, c.CurrentStage);
                        return new MemberCase(c.Id, c.Reference.Value, c.NameAr, c.NameEn, c.Status, c.CurrentStage, stage?.Ar, stage?.En,
                            c.Channel, c.CreatedAt, c.IsDeadlineBreached);
                    }),
                ],
                [.. interactions.Select(i => InteractionDto.From(i, i.CaseId is { } id ? references.GetValueOrDefault(id) : null))],
                letters);
        }
    }
}
