using System.Text.RegularExpressions;

namespace DomatAljandal.Host.Localization;

/// <summary>
/// The one catalog of the API's problem texts: every title and message a caller can read, in Arabic beside the English
/// it is written with in code. <see cref="ProblemLanguage"/> looks English texts up here when the answer is Arabic.
/// </summary>
internal static class ProblemTexts
{
    public static readonly IReadOnlyDictionary<string, string> Arabic = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Titles by status (the framework's and ours).
        ["Bad Request"] = "الطلب غير صحيح.",
        ["Unauthorized"] = "سجّل الدخول أولًا.",
        ["Forbidden"] = "لا تملك صلاحية هذا الإجراء.",
        ["Not Found"] = "غير موجود.",
        ["Not found."] = "غير موجود.",
        ["Method Not Allowed"] = "الطريقة غير مسموحة.",
        ["Conflict"] = "تعارض مع الحالة الحالية.",
        ["Payload Too Large"] = "الطلب أكبر من المسموح.",
        ["Unsupported Media Type"] = "نوع المحتوى غير مدعوم.",
        ["Too Many Requests"] = "طلبات كثيرة؛ حاول بعد قليل.",
        ["An error occurred while processing your request."] = "حدث خطأ أثناء معالجة طلبك.",
        ["One or more validation errors occurred."] = "بعض الحقول غير صحيحة.",
        ["One or more fields are not valid."] = "بعض الحقول غير صحيحة.",
        ["The request could not be read."] = "تعذّرت قراءة الطلب.",
        ["The upload is too large."] = "الملف المرفوع أكبر من المسموح.",
        ["The file is too large."] = "الملف أكبر من المسموح.",
        ["The file is larger than 10 MB."] = "حجم الملف أكبر من ١٠ ميجابايت.",
        ["Failed"] = "تعذّر تسجيل الدخول: البريد أو كلمة المرور غير صحيحة.",
        ["Someone else changed this record at the same time. Reload it and try again."] = "عدّل شخص آخر هذا السجل في الوقت نفسه؛ أعد تحميله وحاول مجددًا.",
        ["Someone else changed this case at the same time. Reload it and try again."] = "عدّل شخص آخر هذه الحالة في الوقت نفسه؛ أعد تحميلها وحاول مجددًا.",
        ["Someone else changed this member at the same time. Reload it and try again."] = "عدّل شخص آخر بيانات هذا العضو في الوقت نفسه؛ أعد تحميلها وحاول مجددًا.",
        ["The request could not be saved because the same record was written at the same time. Try again."] = "تعذّر الحفظ لأن السجل نفسه كُتب في الوقت نفسه؛ حاول مجددًا.",
        ["The workflow definition is not valid."] = "تعريف الإجراء غير صالح.",

        // Not found.
        ["No such member."] = "لا يوجد هذا العضو.",
        ["No such case."] = "لا توجد هذه الحالة.",
        ["No such task on this case."] = "لا توجد هذه المهمة في هذه الحالة.",
        ["No such template."] = "لا يوجد هذا القالب.",
        ["No such attachment on this case."] = "لا يوجد هذا المرفق في هذه الحالة.",
        ["No such hours entry."] = "لا يوجد هذا القيد من الساعات.",
        ["No such letter on this case."] = "لا يوجد هذا الخطاب في هذه الحالة.",
        ["No such registration."] = "لا يوجد طلب التسجيل هذا.",
        ["No such service type."] = "لا توجد هذه الخدمة.",
        ["No such suggestion or complaint."] = "لا يوجد هذا الاقتراح أو الشكوى.",
        ["No such user."] = "لا يوجد هذا المستخدم.",
        ["No such volunteering opportunity."] = "لا توجد فرصة التطوع هذه.",
        ["No member record matches."] = "لا يوجد سجل عضو مطابق.",
        ["There is no such record among yours."] = "لا يوجد هذا السجل ضمن سجلاتك.",
        ["The attachment's file is missing from storage."] = "ملف المرفق غير موجود في التخزين.",
        ["The applicant's account no longer exists."] = "حساب مقدّم الطلب لم يعد موجودًا.",
        ["The case is not one of this member's cases."] = "ليست هذه الحالة من حالات هذا العضو.",

        // Conflicts and rules.
        ["Choose one of the task's outcomes."] = "اختر إحدى نتائج المهمة.",
        ["The case is not at this point of its procedure."] = "ليست الحالة عند هذه المرحلة من إجرائها.",
        ["A member with this national ID or iqama number is already registered."] = "يوجد عضو مسجّل بهذا الرقم الوطني أو رقم الإقامة.",
        ["The member could not be saved because the same record was written at the same time. Try again."] = "تعذّر حفظ العضو لأن السجل نفسه كُتب في الوقت نفسه؛ حاول مجددًا.",
        ["The submission is incomplete against the checklist: supply what is missing, ask the member for it, or give a reason to go on."] =
            "الطلب ناقص عن قائمة التحقق: أكمل الناقص، أو اطلبه من العضو، أو اذكر سببًا للمتابعة.",
        ["'requestedItems' is a list of checklist items, like documents.nationalIdCopy."] = "requestedItems قائمة ببنود قائمة التحقق، مثل documents.nationalIdCopy.",
        ["A service's code does not change: cases refer to it."] = "رمز الخدمة لا يتغير؛ فالحالات تشير إليه.",
        ["A workflow definition is limited to 1 MB."] = "حجم تعريف الإجراء لا يتجاوز ١ ميجابايت.",
        ["The preview's language is ar or en."] = "لغة المعاينة ar أو en.",
        ["The member is required."] = "العضو مطلوب.",
        ["The start date is required."] = "تاريخ البدء مطلوب.",
        ["An email is required for a portal account."] = "البريد الإلكتروني مطلوب لحساب البوابة.",
        ["The member already has a portal account."] = "لهذا العضو حساب في البوابة.",
        ["A member with this national ID is already on record."] = "يوجد عضو مسجّل بهذا الرقم الوطني.",
        ["A member with this national ID is on record."] = "يوجد عضو مسجّل بهذا الرقم الوطني.",
        ["A registration with this national ID is already waiting."] = "يوجد طلب تسجيل بهذا الرقم الوطني قيد المراجعة.",
        ["A service type with this code exists."] = "توجد خدمة بهذا الرمز.",
        ["The registration has already been decided."] = "بُتّ في طلب التسجيل هذا من قبل.",
        ["The opportunity is full."] = "اكتمل عدد المتطوعين في هذه الفرصة.",
        ["You have already signed up."] = "سجّلت في هذه الفرصة من قبل.",
        ["These hours are already approved."] = "اعتُمدت هذه الساعات من قبل.",
        ["Members signed up for this opportunity; close it instead of deleting it."] = "سجّل أعضاء في هذه الفرصة؛ أغلقها بدل حذفها.",
        ["Too many wrong passwords."] = "كلمات مرور خاطئة كثيرة.",
        ["Too many wrong codes."] = "رموز خاطئة كثيرة.",
        ["Too many codes requested."] = "طُلبت رموز كثيرة.",
        ["Your registration is waiting for the society's confirmation."] = "طلب تسجيلك بانتظار تأكيد الجمعية.",
        ["Link the account to the existing member instead (open a portal account from the member's page)."] = "اربط الحساب بالعضو المسجّل بدلًا من ذلك (افتح حساب البوابة من صفحة العضو).",
        ["Give memberId (an existing member) or member (to register one)."] = "أرسل memberId (عضو مسجّل) أو member (لتسجيل عضو جديد).",
        ["A field name in the submitted data is not valid."] = "اسم حقل في البيانات المرسلة غير صالح.",
        ["The IP address is not valid."] = "عنوان IP غير صالح.",
        ["The direction is In or Out."] = "الاتجاه In أو Out.",
        ["The letter's language is ar or en."] = "لغة الخطاب ar أو en.",
        ["page starts at 1."] = "رقم الصفحة يبدأ من 1.",
        ["sort is due or created."] = "الترتيب due أو created.",
        ["The value is not one of the allowed ones."] = "القيمة ليست من القيم المسموحة.",
        ["The number is out of range."] = "الرقم خارج المدى المسموح.",
        ["Cookie-authenticated changes under /api need an antiforgery token; use a bearer token."] = "التعديلات عبر /api بملف تعريف الارتباط تحتاج رمز حماية من التزوير؛ استخدم رمز Bearer.",
    };

    /// <summary>
    /// English texts built with values (an id, a code, a list of names): each pattern's groups carry the values into the
    /// Arabic (<c>$1</c>, <c>$2</c>), so a variable-built message is in the catalog as a fixed one is.
    /// </summary>
    public static readonly IReadOnlyList<(Regex English, string Arabic)> Patterns =
    [
        (Pattern(@"^There is no case (.+)\.$"), "لا توجد الحالة $1."),
        (Pattern(@"^There is no member (.+)\.$"), "لا يوجد العضو $1."),
        (Pattern(@"^There is no service type '(.+)'\.( See GET /api/service-types\.)?$"), "لا توجد الخدمة «$1»."),
        (Pattern(@"^There is no template '(.+)'\.$"), "لا يوجد القالب «$1»."),
        (Pattern(@"^There is no workflow definition '(.+)'\.$"), "لا يوجد تعريف الإجراء «$1»."),
        (Pattern(@"^There is no volunteering opportunity (.+)\.$"), "لا توجد فرصة التطوع $1."),
        (Pattern(@"^Task (.+) does not belong to this case\.$"), "المهمة $1 ليست من مهام هذه الحالة."),
        (Pattern(@"^The case is not waiting for (.+)\.$"), "الحالة لا تنتظر «$1»."),
        (Pattern(@"^The case is at version (\d+), not (\d+)\.$"), "الحالة في نسختها $1 لا $2؛ أعد تحميلها."),
        (Pattern(@"^The member is at version (\d+), not (\d+)\.$"), "بيانات العضو في نسختها $1 لا $2؛ أعد تحميلها."),
        (Pattern(@"^Member (.+) has this national ID or iqama number\.$"), "العضو $1 مسجّل بهذا الرقم الوطني أو رقم الإقامة."),
        (Pattern(@"^'(.+)' is taken\.$"), "«$1» مستخدم من قبل."),
        (Pattern(@"^'(.+)' must be text, a number or true/false\.$"), "«$1» نص أو رقم أو صح/خطأ."),
        (Pattern(@"^'(.+)' is not a document of this service\.$"), "«$1» ليس من مستندات هذه الخدمة."),
        (Pattern(@"^'(.+)' is not on this service's checklist\.$"), "«$1» ليس من قائمة التحقق لهذه الخدمة."),
        (Pattern(@"^The service '(.+)' is not available at the moment\.$"), "الخدمة «$1» غير متاحة حاليًا."),
        (Pattern(@"^The channel is one of: (.+)\.$"), "القناة إحدى: $1."),
        (Pattern(@"^The letter kind is one of: (.+)\.$"), "نوع الخطاب أحد: $1."),
        (Pattern(@"^(\w+) is one of: (.+)\.$"), "$1 إحدى القيم: $2."),
        (Pattern(@"^Unknown role\(s\): (.+)\. Known roles: (.+)\.$"), "أدوار غير معروفة: $1. الأدوار المعروفة: $2."),
    ];

    /// <summary>A text in the caller's Arabic: the catalog's fixed text, or a pattern's with its values; null when neither knows it.</summary>
    public static string? ArabicOf(string english)
    {
        var text = english.Trim();
        if (Arabic.TryGetValue(text, out var fixedText))
        {
            return fixedText;
        }

        foreach (var (pattern, arabic) in Patterns)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                return match.Result(arabic);
            }
        }

        return null;
    }

    private static Regex Pattern(string english) =>
        new(english, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100));
}
