namespace DomatAljandal.Domain.Cases;

/// <summary>
/// The seven steps of handling a member's transaction (member relations policy). The number is the step's
/// position in the procedure and is stored; never renumber.
/// </summary>
public enum ProcedureStep
{
    /// <summary>استقبال العضو — receive the member courteously, answer every inquiry.</summary>
    Receive = 1,

    /// <summary>التحقق من البيانات — make sure all required information is provided and valid.</summary>
    Verify = 2,

    /// <summary>الإحالة إلى مسؤول البحث الاجتماعي — when the procedure is unclear to the member.</summary>
    Clarify = 3,

    /// <summary>إقرار بصحة البيانات — the applicant signs that the data is correct.</summary>
    Declaration = 4,

    /// <summary>الإحالة إلى لجنة البحث — the research committee accepts or rejects.</summary>
    Committee = 5,

    /// <summary>استكمال إجراءات التسجيل.</summary>
    CompleteRegistration = 6,

    /// <summary>تقديم الخدمة.</summary>
    DeliverService = 7,
}
