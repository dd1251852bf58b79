using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// An officer issues a letter for a case by hand — a receipt, an acceptance or a rejection with the committee's reason,
/// a certificate, a lapse notice — worded from its template and numbered with the next letter reference of the Hijri
/// year (<c>DJ-L-1448-000012</c>), recorded on the case. (The shipped procedures issue their letters themselves.)
/// </summary>
public static class IssueLetter
{
    public sealed record Command(Guid CaseId, string? Kind, string? Language, string Actor) : IRequest<LetterSummaryDto>;

    public sealed class Handler(AppDbContext db, LetterIssuer issuer, ILogger<Handler> logger) : IRequestHandler<Command, LetterSummaryDto>
    {
        public async Task<LetterSummaryDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var kind = !string.IsNullOrWhiteSpace(request.Kind) && !char.IsAsciiDigit(request.Kind.Trim()[0])
                       && Enum.TryParse<LetterKind>(request.Kind.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw ProblemException.Validation("kind", $"The letter kind is one of: {string.Join(", ", Enum.GetNames<LetterKind>())}.");
            string? language = null;
            if (!string.IsNullOrWhiteSpace(request.Language) && !DisplayLanguage.TryNormalize(request.Language, out language))
            {
                throw ProblemException.Validation("language", "The letter's language is ar or en.");
            }

            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                              ?? throw CaseProblems.NotFound(request.CaseId);
            var letter = await issuer.IssueAsync(serviceCase, kind, language, new Dictionary<string, object?>(), request.Actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            logger.LogInformation("Letter {LetterReference} ({LetterKind}) issued for case {CaseReference} by {Actor}",
                letter.Reference, letter.Kind, serviceCase.Reference.Value, request.Actor);
            return LetterSummaryDto.From(letter);
        }
    }
}
