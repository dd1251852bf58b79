using DomatAljandal.Host.Features.Notifications;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// The shipped wording of every letter kind, Arabic first with the English beside it, and who signs it. Admins change
/// it on the templates page (their wording is kept in <c>template_wordings</c>); the letterhead, the date, the
/// references, the closing and the room for the stamp are the letter's layout, not its wording.
/// </summary>
internal static class LetterTemplateCatalog
{
    private static readonly TemplateLine SalutationAr = new("{memberTitle}/ {memberName} {memberRespected}،\nالسلام عليكم ورحمة الله وبركاته، وبعد:");
    private static readonly TemplateLine SalutationEn = new("Dear {memberName},");
    private static readonly TemplateLine CertificateAr = new("إلى: {addressedTo}", Otherwise: "إلى من يهمه الأمر");
    private static readonly TemplateLine CertificateEn = new("To: {addressedTo}", Otherwise: "To whom it may concern");

    public static string KeyOf(LetterKind kind) => $"letter-{kind.ToString().ToLowerInvariant()}";

    public static readonly IReadOnlyDictionary<LetterKind, LetterTemplate> All = new LetterTemplate[]
    {
        new(
            LetterKind.Receipt,
            new LetterText(
                new TemplateText("إشعار باستلام الطلب رقم {reference}", SalutationAr,
                [
                    "نفيدكم باستلام طلبكم «{serviceName}» المقيد برقم {reference} بتاريخ {receivedAt:date}.",
                    "سيُدرس الطلب وفق الإجراءات المعتمدة في الجمعية، وسنتواصل معكم بما يستجد.",
                ], string.Empty),
                null, "مدير إدارة علاقات الأعضاء"),
            new LetterText(
                new TemplateText("Receipt of request {reference}", SalutationEn,
                [
                    "We acknowledge receipt of your request “{serviceName}”, registered as {reference} on {receivedAt:date}.",
                    "The request will be handled under the society's procedures; we will keep you informed.",
                ], string.Empty),
                null, "Member relations manager")),
        new(
            LetterKind.Acceptance,
            new LetterText(
                new TemplateText("قبول الطلب رقم {reference}", SalutationAr,
                [
                    "يسرنا إبلاغكم بأن لجنة البحث قررت بتاريخ {decidedAt:date} قبول طلبكم «{serviceName}» رقم {reference}.",
                    "نأمل مراجعة الجمعية لاستكمال إجراءات التسجيل وتقديم الخدمة.",
                ], string.Empty),
                null, "رئيس لجنة البحث"),
            new LetterText(
                new TemplateText("Acceptance of request {reference}", SalutationEn,
                [
                    "We are pleased to inform you that on {decidedAt:date} the research committee accepted your request “{serviceName}”, {reference}.",
                    "Please contact the society to complete the registration and receive the service.",
                ], string.Empty),
                null, "Chair of the research committee")),
        new(
            LetterKind.Rejection,
            new LetterText(
                new TemplateText("الاعتذار عن الطلب رقم {reference}", SalutationAr,
                [
                    "نأسف لإبلاغكم بأن لجنة البحث قررت عدم قبول طلبكم «{serviceName}» رقم {reference}.",
                    "سبب القرار: {reason}",
                    "يسعدنا تواصلكم مع الجمعية لأي استفسار.",
                ], string.Empty),
                null, "رئيس لجنة البحث"),
            new LetterText(
                new TemplateText("Request {reference} not accepted", SalutationEn,
                [
                    "We regret to inform you that the research committee did not accept your request “{serviceName}”, {reference}.",
                    "Reason: {reason}",
                    "Please contact the society with any question.",
                ], string.Empty),
                null, "Chair of the research committee")),
        new(
            LetterKind.Certificate,
            new LetterText(
                new TemplateText("شهادة للعضو – الطلب رقم {reference}", CertificateAr,
                [
                    new("نوع الشهادة أو الخطاب: {documentKind}.", Optional: true),
                    "تشهد {societyName} بأن {memberName}، هوية رقم {nationalId}، من أعضائها المسجلين لديها.",
                    new("وقد أُعطي هذا الخطاب بناءً على طلبه للغرض التالي: {purpose}.", Otherwise: "وقد أُعطي هذا الخطاب بناءً على طلبه دون أدنى مسؤولية على الجمعية."),
                ], string.Empty),
                null, "مدير إدارة علاقات الأعضاء"),
            new LetterText(
                new TemplateText("Certificate for the member – request {reference}", CertificateEn,
                [
                    new("Kind of certificate or letter: {documentKind}.", Optional: true),
                    "{societyName} certifies that {memberName}, national ID {nationalId}, is a registered member of the society.",
                    new("This letter is issued at the member's request for the following purpose: {purpose}.", Otherwise: "This letter is issued at the member's request, without liability on the society."),
                ], string.Empty),
                null, "Member relations manager")),
        new(
            LetterKind.Lapse,
            new LetterText(
                new TemplateText("إشعار انتهاء الطلب رقم {reference}", SalutationAr,
                [
                    "نفيدكم بأن طلبكم «{serviceName}» رقم {reference} انتهى لعدم استكمال المطلوب خلال المهلة المحددة.",
                    new("المطلوب كان: {missingItems}", Optional: true),
                    "يسعدنا تقديم طلب جديد متى شئتم، أو التواصل مع الجمعية لأي استفسار.",
                ], string.Empty),
                null, "مدير إدارة علاقات الأعضاء"),
            new LetterText(
                new TemplateText("Request {reference} has lapsed", SalutationEn,
                [
                    "Your request “{serviceName}”, {reference}, has lapsed: what was asked for did not arrive within the time allowed.",
                    new("What was needed: {missingItems}", Optional: true),
                    "You are welcome to submit a new request at any time, or to contact the society with any question.",
                ], string.Empty),
                null, "Member relations manager")),
    }.ToDictionary(t => t.Kind);
}

/// <summary>A letter kind's wording in both languages.</summary>
internal sealed record LetterTemplate(LetterKind Kind, LetterText Arabic, LetterText English)
{
    public LetterText In(string language) => language == Domain.Text.DisplayLanguage.Arabic ? Arabic : English;
}

/// <summary>One language of a letter: its subject, salutation and paragraphs, and who signs it.</summary>
internal sealed record LetterText(TemplateText Text, string? SignatoryName, string SignatoryTitle);
