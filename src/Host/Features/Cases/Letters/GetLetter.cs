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
/// What a printable letter shows: the society's letterhead (configuration), the letter reference, the date in Hijri with
/// the Gregorian beside it, the addressee, and the wording the letter was issued with (subject, salutation, paragraphs,
/// signatory) in the letter's language and direction, with room for the signature and the stamp.
/// </summary>
public static class GetLetter
{
    public sealed record Query(Guid CaseId, Guid LetterId) : IRequest<PrintableLetter>;

    public sealed record PrintableLetter(
        Guid Id,
        string Reference,
        LetterKind Kind,
        string Language,
        string Direction,
        DateTimeOffset IssuedAt,
        string IssuedAtText,
        string IssuedBy,
        Letterhead Letterhead,
        string CaseReference,
        string AddresseeName,
        string AddresseeNationalId,
        string Salutation,
        string Subject,
        IReadOnlyList<string> Paragraphs,
        string Closing,
        Signatory Signatory);

    /// <summary>Who signs the letter: a name (blank for a hand-written one) and a title.</summary>
    public sealed record Signatory(string? Name, string? Title);

    public sealed record Letterhead(string Name, string LogoText, string? Address, string? Phone, string? Email, string? Website);

    public sealed class Handler(AppDbContext db, LetterIssuer issuer, IOptions<SocietyOptions> society) : IRequestHandler<Query, PrintableLetter>
    {
        public async Task<PrintableLetter> Handle(Query request, CancellationToken cancellationToken)
        {
            var letter = await db.Set<CaseLetter>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LetterId && l.CaseId == request.CaseId, cancellationToken)
                         ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such letter on this case.");
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstAsync(c => c.Id == letter.CaseId, cancellationToken);
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == serviceCase.MemberId, cancellationToken);

            var arabic = letter.Language == DisplayLanguage.Arabic;
            var s = society.Value;
            var issuedAt = StoredTimes.AsOffset(letter.IssuedAt);
            var wording = letter.Wording
                          ?? await issuer.WordAsync(serviceCase, member, letter.Kind, letter.Language, new Dictionary<string, object?>(), cancellationToken);
            var reference = serviceCase.Reference.Value;
            var name = arabic ? member.FullName : member.EnglishName ?? member.FullName;

            return new PrintableLetter(
                letter.Id,
                letter.Reference,
                letter.Kind,
                letter.Language,
                arabic ? "rtl" : "ltr",
                issuedAt,
                DualDate.Format(issuedAt, letter.Language),
                letter.IssuedBy,
                new Letterhead(s.Name(arabic), s.LogoText, arabic ? s.AddressAr : s.AddressEn, s.Phone, s.Email, s.Website),
                reference,
                name,
                member.NationalId,
                wording.Salutation ?? string.Empty,
                wording.Subject,
                wording.Paragraphs,
                // The signatory follows the closing (their title and name), so the closing names no one.
                arabic ? "وتقبلوا خالص التحية والتقدير،" : "Yours sincerely,",
                new Signatory(wording.SignatoryName, wording.SignatoryTitle));
        }
    }
}
