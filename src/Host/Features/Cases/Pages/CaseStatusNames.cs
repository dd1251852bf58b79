using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>A case's status as its chip says it.</summary>
public static class CaseStatusNames
{
    public static (string Ar, string En) Of(CaseStatus status) => status switch
    {
        CaseStatus.Open => ("قيد المعالجة", "Open"),
        CaseStatus.AwaitingMember => ("بانتظار العضو", "Waiting for the member"),
        CaseStatus.InCommittee => ("لدى لجنة البحث", "With the research committee"),
        CaseStatus.Completed => ("مكتمل", "Completed"),
        CaseStatus.Rejected => ("مرفوض", "Rejected"),
        CaseStatus.Cancelled => ("ملغى", "Cancelled"),
        CaseStatus.Lapsed => ("مغلق لانتهاء المهلة", "Lapsed"),
        _ => (status.ToString(), status.ToString()),
    };

    public static MudBlazor.Color ColorOf(CaseStatus status) => status switch
    {
        CaseStatus.Completed => MudBlazor.Color.Success,
        CaseStatus.Rejected or CaseStatus.Cancelled or CaseStatus.Lapsed => MudBlazor.Color.Default,
        CaseStatus.AwaitingMember => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Info,
    };
}
