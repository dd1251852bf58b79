using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Pages;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Templates;
using DomatAljandal.Host.Identity;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Workflows;

/// <summary>
/// What this service offers a workflow definition, read from what it really has: the staff roles, the registered
/// <see cref="ICaseAction"/>s, the notification templates, the letter kinds and the channels. The engine checks
/// definitions against it at publish; the designer offers its entries as choices.
/// </summary>
public sealed class HostWorkflowCatalog(IEnumerable<ICaseAction> actions) : IWorkflowCatalog
{
    public IReadOnlyList<CatalogEntry>? Entries(CatalogKind kind) => kind switch
    {
        CatalogKind.Role => Roles.Staff.Select(r => Entry(r, Roles.DisplayName(r))).ToList(),
        CatalogKind.DomainAction => actions.Where(a => !a.IsLegacy).Select(a => Entry(a.Name, a.DisplayName)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
        CatalogKind.NotificationTemplate => NotificationTemplateCatalog.All.Values
            .Select(t => new CatalogEntry(t.Key, TemplateCatalog.Name(t.Arabic.Subject), TemplateCatalog.Name(t.English.Subject))).ToList(),
        CatalogKind.LetterKind => Enum.GetValues<LetterKind>().Select(k => Entry(k.ToString(), LetterKindNames.Of(k))).ToList(),
        CatalogKind.Channel => Enum.GetValues<NotificationChannel>().Select(c => Entry(c.ToString(), c switch
        {
            NotificationChannel.Email => ("البريد الإلكتروني", "Email"),
            _ => ("رسالة نصية", "SMS"),
        })).ToList(),
        _ => null,
    };

    private static CatalogEntry Entry(string id, (string Ar, string En) name) => new(id, name.Ar, name.En);
}
