namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>The letters (الخطابات) a case can produce. Stored as text.</summary>
public enum LetterKind
{
    /// <summary>Receipt of a request — إشعار استلام طلب.</summary>
    Receipt = 1,

    /// <summary>The committee accepted the request — خطاب قبول.</summary>
    Acceptance = 2,

    /// <summary>The committee rejected the request, with its reason — خطاب اعتذار/رفض.</summary>
    Rejection = 3,
}
