using DomatAljandal.Host.Features.Cases.Letters;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>The letters' names (الخطابات) on the case page.</summary>
public static class LetterKindNames
{
    public static (string Ar, string En) Of(LetterKind kind) => kind switch
    {
        LetterKind.Receipt => ("إشعار استلام الطلب", "Receipt of the request"),
        LetterKind.Acceptance => ("خطاب القبول", "Acceptance letter"),
        LetterKind.Rejection => ("خطاب الاعتذار (الرفض)", "Rejection letter"),
        LetterKind.Certificate => ("الشهادة أو الخطاب المطلوب", "Certificate or letter"),
        LetterKind.Lapse => ("إشعار انتهاء الطلب", "Lapse notice"),
        _ => (kind.ToString(), kind.ToString()),
    };
}
