using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>The wording in force of a template: an admin's, language by language, else the shipped one.</summary>
public sealed class TemplateWordings(AppDbContext db)
{
    /// <summary>The wording of both languages as an admin edits it, with whether each is the admin's own.</summary>
    public async Task<(TemplateForm Arabic, TemplateForm English, TemplateWording? ArabicOverride, TemplateWording? EnglishOverride)> FormsAsync(
        TemplateEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var saved = await db.Set<TemplateWording>().AsNoTracking().Where(w => w.Key == entry.Key).ToListAsync(cancellationToken);
        var ar = saved.FirstOrDefault(w => w.Language == DisplayLanguage.Arabic);
        var en = saved.FirstOrDefault(w => w.Language == DisplayLanguage.English);
        return (ar?.ToForm() ?? entry.DefaultArabic, en?.ToForm() ?? entry.DefaultEnglish, ar, en);
    }

    internal async Task<NotificationTemplate> NotificationAsync(string key, CancellationToken cancellationToken)
    {
        if (!NotificationTemplateCatalog.All.TryGetValue(key, out var shipped))
        {
            throw new ArgumentException($"There is no notification template '{key}'.", nameof(key));
        }

        var (_, _, ar, en) = await FormsAsync(TemplateCatalog.Find(key)!, cancellationToken);
        return ar is null && en is null
            ? shipped
            : new NotificationTemplate(key, ar?.ToForm().ToText() ?? shipped.Arabic, en?.ToForm().ToText() ?? shipped.English);
    }

    internal async Task<LetterTemplate> LetterAsync(LetterKind kind, CancellationToken cancellationToken)
    {
        var shipped = LetterTemplateCatalog.All[kind];
        var (_, _, ar, en) = await FormsAsync(TemplateCatalog.Letter(kind), cancellationToken);
        return new LetterTemplate(kind, Of(ar, shipped.Arabic), Of(en, shipped.English));

        static LetterText Of(TemplateWording? wording, LetterText shipped) => wording is null
            ? shipped
            : new LetterText(wording.ToForm().ToText(), wording.SignatoryName, wording.SignatoryTitle ?? shipped.SignatoryTitle);
    }
}
