using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.Cases;

/// <summary>The procedure steps' names in the society's words (glossary and policy), Arabic and English.</summary>
public static class ProcedureStepNames
{
    public static string Arabic(ProcedureStep step) => step switch
    {
        ProcedureStep.Receive => "استقبال العضو",
        ProcedureStep.Verify => "التحقق من البيانات",
        ProcedureStep.Clarify => "الإحالة إلى مسؤول البحث الاجتماعي",
        ProcedureStep.Declaration => "إقرار بصحة البيانات",
        ProcedureStep.Committee => "الإحالة إلى لجنة البحث",
        ProcedureStep.CompleteRegistration => "استكمال إجراءات التسجيل",
        ProcedureStep.DeliverService => "تقديم الخدمة",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown procedure step."),
    };

    public static string English(ProcedureStep step) => step switch
    {
        ProcedureStep.Receive => "Receive the member",
        ProcedureStep.Verify => "Verify the submission",
        ProcedureStep.Clarify => "Refer to the social research officer",
        ProcedureStep.Declaration => "Declaration that the data is correct",
        ProcedureStep.Committee => "Research committee decision",
        ProcedureStep.CompleteRegistration => "Complete the registration",
        ProcedureStep.DeliverService => "Deliver the service",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown procedure step."),
    };

    /// <summary>The name in "ar" or "en".</summary>
    public static string In(ProcedureStep step, string language) =>
        DisplayLanguage.IsArabic(language) ? Arabic(step) : English(step);
}
