using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>Provider-neutral mapping of <see cref="OutboxMessage"/> (SQLite and PostgreSQL): enums as text, UTC times, snake_case.</summary>
public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    // SQLite hands DateTime back as Unspecified; the outbox only ever stores UTC.
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtc =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("outbox_messages");
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(m => m.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(10);
        e.Property(m => m.Recipient).HasColumnName("recipient").HasMaxLength(320);
        e.Property(m => m.Language).HasColumnName("language").HasMaxLength(5);
        e.Property(m => m.TemplateKey).HasColumnName("template_key").HasMaxLength(100);
        e.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(500);
        e.Property(m => m.BodyText).HasColumnName("body_text");
        e.Property(m => m.BodyHtml).HasColumnName("body_html");
        e.Property(m => m.CaseId).HasColumnName("case_id");
        e.Property(m => m.DeduplicationKey).HasColumnName("deduplication_key").HasMaxLength(300);
        e.Property(m => m.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
        e.Property(m => m.Attempts).HasColumnName("attempts");
        e.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at").HasConversion(Utc);
        e.Property(m => m.SentAt).HasColumnName("sent_at").HasConversion(NullableUtc);
        e.Property(m => m.DeadAt).HasColumnName("dead_at").HasConversion(NullableUtc);
        e.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(OutboxMessage.MaxErrorLength);
        e.Property(m => m.ClaimedBy).HasColumnName("claimed_by").HasMaxLength(200);
        e.Property(m => m.ClaimedUntil).HasColumnName("claimed_until").HasConversion(NullableUtc);
        e.Ignore(m => m.Status);

        e.HasIndex(m => m.DeduplicationKey).IsUnique();
        // The dispatcher's query: unsent, not given up, due.
        e.HasIndex(m => new { m.SentAt, m.DeadAt, m.NextAttemptAt });
        // The case page's "communications sent".
        e.HasIndex(m => m.CaseId);
        e.HasIndex(m => m.CreatedAt);
    }
}
