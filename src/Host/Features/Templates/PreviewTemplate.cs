using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using MediatR;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>
/// Fills a wording being edited with sample values (a sample reference, member, service, dates and reason), the way the
/// member will read it: an email's subject and body and the SMS, or a letter's subject, salutation, paragraphs and
/// signatory. Nothing is saved.
/// </summary>
public static class PreviewTemplate
{
    public sealed record Body(string? Language, TemplateForm? Form);

    public sealed record Command(string Key, Body Body) : IRequest<TemplatePreviewDto>;

    public sealed class Handler(NotificationTemplates templates, TimeProvider clock) : IRequestHandler<Command, TemplatePreviewDto>
    {
        public Task<TemplatePreviewDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var entry = TemplateProblems.Find(request.Key);
            if (!DisplayLanguage.TryNormalize(request.Body.Language, out var language))
            {
                throw ProblemException.Validation("language", "The preview's language is ar or en.");
            }

            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            TemplateProblems.Check(entry, "form", request.Body.Form, errors);
            if (errors.Count > 0)
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.",
                    TemplateProblems.Detail(errors), errors);
            }

            var form = request.Body.Form!;
            var text = form.ToText();
            var values = Samples(entry, clock.GetUtcNow());
            var direction = language == DisplayLanguage.Arabic ? "rtl" : "ltr";
            if (entry.Kind == TemplateKind.Letter)
            {
                var letter = templates.RenderLetter(entry.Key, text, text, language, values);
                return Task.FromResult(new TemplatePreviewDto(language, direction, letter.Subject, letter.Greeting, letter.Paragraphs,
                    null, null, null, form.SignatoryName, form.SignatoryTitle));
            }

            var rendered = templates.Render(new NotificationTemplate(entry.Key, text, text), language, values);
            return Task.FromResult(new TemplatePreviewDto(language, direction, rendered.Subject, null, [], rendered.Html, rendered.Text, rendered.Sms, null, null));
        }

        /// <summary>A believable value for every placeholder the template may use.</summary>
        private static Dictionary<string, object?> Samples(TemplateEntry entry, DateTimeOffset now)
        {
            var known = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["reference"] = "DJ-1448-000123",
                ["memberName"] = ("فهد عبدالله الرويلي", "Fahad Abdullah Al-Ruwaili"),
                ["nationalId"] = "1012345678",
                ["memberGreeting"] = "عضونا الكريم",
                ["memberTitle"] = "المكرم",
                ["memberRespected"] = "المحترم",
                ["serviceName"] = ("طلب دعم", "Support request"),
                ["receivedAt"] = now.AddDays(-10),
                ["decidedAt"] = now,
                ["decisionDueAt"] = now.AddDays(14),
                ["dueAt"] = now.AddDays(-1),
                ["reason"] = ("عدد الخلايا أقل من الحد الأدنى للدعم", "Fewer hives than the minimum for support"),
                ["missingItems"] = ("صورة الهوية الوطنية، خطاب الآيبان", "Copy of the national ID; bank IBAN letter"),
                ["answer"] = ("يفتح باب التسجيل في برنامج الدعم في شهر رجب.", "Registration for the support programme opens in Rajab."),
                ["documentKind"] = ("شهادة عضوية", "Membership certificate"),
                ["addressedTo"] = ("من يهمه الأمر", "To whom it may concern"),
                ["purpose"] = ("تقديمها إلى البنك الزراعي", "To present to the Agricultural Development Fund"),
                ["step"] = ("قرار لجنة البحث", "Research committee decision"),
                ["assignee"] = "officer@example.com",
                ["caseUrl"] = "https://example.org/cases/123",
                ["portalUrl"] = "https://example.org/portal",
                ["surveyUrl"] = "https://example.org/portal/surveys/123",
                ["closesAt"] = now.AddDays(28),
                ["actionTaken"] = ("اتصل مدير الإدارة بالعضو واعتذر عن التأخير، وعُدّل إجراء التحقق.", "The department's manager called the member, apologised for the delay, and the verification step was changed."),
                ["subject"] = ("تأخر الرد على اتصالي", "My call was not returned"),
                ["score"] = 2,
                ["comment"] = ("طال انتظار الرد على طلبي", "I waited too long for an answer"),
                ["followUpsUrl"] = "https://example.org/reports/satisfaction",
                ["code"] = "482913",
                ["validMinutes"] = 10,
                ["validDays"] = 3,
                ["activationUrl"] = "https://example.org/portal/activate?email=member%40example.org&code=482913",
                ["changed"] = ("رقم الجوال", "mobile number"),
                ["changedAt"] = now,
            };
            return entry.Placeholders.Where(p => !p.StartsWith("society", StringComparison.Ordinal))
                .ToDictionary(p => p, p => known.TryGetValue(p, out var value) ? value : $"‹{p}›", StringComparer.Ordinal);
        }
    }
}
