using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>What verification asked the member for, named by the checklist's labels (staff page, portal and message alike).</summary>
public static class CaseRequestedItems
{
    /// <summary>One item asked for: the checklist item (<c>submittedData.x</c> or <c>documents.y</c>), its kind and its labels.</summary>
    public sealed record Item(string Id, bool IsDocument, string Key, string LabelAr, string LabelEn);

    /// <summary>The items the case asks for, in the order the officer named them; an item no longer on the checklist keeps its key as its label.</summary>
    public static IReadOnlyList<Item> Of(ServiceType? serviceType, ServiceCase serviceCase) =>
    [
        .. serviceCase.RequestedItems.Select(id =>
        {
            var isDocument = id.StartsWith(ServiceType.DocumentItemPrefix, StringComparison.Ordinal);
            var key = isDocument ? id[ServiceType.DocumentItemPrefix.Length..]
                : id.StartsWith(ServiceType.FieldItemPrefix, StringComparison.Ordinal) ? id[ServiceType.FieldItemPrefix.Length..] : id;
            var label = serviceType?.LabelOf(id) ?? (key, key);
            return new Item(id, isDocument, key, label.Ar, label.En);
        }),
    ];

    /// <summary>The items and the officer's words as one line in each language; null when nothing was asked for.</summary>
    public static (string Ar, string En)? Describe(ServiceType? serviceType, ServiceCase serviceCase)
    {
        var items = Of(serviceType, serviceCase);
        if (items.Count == 0 && serviceCase.RequestedNote is null)
        {
            return null;
        }

        var ar = items.Select(i => i.LabelAr).ToList();
        var en = items.Select(i => i.LabelEn).ToList();
        if (serviceCase.RequestedNote is { } note)
        {
            ar.Add(note);
            en.Add(note);
        }

        return (string.Join("، ", ar), string.Join("; ", en));
    }
}
