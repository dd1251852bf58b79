using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Localization;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>How a consent's kind reads in a history or an export.</summary>
public static class ConsentKindNames
{
    public static string Of(ConsentKind kind) => kind switch
    {
        ConsentKind.Contact => Loc.T("التواصل", "Contact"),
        ConsentKind.ContactBySms => Loc.T("التواصل بالرسائل النصية", "Contact by SMS"),
        ConsentKind.ContactByEmail => Loc.T("التواصل بالبريد الإلكتروني", "Contact by email"),
        _ => Loc.T("معالجة البيانات", "Data processing"),
    };
}
