using DomatAljandal.Host.Localization;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// Arabic words for what the engine names in English (activity types, property names, validation codes).
/// A name missing here is shown as the engine writes it, so a new activity type works before it is translated.
/// </summary>
public static class DesignerText
{
    private static readonly Dictionary<string, (string, string)> TypeNames = new(StringComparer.Ordinal)
    {
        ["HumanTask"] = ("مهمة موظف", "Human task"),
        ["Decision"] = ("قرار شرطي", "Decision"),
        ["Timer"] = ("مؤقت", "Timer"),
        ["WaitForEvent"] = ("انتظار حدث", "Wait for event"),
        ["SetVariable"] = ("تعيين متغير", "Set variable"),
        ["DomainAction"] = ("إجراء في النظام", "Domain action"),
        ["SendNotification"] = ("إرسال إشعار", "Send notification"),
        ["IssueLetter"] = ("إصدار خطاب", "Issue a letter"),
        ["End"] = ("نهاية", "End"),
    };

    private static readonly Dictionary<string, string> TypeDescriptionsAr = new(StringComparer.Ordinal)
    {
        ["HumanTask"] = "ينتظر موظفًا يحمل الدور المحدد ليُنهي المهمة بإحدى النتائج المعلنة.",
        ["Decision"] = "يختار الطريق حسب شرط على المتغيرات: صحيح أو خطأ.",
        ["Timer"] = "ينتظر مدة محددة أو حتى تاريخ محفوظ في المتغيرات.",
        ["WaitForEvent"] = "ينتظر حدثًا باسمه يصل لهذا الطلب (مثل توقيع العضو على الإقرار).",
        ["SetVariable"] = "يحفظ قيمة تعبير في متغير.",
        ["DomainAction"] = "ينفّذ إجراءً من إجراءات النظام على الطلب.",
        ["SendNotification"] = "يرسل إشعارًا من قوالب النظام؛ يختار النظام المستلم والقناة.",
        ["IssueLetter"] = "يصدر خطابًا من النوع المحدد بصياغة قالبه، برقم خطاب جديد، ويقيده على الطلب.",
        ["End"] = "ينهي سير العمل بالنتيجة المحددة.",
    };

    private static readonly Dictionary<string, (string, string)> PropertyNames = new(StringComparer.Ordinal)
    {
        ["role"] = ("الدور المسؤول", "Role"),
        ["outcomes"] = ("النتائج", "Outcomes"),
        ["stage"] = ("المرحلة", "Stage"),
        ["form"] = ("حقول النموذج", "Form fields"),
        ["deadline"] = ("المهلة", "Deadline"),
        ["condition"] = ("الشرط", "Condition"),
        ["duration"] = ("المدة", "Duration"),
        ["until"] = ("حتى", "Until"),
        ["eventName"] = ("اسم الحدث", "Event name"),
        ["resultVariable"] = ("متغير النتيجة", "Result variable"),
        ["variable"] = ("المتغير", "Variable"),
        ["value"] = ("القيمة", "Value"),
        ["action"] = ("الإجراء", "Action"),
        ["inputs"] = ("المدخلات", "Inputs"),
        ["template"] = ("قالب الإشعار", "Notification template"),
        ["letter"] = ("نوع الخطاب", "Letter kind"),
        ["result"] = ("النتيجة النهائية", "Result"),
        ["calendar"] = ("تحسب المهل", "Deadlines count"),
        ["approvals"] = ("عدد الأصوات المطلوبة", "Votes required"),
        ["reminders"] = ("التذكير بعد", "Remind after"),
        ["reminderTemplate"] = ("قالب التذكير", "Reminder template"),
        ["lapse"] = ("يُغلق الانتظار بعد", "Lapses after"),
    };

    private static readonly Dictionary<string, (string, string)> IssueNames = new(StringComparer.Ordinal)
    {
        [ValidationCodes.MalformedJson] = ("نص JSON غير سليم", "Malformed JSON"),
        [ValidationCodes.MissingDefinitionId] = ("معرّف الإجراء مطلوب", "Definition id required"),
        [ValidationCodes.InvalidDefinitionId] = ("معرّف الإجراء غير صالح", "Invalid definition id"),
        [ValidationCodes.MissingStart] = ("لم تُحدَّد خطوة البداية", "No start step"),
        [ValidationCodes.UnknownStart] = ("خطوة البداية غير موجودة", "Unknown start step"),
        [ValidationCodes.MissingActivityId] = ("خطوة بلا معرّف", "Step without id"),
        [ValidationCodes.DuplicateActivityId] = ("معرّف خطوة مكرر", "Duplicate step id"),
        [ValidationCodes.UnknownActivityType] = ("نوع خطوة غير معروف", "Unknown step type"),
        [ValidationCodes.MissingProperty] = ("خاصية مطلوبة ناقصة", "Missing required property"),
        [ValidationCodes.InvalidProperty] = ("قيمة غير صالحة", "Invalid value"),
        [ValidationCodes.OutcomeWithoutConnection] = ("نتيجة غير موصولة بخطوة تالية", "Outcome not connected"),
        [ValidationCodes.InvalidDuration] = ("مدة غير صالحة", "Invalid duration"),
        [ValidationCodes.InvalidExpression] = ("تعبير لا يمكن قراءته", "Expression does not parse"),
        [ValidationCodes.UnknownConnectionSource] = ("وصلة من خطوة غير موجودة", "Connection from unknown step"),
        [ValidationCodes.UnknownConnectionTarget] = ("وصلة إلى خطوة غير موجودة", "Connection to unknown step"),
        [ValidationCodes.UndeclaredOutcome] = ("وصلة من نتيجة غير معلنة", "Connection from undeclared outcome"),
        [ValidationCodes.InvalidOutcome] = ("نتيجة غير صالحة", "Invalid outcome"),
        [ValidationCodes.InvalidStage] = ("مرحلة غير صالحة", "Invalid stage"),
        [ValidationCodes.DuplicateStage] = ("معرّف مرحلة مكرر", "Duplicate stage id"),
        [ValidationCodes.UnknownStage] = ("مرحلة غير معلنة", "Undeclared stage"),
        [ValidationCodes.UnknownCatalogValue] = ("قيمة غير معروفة في النظام", "Value the service does not know"),
        [ValidationCodes.MissingEnd] = ("لا توجد خطوة نهاية", "No End step"),
        [ValidationCodes.UnreachableEnd] = ("خطوة نهاية لا يمكن الوصول إليها", "Unreachable End step"),
    };

    /// <summary>A stage's name in the admin's language (the other language, then its id, when missing).</summary>
    public static string StageName(StageDefinition stage) =>
        stage.Name?.GetValueOrDefault(Loc.Language) is { Length: > 0 } name ? name : stage.Name?.Values.FirstOrDefault(v => v.Length > 0) ?? stage.Id;

    public static (string Ar, string En) TypeName(string type) => TypeNames.GetValueOrDefault(type, (type, type));

    /// <summary>What an activity type does, in the admin's language (the engine's English when untranslated).</summary>
    public static string TypeDescription(string type, string english) =>
        Loc.IsArabic && TypeDescriptionsAr.TryGetValue(type, out var arabic) ? arabic : english;

    public static (string Ar, string En) PropertyName(string property) => PropertyNames.GetValueOrDefault(property, (property, property));

    public static (string Ar, string En) Issue(string code) => IssueNames.GetValueOrDefault(code, (code, code));
}
