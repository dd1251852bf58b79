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
/// the Gregorian beside it, the addressee, the subject and the paragraphs in the letter's language and direction.
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
        string Closing);

    public sealed record Letterhead(string Name, string LogoText, string? Address, string? Phone, string? Email, string? Website);

    public sealed class Handler(AppDbContext db, IOptions<SocietyOptions> society) : IRequestHandler<Query, PrintableLetter>
    {
        public async Task<PrintableLetter> Handle(Query request, CancellationToken cancellationToken)
        {
            var letter = await db.Set<CaseLetter>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LetterId && l.CaseId == request.CaseId, cancellationToken)
                         ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such letter on this case.");
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstAsync(c => c.Id == letter.CaseId, cancellationToken);
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == serviceCase.MemberId, cancellationToken);
            var service = await db.Set<ServiceType>().AsNoTracking().FirstAsync(s => s.Code == serviceCase.ServiceTypeCode, cancellationToken);

            var arabic = letter.Language == DisplayLanguage.Arabic;
            var s = society.Value;
            var issuedAt = StoredTimes.AsOffset(letter.IssuedAt);
            var name = arabic ? member.FullName : member.EnglishName ?? member.FullName;
            var serviceName = arabic ? service.NameAr : service.NameEn;
            var reference = serviceCase.Reference.Value;
            var received = DualDate.Format(serviceCase.CreatedAt, letter.Language);
            var reason = serviceCase.Decision?.Reason ?? string.Empty;

            var (subject, paragraphs) = (letter.Kind, arabic) switch
            {
                (LetterKind.Receipt, true) => ($"إشعار باستلام الطلب رقم {reference}",
                    new[] { $"نفيدكم باستلام طلبكم «{serviceName}» المقيد برقم {reference} بتاريخ {received}.", "سيُدرس الطلب وفق الإجراءات المعتمدة في الجمعية، وسنتواصل معكم بما يستجد." }),
                (LetterKind.Receipt, false) => ($"Receipt of request {reference}",
                    new[] { $"We acknowledge receipt of your request “{serviceName}”, registered as {reference} on {received}.", "The request will be handled under the society's procedures; we will keep you informed." }),
                (LetterKind.Acceptance, true) => ($"قبول الطلب رقم {reference}",
                    new[] { $"يسرنا إبلاغكم بأن لجنة البحث قررت قبول طلبكم «{serviceName}» رقم {reference}.", "نأمل مراجعة الجمعية لاستكمال إجراءات التسجيل وتقديم الخدمة." }),
                (LetterKind.Acceptance, false) => ($"Acceptance of request {reference}",
                    new[] { $"We are pleased to inform you that the research committee accepted your request “{serviceName}”, {reference}.", "Please contact the society to complete the registration and receive the service." }),
                (LetterKind.Rejection, true) => ($"الاعتذار عن الطلب رقم {reference}",
                    new[] { $"نأسف لإبلاغكم بأن لجنة البحث قررت عدم قبول طلبكم «{serviceName}» رقم {reference}.", $"سبب القرار: {reason}", "يسعدنا تواصلكم مع الجمعية لأي استفسار." }),
                (LetterKind.Rejection, false) => ($"Request {reference} not accepted",
                    new[] { $"We regret to inform you that the research committee did not accept your request “{serviceName}”, {reference}.", $"Reason: {reason}", "Please contact the society with any question." }),
                _ => throw new InvalidOperationException($"Unknown letter kind {letter.Kind}."),
            };

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
                arabic ? $"المكرم/ {name} المحترم،\nالسلام عليكم ورحمة الله وبركاته، وبعد:" : $"Dear {name},",
                subject,
                paragraphs,
                arabic ? $"وتقبلوا تحياتنا،\n{s.NameAr}" : $"Kind regards,\n{s.NameEn}");
        }
    }
}
