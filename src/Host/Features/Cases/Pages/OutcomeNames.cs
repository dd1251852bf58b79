namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>
/// How an outcome's button looks: a rejection or a gap stands out from the way forward. Its words come from the
/// definition's outcome labels, never from here.
/// </summary>
public static class OutcomeNames
{
    /// <summary>The button colour of an outcome id.</summary>
    public static MudBlazor.Color ColorOf(string outcome) => outcome switch
    {
        "Reject" => MudBlazor.Color.Error,
        "MissingInformation" or "Unclear" => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Primary,
    };
}
