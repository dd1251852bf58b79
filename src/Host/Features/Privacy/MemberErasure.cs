using System.Text.Json;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Domain.People;
using DomatAljandal.Host.Features.Feedback;
using DomatAljandal.Host.Features.Interactions;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Features.Volunteering;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// Erases a member's personal data. What no law requires keeping is deleted (interactions, volunteering, the portal
/// account and its codes, messages sent to them, a pending registration). What is kept for its retention period
/// (<see cref="RetentionOptions"/>: cases and their letters, suggestions and complaints, the audit trail) stays
/// anonymized: the member row keeps its id so cases still count in the reports, and the name, national ID, mobile and
/// email are replaced in every text column of every table — including JSON, where Arabic is stored escaped. The cases'
/// attachments (ID copies, signed scans) are deleted, rows and files: a scan cannot be anonymized.
/// </summary>
public sealed class MemberErasure(AppDbContext db, IAttachmentStorage storage, IOptions<RetentionOptions> retention, TimeProvider clock, ILogger<MemberErasure> logger)
{
    /// <summary>What an erased name reads as in kept text.</summary>
    public const string Placeholder = "[محذوف]";

    /// <summary>What was deleted and what kept; <c>FilesDeleted</c>: the attachment files removed from the storage.</summary>
    public sealed record ErasureReport(IReadOnlyList<string> Deleted, IReadOnlyList<KeptRecord> Anonymized, int FilesDeleted)
    {
        public IEnumerable<string> Lines() =>
        [
            .. Deleted.Select(d => $"Deleted: {d}"), $"Attachment files deleted from storage: {FilesDeleted}",
            .. Anonymized.Select(k => $"Anonymized and kept until {k.KeptUntil:yyyy-MM-dd}: {k.Kind}"),
        ];
    }

    public sealed record KeptRecord(string Kind, DateTimeOffset KeptUntil);

    public async Task<ErasureReport> EraseAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Set<Member>().FirstAsync(m => m.Id == memberId, cancellationToken);
        var now = clock.GetUtcNow();
        var accounts = await db.Users.Where(u => u.MemberId == memberId).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var userIds = accounts.Select(a => a.Id).ToList();
        var replacements = Replacements(member, accounts.Select(a => a.Email));
        var recipients = new[] { member.Mobile, member.Email }.OfType<string>().ToList();

        var deleted = new List<string>();
        async Task DeleteAsync(string kind, Task<int> rows)
        {
            if (await rows > 0)
            {
                deleted.Add(kind);
            }
        }

        await DeleteAsync("interactions", db.Set<Interaction>().Where(i => i.MemberId == memberId).ExecuteDeleteAsync(cancellationToken));
        await DeleteAsync("volunteer hours", db.Set<VolunteerHours>().Where(h => h.MemberId == memberId).ExecuteDeleteAsync(cancellationToken));
        await DeleteAsync("volunteer sign-ups", db.Set<VolunteerSignup>().Where(s => s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken));
        await DeleteAsync("one-time codes", db.Set<PortalCode>().Where(c => c.MemberId == memberId).ExecuteDeleteAsync(cancellationToken));
        await DeleteAsync("messages sent", db.Set<OutboxMessage>().Where(m => recipients.Contains(m.Recipient)).ExecuteDeleteAsync(cancellationToken));
        await DeleteAsync("portal registration", db.Set<PendingPortalRegistration>().Where(r => r.NationalId == member.NationalId || r.MemberId == memberId).ExecuteDeleteAsync(cancellationToken));
        await DeleteAsync("portal account", db.Users.Where(u => userIds.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken));

        var attachments = new List<CaseAttachment>();
        foreach (var serviceCase in await db.Set<ServiceCase>().Where(c => c.MemberId == memberId).ToListAsync(cancellationToken))
        {
            var removed = serviceCase.RemoveAttachmentsForErasure();
            if (removed.Count > 0)
            {
                attachments.AddRange(removed);
                Cases.Persistence.CaseVersion.Touch(db, serviceCase);
            }
        }

        if (attachments.Count > 0)
        {
            deleted.Add("case attachments");
        }

        member.Erase(now);
        Members.MemberVersion.Touch(db, member);
        await db.SaveChangesAsync(cancellationToken);

        var scrubbed = 0;
        foreach (var (table, schema, column) in TextColumns())
        {
            foreach (var (find, replaceWith) in replacements)
            {
                // Table and column names come from the EF model, never from input; the values are parameters.
                // No LIKE: PostgreSQL reads the backslashes of JSON escapes in a LIKE pattern as escapes.
                var sql = $"UPDATE {Quote(schema, table)} SET \"{column}\" = REPLACE(\"{column}\", {{0}}, {{1}}) WHERE \"{column}\" IS NOT NULL AND REPLACE(\"{column}\", {{0}}, {{1}}) <> \"{column}\"";
                scrubbed += await db.Database.ExecuteSqlRawAsync(sql, [find, replaceWith], cancellationToken);
            }
        }

        // The rows are gone first: a file left by a crash here is unreachable, a row pointing at no file would not be.
        var filesDeleted = 0;
        foreach (var attachment in attachments)
        {
            filesDeleted += await storage.DeleteAsync(attachment.StorageKey, cancellationToken) ? 1 : 0;
        }

        logger.LogInformation("Member {MemberId} erased: {Deleted} deleted, {FilesDeleted} files deleted, {Scrubbed} kept values anonymized",
            memberId, deleted.Count, filesDeleted, scrubbed);
        var keep = retention.Value;
        return new ErasureReport(deleted,
        [
            new KeptRecord("member record (anonymized, for the cases that refer to it)", now + keep.Cases),
            new KeptRecord("service cases", now + keep.Cases),
            new KeptRecord("letters", now + keep.Letters),
            new KeptRecord("suggestions and complaints", now + keep.Feedback),
            new KeptRecord("audit trail", now + keep.Audit),
        ], filesDeleted);
    }

    /// <summary>Each identifying value as stored (raw and JSON-escaped), with what replaces it: digits stay digits so JSON numbers stay valid.</summary>
    private static List<(string Find, string Replace)> Replacements(Member member, IEnumerable<string?> accountEmails)
    {
        var list = new List<(string, string)>();
        void Add(string? value, string replacement)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length < 3)
            {
                return;
            }

            list.Add((value, replacement));
            var escaped = JsonSerializer.Serialize(value, JsonSerializerOptions.Web)[1..^1];
            if (escaped != value)
            {
                list.Add((escaped, JsonSerializer.Serialize(replacement, JsonSerializerOptions.Web)[1..^1]));
            }
        }

        Add(member.FullName, Placeholder);
        Add(member.EnglishName, "[erased]");
        Add(member.NationalId, "0000000000");
        var mobile = MobileNumber.Parse(member.Mobile);
        Add(mobile.Value, Member.ErasedMobile);
        Add(mobile.Value[1..], Member.ErasedMobile[1..]);
        Add(mobile.LocalNumber, "0500000000");
        Add(member.Email, "erased@invalid");
        foreach (var email in accountEmails)
        {
            Add(email, "erased@invalid");
        }

        return list;
    }

    private IEnumerable<(string Table, string? Schema, string Column)> TextColumns()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table || entity.GetViewName() is not null)
            {
                continue;
            }

            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => (p.GetValueConverter()?.ProviderClrType ?? p.GetProviderClrType() ?? p.ClrType) == typeof(string) && !p.IsKey() && !p.IsForeignKey()))
            {
                if (property.GetColumnName(store) is { } column && seen.Add($"{entity.GetSchema()}.{table}.{column}"))
                {
                    yield return (table, entity.GetSchema(), column);
                }
            }
        }
    }

    private static string Quote(string? schema, string table) => schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
}
