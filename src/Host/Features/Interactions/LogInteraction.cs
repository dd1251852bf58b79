using System.Globalization;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Interactions;

/// <summary>
/// Logs a contact with a member — the officer on the phone types a subject and a summary and presses Enter. A linked
/// case must be one of this member's. An incoming letter takes the next incoming reference of the Hijri year
/// (<c>DJ-IN-1448-000007</c>) from the same counter table as case and letter references, in the same transaction.
/// </summary>
public static class LogInteraction
{
    /// <summary>The counter series of incoming letters in <c>reference_counters</c>.</summary>
    public const string IncomingLetterScope = "incoming-letter";

    public sealed record Command(Guid MemberId, string? Channel, string? Direction, string? Subject, string? Summary, Guid? CaseId, string Actor)
        : IRequest<InteractionDto>;

    public sealed class Handler(AppDbContext db, ReferenceNumbers numbers, IOptions<SocietyOptions> society, TimeProvider clock)
        : IRequestHandler<Command, InteractionDto>
    {
        public async Task<InteractionDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var channel = EnumInput.Parse<Channel>(request.Channel, "channel");
            var direction = EnumInput.Parse<InteractionDirection>(request.Direction, "direction");
            if (!await db.Set<Member>().AnyAsync(m => m.Id == request.MemberId, cancellationToken))
            {
                throw MemberProblems.NotFound(request.MemberId);
            }

            string? caseReference = null;
            if (request.CaseId is { } caseId)
            {
                var linked = await db.Set<ServiceCase>().AsNoTracking().Where(c => c.Id == caseId && c.MemberId == request.MemberId)
                    .Select(c => new { c.Reference }).FirstOrDefaultAsync(cancellationToken)
                    ?? throw ProblemException.Validation("caseId", "The case is not one of this member's cases.");
                caseReference = linked.Reference.Value;
            }

            var now = clock.GetUtcNow();
            var interaction = Interaction.Log(request.MemberId, channel, direction, request.Subject, request.Summary, request.CaseId, request.Actor, now);
            if (!interaction.IsIncomingLetter)
            {
                db.Add(interaction);
                await db.SaveChangesAsync(cancellationToken);
                return InteractionDto.From(interaction, caseReference);
            }

            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var year = DualDate.HijriYear(now);
                var sequence = await numbers.NextAsync(IncomingLetterScope, year, ct);
                interaction.AssignIncomingReference(string.Create(CultureInfo.InvariantCulture, $"{society.Value.ReferencePrefix}-IN-{year}-{sequence:000000}"));
                db.Add(interaction);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            return InteractionDto.From(interaction, caseReference);
        }
    }
}
