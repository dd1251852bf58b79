namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>What kind of document of the society it is. Stored as text.</summary>
public enum DocumentCategory
{
    /// <summary>اللائحة الأساسية.</summary>
    Bylaws = 1,

    /// <summary>دليل سياسة الدعم للأعضاء.</summary>
    SupportPolicy = 2,

    /// <summary>نموذج.</summary>
    Form = 3,

    /// <summary>تعميم.</summary>
    Circular = 4,

    /// <summary>سياسة أو دليل آخر.</summary>
    Policy = 5,

    Other = 9,
}
