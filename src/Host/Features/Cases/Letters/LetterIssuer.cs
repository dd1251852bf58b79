using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Templates;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// Words and issues a case's letter — for an officer and for the workflow alike. The wording in force of the kind's
/// template is filled with the case's facts (<c>reference</c>, <c>serviceName</c>, <c>memberName</c>, <c>nationalId</c>,
/// <c>receivedAt</c>, the decision's <c>reason</c> and <c>decidedAt</c>, the request's form fields by key) and the given
/// inputs, in the member's language unless another is asked for; the letter keeps that wording. Acceptance and
/// rejection letters need the committee's matching decision. The letter is added to the context; its reference is given
/// when it is saved (<see cref="LetterNumbering"/>).
/// </summary>
public sealed class LetterIssuer(AppDbContext db, TemplateWordings wordings, NotificationTemplates templates, TimeProvider clock)
{
    public async Task<CaseLetter> IssueAsync(
        ServiceCase serviceCase, LetterKind kind, string? language, IReadOnlyDictionary<string, object?> inputs, string issuedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceCase);
        EnsureAllowed(serviceCase, kind);
        // Found in the tracker too: at intake the member may be added in the same unit of work.
        var member = await db.Set<Member>().FindAsync([serviceCase.MemberId], cancellationToken)
                     ?? throw new InvalidOperationException($"Case {serviceCase.Reference} refers to a missing member.");
        var wording = await WordAsync(serviceCase, member, kind, language ?? member.PreferredLanguage, inputs, cancellationToken);
        var letter = CaseLetter.Issue(serviceCase.Id, kind, Language(language ?? member.PreferredLanguage), clock.GetUtcNow(), issuedBy, wording);
        db.Add(letter);
        return letter;
    }

    /// <summary>The letter's wording from its template in force now (for a letter issued before wordings were kept).</summary>
    public async Task<LetterWording> WordAsync(ServiceCase serviceCase, Member member, LetterKind kind, string language,
        IReadOnlyDictionary<string, object?> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceCase);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(inputs);
        var code = Language(language);
        var arabic = code == DisplayLanguage.Arabic;
        var service = await db.Set<ServiceType>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == serviceCase.ServiceTypeCode, cancellationToken);

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in serviceCase.SubmittedData)
        {
            values[key] = value;
        }

        foreach (var (name, value) in inputs.Where(i => i.Value is not null))
        {
            values[name] = value;
        }

        CaseTemplateValues.AddTo(values, serviceCase, service);
        values["memberName"] = arabic ? member.FullName : member.EnglishName ?? member.FullName;
        values["nationalId"] = member.NationalId;
        foreach (var (key, value) in MemberContact.GenderedWords(member.IsFemale))
        {
            values[key] = value;
        }

        var template = await wordings.LetterAsync(kind, cancellationToken);
        FilledLetter filled;
        try
        {
            filled = templates.RenderLetter(LetterTemplateCatalog.KeyOf(kind), template.Arabic.Text, template.English.Text, code, values);
        }
        catch (ArgumentException ex)
        {
            throw new DomainRuleException("kind", $"لا يمكن صياغة الخطاب: {ex.Message}", $"The letter cannot be worded: {ex.Message}");
        }

        var text = template.In(code);
        return new LetterWording(filled.Subject, filled.Greeting, filled.Paragraphs, text.SignatoryName, text.SignatoryTitle);
    }

    private static string Language(string? language) => DisplayLanguage.TryNormalize(language, out var code) ? code : DisplayLanguage.Arabic;

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
