using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases;

namespace DomatAljandal.Host.Features.Portal.Requests;

/// <summary>What the society asks of the member now: <c>ProvideMissingInformation</c> or <c>SignDeclaration</c>.</summary>
/// <remarks><c>Items</c> are the checklist items the officer named (fill the fields, attach the documents); <c>MissingItems</c> their own words.</remarks>
public sealed record MemberAction(string Kind, string MessageAr, string MessageEn, string? MissingItems, IReadOnlyList<CaseRequestedItems.Item>? Items = null);

/// <summary>How a case reads on the portal: the step tracker, the status words and what is asked of the member.</summary>
public static class PortalCaseView
{
    public const string ProvideMissingInformation = nameof(ProvideMissingInformation);
    public const string SignDeclaration = nameof(SignDeclaration);

    /// <summary>The member's part, from the events the case's workflow waits for.</summary>
    public static MemberAction? ActionNeeded(ServiceCase serviceCase, IEnumerable<string> awaitedEvents, string? missingItems = null,
        IReadOnlyList<CaseRequestedItems.Item>? items = null)
    {
        if (serviceCase.IsClosed)
        {
            return null;
        }

        var events = awaitedEvents.ToHashSet(StringComparer.Ordinal);
        if (events.Contains(CaseEvents.MemberReplied))
        {
            return new MemberAction(ProvideMissingInformation,
                "نحتاج منك استكمال معلومات أو مستندات ناقصة.", "We need missing information or documents from you.", missingItems, items ?? []);
        }

        return events.Contains(CaseEvents.DeclarationSigned)
            ? new MemberAction(SignDeclaration,
                "وقّع الإقرار بصحة البيانات ليُحال طلبك إلى لجنة البحث.", "Sign the declaration that your data is correct so the request goes to the research committee.", null)
            : null;
    }

    public static (string Ar, string En) StatusName(ServiceCase serviceCase) =>
        serviceCase.Withdrawal is not null ? ("مسحوب", "Withdrawn") : StatusName(serviceCase.Status);

    public static (string Ar, string En) StatusName(CaseStatus status) => status switch
    {
        CaseStatus.Open => ("قيد المعالجة", "In progress"),
        CaseStatus.AwaitingMember => ("بانتظارك", "Waiting for you"),
        CaseStatus.InCommittee => ("لدى لجنة البحث", "With the research committee"),
        CaseStatus.Completed => ("مكتمل", "Completed"),
        CaseStatus.Rejected => ("مرفوض", "Not accepted"),
        CaseStatus.Cancelled => ("ملغى", "Cancelled"),
        CaseStatus.Lapsed => ("مغلق لانتهاء المهلة", "Lapsed"),
        _ => (status.ToString(), status.ToString()),
    };
}
