using System.Globalization;
using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// Issues a letter for a case — receipt of the request, acceptance, or rejection with the committee's reason — with the
/// next letter reference of the Hijri year (<c>DJ-L-1448-000012</c>), recorded on the case. Acceptance and rejection
/// letters need the committee's matching decision.
/// </summary>
public static class IssueLetter
{
    public sealed record Command(Guid CaseId, string? Kind, string? Language, string Actor) : IRequest<LetterSummaryDto>;

    public sealed class Handler(AppDbContext db, ReferenceNumbers numbers, IOptions<SocietyOptions> society, TimeProvider clock, ILogger<Handler> logger)
        : IRequestHandler<Command, LetterSummaryDto>
    {
        public async Task<LetterSummaryDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var kind = !string.IsNullOrWhiteSpace(request.Kind) && !char.IsAsciiDigit(request.Kind.Trim()[0])
                       && Enum.TryParse<LetterKind>(request.Kind.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw ProblemException.Validation("kind", $"The letter kind is one of: {string.Join(", ", Enum.GetNames<LetterKind>())}.");
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                              ?? throw CaseProblems.NotFound(request.CaseId);
            EnsureAllowed(serviceCase, kind);

            string language;
            if (string.IsNullOrWhiteSpace(request.Language))
            {
                language = await db.Set<Member>().Where(m => m.Id == serviceCase.MemberId).Select(m => m.PreferredLanguage).FirstAsync(cancellationToken);
            }
            else if (!DisplayLanguage.TryNormalize(request.Language, out language!))
            {
                throw ProblemException.Validation("language", "The letter's language is ar or en.");
            }

            var now = clock.GetUtcNow();
            var strategy = db.Database.CreateExecutionStrategy();
            var letter = await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var year = DualDate.HijriYear(now);
                var sequence = await numbers.NextAsync(ReferenceCounter.Letters, year, ct);
                var reference = string.Create(CultureInfo.InvariantCulture, $"{society.Value.ReferencePrefix}-L-{year}-{sequence:000000}");
                var issued = CaseLetter.Issue(serviceCase.Id, reference, kind, language, now, request.Actor);
                db.Add(issued);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return issued;
            }, cancellationToken);

            logger.LogInformation("Letter {LetterReference} ({LetterKind}) issued for case {CaseReference} by {Actor}",
                letter.Reference, letter.Kind, serviceCase.Reference.Value, request.Actor);
            return LetterSummaryDto.From(letter);
        }

        private static void EnsureAllowed(ServiceCase serviceCase, LetterKind kind)
        {
            var decision = serviceCase.Decision?.Outcome;
            if (kind == LetterKind.Acceptance && decision != DecisionOutcome.Accept)
            {
                throw new DomainRuleException("kind", "لا يصدر خطاب القبول إلا بعد قرار لجنة البحث بالقبول.",
                    "An acceptance letter is issued only after the research committee accepted the request.");
            }

            if (kind == LetterKind.Rejection && decision != DecisionOutcome.Reject)
            {
                throw new DomainRuleException("kind", "لا يصدر خطاب الرفض إلا بعد قرار لجنة البحث بالرفض مع سببه.",
                    "A rejection letter is issued only after the research committee rejected the request, with its reason.");
            }
        }
    }
}
