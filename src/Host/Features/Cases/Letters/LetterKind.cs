namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>The letters (الخطابات) a case can produce. Stored as text; each has its template (<see cref="LetterTemplateCatalog"/>).</summary>
public enum LetterKind
{
    /// <summary>Receipt of a request — إشعار استلام طلب.</summary>
    Receipt = 1,

    /// <summary>The committee accepted the request — خطاب قبول.</summary>
    Acceptance = 2,

    /// <summary>The committee rejected the request, with its reason — خطاب اعتذار/رفض.</summary>
    Rejection = 3,

    /// <summary>The certificate or letter the member asked for — شهادة أو خطاب للعضو.</summary>
    Certificate = 4,

    /// <summary>The request lapsed: the member did not supply what was asked within the wait — إشعار انتهاء الطلب.</summary>
    Lapse = 5,
}
