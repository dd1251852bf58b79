namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>The task outcomes of the shipped procedure as the buttons say them; an outcome an admin adds shows as written.</summary>
public static class OutcomeNames
{
    public static (string Ar, string En) Of(string outcome) => outcome switch
    {
        "Received" => ("تم الاستقبال", "Received"),
        "Complete" => ("البيانات مكتملة", "Data complete"),
        "MissingInformation" => ("نواقص في البيانات", "Missing information"),
        "Unclear" => ("الإجراء غير واضح للعضو", "Unclear to the member"),
        "Explained" => ("تم التوضيح", "Explained"),
        "Accept" => ("قبول", "Accept"),
        "Reject" => ("رفض", "Reject"),
        "Registered" => ("تم استكمال التسجيل", "Registration completed"),
        "Delivered" => ("تم تقديم الخدمة", "Service delivered"),
        _ => (outcome, outcome),
    };

    /// <summary>The button colour: a rejection or a gap stands out from the way forward.</summary>
    public static MudBlazor.Color ColorOf(string outcome) => outcome switch
    {
        "Reject" => MudBlazor.Color.Error,
        "MissingInformation" or "Unclear" => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Primary,
    };
}
