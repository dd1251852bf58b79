namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// The wording of every notification, Arabic first with the English beside it. Change a text here; the layout,
/// the direction marks and the society's footer are added by <see cref="NotificationTemplates"/>.
/// </summary>
internal static class NotificationTemplateCatalog
{
    private static readonly TemplateLine MemberGreetingAr = new("{memberGreeting} {memberName}،", Otherwise: "عضونا الكريم،");
    private static readonly TemplateLine MemberGreetingEn = new("Dear {memberName},", Otherwise: "Dear member,");

    public static readonly IReadOnlyDictionary<string, NotificationTemplate> All = new NotificationTemplate[]
    {
        new(
            NotificationTemplateKeys.RequestReceived,
            new TemplateText(
                "استلمنا طلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "نشكركم على تواصلكم مع {societyName}. استلمنا طلبكم وسجّلناه برقم المرجع {reference}.",
                    new("الخدمة المطلوبة: {serviceName}.", Optional: true),
                    new("تاريخ الاستلام: {receivedAt:date}.", Optional: true),
                    "احتفظوا برقم المرجع لمتابعة طلبكم، وسنبلغكم بكل مستجد فيه.",
                ],
                "{societyShortName}: استلمنا طلبكم رقم {reference}، وسنبلغكم بكل مستجد."),
            new TemplateText(
                "We have received your request {reference}",
                MemberGreetingEn,
                [
                    "Thank you for contacting {societyName}. We have received your request and registered it under the reference {reference}.",
                    new("Service requested: {serviceName}.", Optional: true),
                    new("Received on: {receivedAt:date}.", Optional: true),
                    "Please keep this reference to follow up on your request; we will keep you informed of every step.",
                ],
                "{societyShortName}: we received your request {reference} and will keep you informed.")),
        new(
            NotificationTemplateKeys.CommitteeReview,
            new TemplateText(
                "طلبكم رقم {reference} لدى لجنة البحث",
                MemberGreetingAr,
                [
                    "نفيدكم بأن طلبكم رقم {reference} استوفى متطلباته وأحيل إلى لجنة البحث لدراسته.",
                    new("تجيب اللجنة على طلبكم في موعد أقصاه {decisionDueAt:date}، وسنبلغكم بقرارها فور صدوره.",
                        Otherwise: "سنبلغكم بقرار اللجنة فور صدوره."),
                ],
                new TemplateLine("{societyShortName}: طلبكم رقم {reference} لدى لجنة البحث، وتجيب اللجنة في موعد أقصاه {decisionDueAt:date}.",
                    Otherwise: "{societyShortName}: طلبكم رقم {reference} لدى لجنة البحث، وسنبلغكم بقرارها.")),
            new TemplateText(
                "Your request {reference} is with the research committee",
                MemberGreetingEn,
                [
                    "Your request {reference} is complete and has been referred to the research committee for review.",
                    new("The committee answers by {decisionDueAt:date}, and we will tell you its decision as soon as it is made.",
                        Otherwise: "We will tell you the committee's decision as soon as it is made."),
                ],
                new TemplateLine("{societyShortName}: your request {reference} is with the research committee, which answers by {decisionDueAt:date}.",
                    Otherwise: "{societyShortName}: your request {reference} is with the research committee; we will tell you its decision."))),
        new(
            NotificationTemplateKeys.MissingInformation,
            new TemplateText(
                "نحتاج معلومات إضافية لطلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "راجعنا طلبكم رقم {reference} ووجدنا أنه ينقصه ما يلي:",
                    "{missingItems}",
                    "نرجو تزويدنا بها عبر بوابة الأعضاء أو بزيارة مقر الجمعية، وسنكمل دراسة طلبكم فور وصولها.",
                ],
                "{societyShortName}: طلبكم رقم {reference} ينقصه: {missingItems}. نرجو استكماله."),
            new TemplateText(
                "More information is needed for your request {reference}",
                MemberGreetingEn,
                [
                    "We have reviewed your request {reference}; the following is missing:",
                    "{missingItems}",
                    "Please send it through the member portal or at the society's office; we will continue with your request as soon as it arrives.",
                ],
                "{societyShortName}: your request {reference} is missing: {missingItems}. Please complete it.")),
        new(
            NotificationTemplateKeys.DeclarationToSign,
            new TemplateText(
                "إقرار بصحة البيانات بانتظار توقيعكم – الطلب رقم {reference}",
                MemberGreetingAr,
                [
                    "لاستكمال طلبكم رقم {reference} يلزم توقيعكم على إقرار بصحة البيانات المقدمة.",
                    "يمكنكم التوقيع في بوابة الأعضاء، أو بتوقيع النموذج الورقي في مقر الجمعية.",
                    new("رابط البوابة: {portalUrl}", Optional: true),
                ],
                "{societyShortName}: نرجو توقيع إقرار صحة البيانات لطلبكم رقم {reference} في بوابة الأعضاء أو مقر الجمعية."),
            new TemplateText(
                "A declaration awaits your signature – request {reference}",
                MemberGreetingEn,
                [
                    "To continue with your request {reference}, please sign the declaration that the data you provided is correct.",
                    "You can sign it in the member portal, or sign the paper form at the society's office.",
                    new("Portal: {portalUrl}", Optional: true),
                ],
                "{societyShortName}: please sign the data declaration for request {reference} in the member portal or at our office.")),
        new(
            NotificationTemplateKeys.DecisionAccepted,
            new TemplateText(
                "قبول طلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "يسرنا إبلاغكم بأن لجنة البحث قررت قبول طلبكم رقم {reference}.",
                    new("تاريخ القرار: {decidedAt:date}.", Optional: true),
                    "سنتواصل معكم لاستكمال التسجيل وتقديم الخدمة.",
                ],
                "{societyShortName}: قررت لجنة البحث قبول طلبكم رقم {reference}، وسنتواصل معكم لاستكمال الخدمة."),
            new TemplateText(
                "Your request {reference} has been accepted",
                MemberGreetingEn,
                [
                    "We are pleased to tell you that the research committee has accepted your request {reference}.",
                    new("Decision date: {decidedAt:date}.", Optional: true),
                    "We will contact you to complete the registration and deliver the service.",
                ],
                "{societyShortName}: the research committee accepted your request {reference}. We will contact you to complete it.")),
        new(
            NotificationTemplateKeys.DecisionRejected,
            new TemplateText(
                "قرار لجنة البحث في طلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "نأسف لإبلاغكم بأن لجنة البحث قررت عدم قبول طلبكم رقم {reference}.",
                    "سبب القرار: {reason}",
                    new("تاريخ القرار: {decidedAt:date}.", Optional: true),
                    new("لأي استفسار يسعدنا تواصلكم معنا على الهاتف {societyPhone}.", Otherwise: "لأي استفسار يسعدنا تواصلكم معنا."),
                ],
                "{societyShortName}: نأسف، لم تقبل لجنة البحث طلبكم رقم {reference}. السبب: {reason}"),
            new TemplateText(
                "The research committee's decision on your request {reference}",
                MemberGreetingEn,
                [
                    "We regret to tell you that the research committee has not accepted your request {reference}.",
                    "Reason: {reason}",
                    new("Decision date: {decidedAt:date}.", Optional: true),
                    new("For any question, please call us on {societyPhone}.", Otherwise: "For any question, please contact us."),
                ],
                "{societyShortName}: we regret that the research committee did not accept your request {reference}. Reason: {reason}")),
        new(
            NotificationTemplateKeys.ServiceDelivered,
            new TemplateText(
                "قُدّمت لكم الخدمة – الطلب رقم {reference}",
                MemberGreetingAr,
                [
                    "يسرنا إبلاغكم بأننا أتممنا طلبكم رقم {reference}.",
                    new("الخدمة: {serviceName}.", Optional: true),
                    "ما قُدّم لكم: {delivered}",
                    new("لأي استفسار يسعدنا تواصلكم معنا على الهاتف {societyPhone}.", Otherwise: "لأي استفسار يسعدنا تواصلكم معنا."),
                ],
                "{societyShortName}: أتممنا طلبكم رقم {reference}: {delivered}"),
            new TemplateText(
                "Your request {reference} has been fulfilled",
                MemberGreetingEn,
                [
                    "We are pleased to tell you that your request {reference} has been fulfilled.",
                    new("Service: {serviceName}.", Optional: true),
                    "What was delivered: {delivered}",
                    new("For any question, please call us on {societyPhone}.", Otherwise: "For any question, please contact us."),
                ],
                "{societyShortName}: your request {reference} is fulfilled: {delivered}")),
        new(
            NotificationTemplateKeys.RequestWithdrawn,
            new TemplateText(
                "سحب طلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "نفيدكم بأن طلبكم رقم {reference} قد سُحب بناءً على رغبتكم، وأُغلق.",
                    "السبب: {reason}",
                    "يسعدنا استقبال طلب جديد منكم في أي وقت.",
                ],
                "{societyShortName}: سُحب طلبكم رقم {reference} وأُغلق. السبب: {reason}"),
            new TemplateText(
                "Your request {reference} was withdrawn",
                MemberGreetingEn,
                [
                    "Your request {reference} has been withdrawn at your wish and is closed.",
                    "Reason: {reason}",
                    "You are welcome to make a new request at any time.",
                ],
                "{societyShortName}: your request {reference} was withdrawn and is closed. Reason: {reason}")),
        new(
            NotificationTemplateKeys.InquiryAnswered,
            new TemplateText(
                "الإجابة عن استفساركم رقم {reference}",
                MemberGreetingAr,
                [
                    "نشكركم على تواصلكم مع {societyName}. إجابة استفساركم رقم {reference}:",
                    "{answer}",
                    "لأي استفسار آخر يسعدنا تواصلكم معنا.",
                ],
                "{societyShortName}: إجابة استفساركم رقم {reference}: {answer}"),
            new TemplateText(
                "The answer to your inquiry {reference}",
                MemberGreetingEn,
                [
                    "Thank you for contacting {societyName}. The answer to your inquiry {reference}:",
                    "{answer}",
                    "For any other question, please contact us.",
                ],
                "{societyShortName}: the answer to your inquiry {reference}: {answer}")),
        new(
            NotificationTemplateKeys.CertificateIssued,
            new TemplateText(
                "صدرت الشهادة المطلوبة في طلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "نفيدكم بأن الشهادة أو الخطاب الذي طلبتموه في الطلب رقم {reference} قد صدر.",
                    new("الخدمة المطلوبة: {serviceName}.", Optional: true),
                    "يمكنكم الاطلاع عليه في بوابة الأعضاء أو استلامه من مقر الجمعية.",
                ],
                "{societyShortName}: صدرت الشهادة المطلوبة في طلبكم رقم {reference}، وهي متاحة في بوابة الأعضاء."),
            new TemplateText(
                "The certificate for your request {reference} is issued",
                MemberGreetingEn,
                [
                    "The certificate or letter you asked for in request {reference} has been issued.",
                    new("Service requested: {serviceName}.", Optional: true),
                    "You can see it in the member portal or collect it at the society's office.",
                ],
                "{societyShortName}: the certificate for your request {reference} is issued and available in the member portal.")),
        new(
            NotificationTemplateKeys.DeadlineBreached,
            new TemplateText(
                "تجاوز المهلة: الطلب رقم {reference} في خطوة «{step}»",
                "الزملاء الكرام،",
                [
                    "تجاوز الطلب رقم {reference} المهلة المحددة لخطوة «{step}».",
                    "الموعد المحدد: {dueAt:datetime}.",
                    new("المكلّف بالمهمة: {assignee}.", Optional: true),
                    "المهمة ما زالت مفتوحة ويمكن إنجازها الآن، نرجو المتابعة.",
                    new("رابط الطلب: {caseUrl}", Optional: true),
                ],
                "تجاوز الطلب رقم {reference} مهلة خطوة «{step}» (الموعد {dueAt:date})."),
            new TemplateText(
                "Deadline passed: request {reference} at “{step}”",
                "Dear colleagues,",
                [
                    "Request {reference} has passed the deadline of the step “{step}”.",
                    "Due: {dueAt:datetime}.",
                    new("Assigned to: {assignee}.", Optional: true),
                    "The task is still open and can be completed now; please follow up.",
                    new("Case: {caseUrl}", Optional: true),
                ],
                "Request {reference} passed the deadline of “{step}” (due {dueAt:date}).")),
        new(
            NotificationTemplateKeys.MemberReminder,
            new TemplateText(
                "تذكير: طلبكم رقم {reference} بانتظاركم",
                MemberGreetingAr,
                [
                    "نذكّركم بأن طلبكم رقم {reference} ما زال بانتظار ما طلبناه منكم.",
                    new("سيُغلق الطلب إن لم يصلنا ما طلبناه حتى {lapsesAt:date}.", Optional: true),
                    "يمكنكم استكماله عبر بوابة الأعضاء أو بزيارة مقر الجمعية.",
                ],
                new TemplateLine("{societyShortName}: تذكير، طلبكم رقم {reference} بانتظاركم، ويُغلق إن لم يُستكمل حتى {lapsesAt:date}.",
                    Otherwise: "{societyShortName}: تذكير، طلبكم رقم {reference} بانتظار ما طلبناه منكم.")),
            new TemplateText(
                "Reminder: your request {reference} is waiting for you",
                MemberGreetingEn,
                [
                    "This is a reminder that your request {reference} is still waiting for what we asked of you.",
                    new("The request will be closed if it has not reached us by {lapsesAt:date}.", Optional: true),
                    "You can complete it through the member portal or at the society's office.",
                ],
                new TemplateLine("{societyShortName}: reminder, your request {reference} is waiting for you and closes if not completed by {lapsesAt:date}.",
                    Otherwise: "{societyShortName}: reminder, your request {reference} is waiting for what we asked of you."))),
        new(
            NotificationTemplateKeys.RequestLapsed,
            new TemplateText(
                "إغلاق طلبكم رقم {reference} لانتهاء مهلة الاستكمال",
                MemberGreetingAr,
                [
                    "أُغلق طلبكم رقم {reference} لأن ما طلبناه منكم لم يصلنا خلال المهلة المحددة.",
                    "يسعدنا استقبال طلب جديد منكم متى شئتم.",
                ],
                "{societyShortName}: أُغلق طلبكم رقم {reference} لانتهاء مهلة الاستكمال، ويسعدنا تقديم طلب جديد."),
            new TemplateText(
                "Your request {reference} was closed: the time to complete it ran out",
                MemberGreetingEn,
                [
                    "Your request {reference} has been closed because what we asked of you did not reach us in time.",
                    "You are welcome to submit a new request at any time.",
                ],
                "{societyShortName}: your request {reference} was closed as the time to complete it ran out. You may submit a new one.")),
        new(
            NotificationTemplateKeys.PortalCode,
            new TemplateText(
                "رمز الدخول إلى بوابة الأعضاء",
                MemberGreetingAr,
                [
                    "رمز الدخول لمرة واحدة: {code}",
                    "صلاحية الرمز: {validMinutes} دقيقة. لا تشاركوه مع أحد، فموظفو الجمعية لن يطلبوه منكم.",
                    "إن لم تطلبوا هذا الرمز فتجاهلوا هذه الرسالة.",
                ],
                "رمز الدخول إلى بوابة {societyShortName}: {code} صالح {validMinutes} دقيقة. لا تشاركه مع أحد."),
            new TemplateText(
                "Your member portal sign-in code",
                MemberGreetingEn,
                [
                    "Your one-time sign-in code: {code}",
                    "It is valid for {validMinutes} minutes. Do not share it with anyone; the society's staff will never ask for it.",
                    "If you did not ask for this code, ignore this message.",
                ],
                "{societyShortName} portal sign-in code: {code}, valid {validMinutes} minutes. Do not share it.")),
        new(
            NotificationTemplateKeys.SurveyInvitation,
            new TemplateText(
                "رأيكم في خدمة طلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "أُغلق طلبكم رقم {reference}، ويهمنا رأيكم في الخدمة التي قدمناها لكم؛ فتقييمكم حق لكم ونستعين به على تطوير خدماتنا.",
                    "افتحوا الرابط ثم اضغطوا «إرسال التقييم»: {surveyUrl}",
                    "يمكنكم الإجابة دون ذكر اسمكم إن شئتم.",
                    new("يبقى الاستبيان متاحًا حتى {closesAt:date}.", Optional: true),
                ],
                "{societyShortName}: نرجو تقييم خدمة طلبكم رقم {reference}: {surveyUrl}"),
            new TemplateText(
                "Your opinion of the service on request {reference}",
                MemberGreetingEn,
                [
                    "Your request {reference} is closed, and we would value your opinion of the service: rating it is your right, and it helps us improve.",
                    "Open the link, then press “Send rating”: {surveyUrl}",
                    "You may answer without giving your name if you wish.",
                    new("The survey is open until {closesAt:date}.", Optional: true),
                ],
                "{societyShortName}: please rate the service on your request {reference}: {surveyUrl}")),
        new(
            NotificationTemplateKeys.SurveyReminder,
            new TemplateText(
                "تذكير: رأيكم في خدمة طلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "نذكّركم بأن استبيان الرضا عن طلبكم رقم {reference} ما زال متاحًا، وهذا آخر تذكير نرسله.",
                    "{surveyUrl}",
                    new("يُغلق الاستبيان في {closesAt:date}.", Optional: true),
                ],
                "{societyShortName}: تذكير أخير بتقييم خدمة طلبكم رقم {reference}: {surveyUrl}"),
            new TemplateText(
                "Reminder: your opinion of the service on request {reference}",
                MemberGreetingEn,
                [
                    "The satisfaction survey on your request {reference} is still open; this is the only reminder we send.",
                    "{surveyUrl}",
                    new("The survey closes on {closesAt:date}.", Optional: true),
                ],
                "{societyShortName}: a last reminder to rate the service on your request {reference}: {surveyUrl}")),
        new(
            NotificationTemplateKeys.SurveyFollowedUp,
            new TemplateText(
                "متابعة تقييمكم لطلبكم رقم {reference}",
                MemberGreetingAr,
                [
                    "شكرًا لصراحتكم في تقييم خدمة طلبكم رقم {reference}. تابعت الإدارة ما ذكرتموه، وهذا ما قمنا به:",
                    "{actionTaken}",
                ],
                "{societyShortName}: تابعنا تقييمكم لطلبكم رقم {reference}: {actionTaken}"),
            new TemplateText(
                "Following up your rating of request {reference}",
                MemberGreetingEn,
                [
                    "Thank you for your frank rating of the service on request {reference}. The department has followed it up; this is what was done:",
                    "{actionTaken}",
                ],
                "{societyShortName}: we followed up your rating of request {reference}: {actionTaken}")),
        new(
            NotificationTemplateKeys.SurveyFollowUpOpened,
            new TemplateText(
                "تقييم غير راضٍ عن خدمة {serviceName} يحتاج متابعتكم",
                "الزملاء الكرام،",
                [
                    "قيّم عضو خدمة «{serviceName}» بدرجة {score} من 5، ففُتحت متابعة لإدارتكم موعدها {dueAt:datetime}.",
                    new("رقم الطلب: {reference}.", Otherwise: "أجاب العضو دون ذكر اسمه، فلا يُعرف طلبه."),
                    new("تعليق العضو: {comment}", Optional: true),
                    "نرجو التواصل ومعالجة السبب، ثم إغلاق المتابعة بما تم.",
                    new("المتابعات: {followUpsUrl}", Optional: true),
                ],
                "متابعة تقييم غير راضٍ عن خدمة {serviceName}، موعدها {dueAt:date}."),
            new TemplateText(
                "An unhappy rating of {serviceName} needs your follow-up",
                "Dear colleagues,",
                [
                    "A member rated “{serviceName}” {score} out of 5, so a follow-up was opened for your department, due {dueAt:datetime}.",
                    new("Request: {reference}.", Otherwise: "The member answered anonymously, so the request is not known."),
                    new("The member's comment: {comment}", Optional: true),
                    "Please get in touch and deal with the cause, then close the follow-up with what was done.",
                    new("Follow-ups: {followUpsUrl}", Optional: true),
                ],
                "A follow-up of an unhappy rating of {serviceName}, due {dueAt:date}.")),
        new(
            NotificationTemplateKeys.FeedbackAnswered,
            new TemplateText(
                "رد على ملاحظتكم رقم {reference}",
                MemberGreetingAr,
                [
                    "ردّت الجمعية على ملاحظتكم رقم {reference}:",
                    "{answer}",
                    new("يمكنكم قراءة الرد وتقييمه في بوابة الأعضاء: {portalUrl}", Otherwise: "يمكنكم قراءة الرد وتقييمه في بوابة الأعضاء."),
                ],
                "{societyShortName}: رد على ملاحظتكم رقم {reference}: {answer}"),
            new TemplateText(
                "An answer to your feedback {reference}",
                MemberGreetingEn,
                [
                    "The society has answered your feedback {reference}:",
                    "{answer}",
                    new("You can read and rate the answer on the member portal: {portalUrl}", Otherwise: "You can read and rate the answer on the member portal."),
                ],
                "{societyShortName}: an answer to your feedback {reference}: {answer}")),
        new(
            NotificationTemplateKeys.FeedbackOverdue,
            new TemplateText(
                "تجاوزت الملاحظة رقم {reference} موعد الرد",
                "الزملاء الكرام،",
                [
                    "لم يُرد على الملاحظة رقم {reference} «{subject}» حتى موعدها {dueAt:datetime}.",
                    new("المسؤول عنها: {assignee}.", Optional: true),
                    "نرجو المتابعة والرد على العضو.",
                ],
                "تجاوزت الملاحظة رقم {reference} موعد الرد ({dueAt:date})."),
            new TemplateText(
                "Feedback {reference} passed its answer deadline",
                "Dear colleagues,",
                [
                    "Feedback {reference} “{subject}” has not been answered by its deadline {dueAt:datetime}.",
                    new("Owner: {assignee}.", Optional: true),
                    "Please follow up and answer the member.",
                ],
                "Feedback {reference} passed its answer deadline ({dueAt:date}).")),
        new(
            NotificationTemplateKeys.WeeklySummary,
            new TemplateText(
                "الملخص الأسبوعي لخدمة الأعضاء — أسبوع {weekOf:date}",
                "الزملاء الكرام،",
                [
                    "مهام تجاوزت موعدها: {breaches} من {openTasks} مهمة مفتوحة.",
                    "الطلبات المفتوحة: {backlog}؛ وصل في الأسبوع {opened} وأُغلق {closed}.",
                    new("أبطأ المراحل في الأسبوع: {slowestStage} (الوسيط {slowestHours} ساعة).", Optional: true),
                    new("رضا الأعضاء في الأسابيع الأربعة الماضية: {satisfaction}.", Optional: true),
                    new("التقارير: {reportsUrl}", Optional: true),
                ],
                "الملخص الأسبوعي: {breaches} مهمة متأخرة، {backlog} طلبًا مفتوحًا."),
            new TemplateText(
                "Weekly member service summary — week of {weekOf:date}",
                "Dear colleagues,",
                [
                    "Tasks past their deadline: {breaches} of {openTasks} open tasks.",
                    "Open requests: {backlog}; {opened} arrived this week and {closed} were closed.",
                    new("The week's slowest stage: {slowestStage} (median {slowestHours} hours).", Optional: true),
                    new("Member satisfaction over the last four weeks: {satisfaction}.", Optional: true),
                    new("Reports: {reportsUrl}", Optional: true),
                ],
                "Weekly summary: {breaches} tasks late, {backlog} requests open.")),
        new(
            NotificationTemplateKeys.Announcement,
            new TemplateText(
                "إعلان من {societyShortName}",
                MemberGreetingAr,
                ["{text}"],
                "{text}"),
            new TemplateText(
                "An announcement from {societyShortName}",
                MemberGreetingEn,
                ["{text}"],
                "{text}")),
        new(
            NotificationTemplateKeys.DocumentToAcknowledge,
            new TemplateText(
                "وثيقة للاطلاع: {title}",
                MemberGreetingAr,
                [
                    "صدر الإصدار {version} من «{title}»، ونرجو الاطلاع عليه وتأكيد قراءته.",
                    new("يسري العمل به من {effectiveOn:date}.", Optional: true),
                    "تجدونه في قسم الوثائق، ويكفي الضغط على «قرأتُ الوثيقة» بعد الاطلاع.",
                ],
                "{societyShortName}: صدر الإصدار {version} من «{title}»، نرجو الاطلاع عليه وتأكيد القراءة."),
            new TemplateText(
                "A document to read: {title}",
                MemberGreetingEn,
                [
                    "Version {version} of “{title}” has been issued; please read it and confirm you have.",
                    new("It takes effect on {effectiveOn:date}.", Optional: true),
                    "You will find it under Documents; press “I have read it” once you have.",
                ],
                "{societyShortName}: version {version} of “{title}” is out; please read it and confirm.")),
        new(
            NotificationTemplateKeys.DocumentReminder,
            new TemplateText(
                "تذكير: لم تؤكدوا قراءة «{title}»",
                MemberGreetingAr,
                [
                    "نذكّركم بالاطلاع على الإصدار {version} من «{title}» وتأكيد قراءته.",
                ],
                "{societyShortName}: تذكير بالاطلاع على «{title}» (الإصدار {version}) وتأكيد القراءة."),
            new TemplateText(
                "Reminder: please confirm you have read “{title}”",
                MemberGreetingEn,
                [
                    "This is a reminder to read version {version} of “{title}” and confirm you have.",
                ],
                "{societyShortName}: reminder to read “{title}” (version {version}) and confirm.")),
        new(
            NotificationTemplateKeys.MembershipRenewalReminder,
            new TemplateText(
                "تذكير بتجديد العضوية",
                MemberGreetingAr,
                [
                    "يحين موعد تجديد عضويتكم في {societyName} وسداد رسومها في {renewalDate:date}.",
                    new("رقم العضوية: {membershipNumber}.", Optional: true),
                    "يسعدنا استمراركم معنا؛ يمكنكم التجديد بزيارة مقر الجمعية أو التواصل معنا.",
                ],
                "{societyShortName}: يحين تجديد عضويتكم وسداد رسومها في {renewalDate:date}."),
            new TemplateText(
                "Your membership renewal is coming up",
                MemberGreetingEn,
                [
                    "Your membership of {societyName} and its dues are due for renewal on {renewalDate:date}.",
                    new("Membership number: {membershipNumber}.", Optional: true),
                    "We are glad to have you with us; you can renew at the society's office or by contacting us.",
                ],
                "{societyShortName}: your membership and dues are due for renewal on {renewalDate:date}.")),
        new(
            NotificationTemplateKeys.VolunteeringReminder,
            new TemplateText(
                "تذكير: {opportunity} غدًا",
                MemberGreetingAr,
                [
                    "نذكّركم بأن فرصة التطوع «{opportunity}» التي سجلتم فيها تبدأ في {startsOn:date}.",
                    new("المكان: {location}.", Optional: true),
                    "شكرًا لعطائكم.",
                ],
                "{societyShortName}: تذكير، «{opportunity}» تبدأ غدًا {startsOn:date}. شكرًا لعطائكم."),
            new TemplateText(
                "Reminder: {opportunity} tomorrow",
                MemberGreetingEn,
                [
                    "A reminder that the volunteering opportunity “{opportunity}” you joined starts on {startsOn:date}.",
                    new("Place: {location}.", Optional: true),
                    "Thank you for giving your time.",
                ],
                "{societyShortName}: reminder, “{opportunity}” starts tomorrow, {startsOn:date}. Thank you.")),
        new(
            NotificationTemplateKeys.PortalActivation,
            new TemplateText(
                "تفعيل حسابكم في بوابة الأعضاء",
                MemberGreetingAr,
                [
                    "فتحنا لكم حسابًا في بوابة أعضاء {societyName}. لتفعيله اختاروا كلمة مرور برمز التفعيل: {code}",
                    new("أو افتحوا الرابط: {activationUrl}", Optional: true),
                    "صلاحية الرمز: {validDays} أيام. لا تشاركوه مع أحد، فموظفو الجمعية لن يطلبوه منكم.",
                ],
                "{societyShortName}: رمز تفعيل حسابكم في بوابة الأعضاء {code} صالح {validDays} أيام. لا تشاركه مع أحد."),
            new TemplateText(
                "Activate your member portal account",
                MemberGreetingEn,
                [
                    "We have opened an account for you on the {societyName} member portal. To activate it, choose a password with the activation code: {code}",
                    new("Or open the link: {activationUrl}", Optional: true),
                    "The code is valid for {validDays} days. Do not share it with anyone; the society's staff will never ask for it.",
                ],
                "{societyShortName}: your member portal activation code is {code}, valid {validDays} days. Do not share it.")),
        new(
            NotificationTemplateKeys.ContactChanged,
            new TemplateText(
                "تغيير {changed} في حسابكم",
                MemberGreetingAr,
                [
                    "غُيّر {changed} المسجل لحسابكم في بوابة أعضاء {societyName} في {changedAt:date}، بعد إدخال الرمز المرسل إلى العنوان الجديد.",
                    "إن لم تطلبوا هذا التغيير فاتصلوا بالجمعية فورًا.",
                ],
                "{societyShortName}: غُيّر {changed} في حسابكم في {changedAt:date}. إن لم تطلبوا ذلك فاتصلوا بالجمعية فورًا."),
            new TemplateText(
                "Your {changed} was changed",
                MemberGreetingEn,
                [
                    "The {changed} of your account on the {societyName} member portal was changed on {changedAt:date}, with the code sent to the new address.",
                    "If you did not ask for this change, call the society at once.",
                ],
                "{societyShortName}: your {changed} was changed on {changedAt:date}. If you did not ask for it, call the society at once.")),
    }.ToDictionary(t => t.Key, StringComparer.Ordinal);
}
