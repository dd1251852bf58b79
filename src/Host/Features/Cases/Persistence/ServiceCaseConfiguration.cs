using System.Text.Json;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DomatAljandal.Host.Features.Cases.Persistence;

/// <summary>
/// Provider-neutral mapping of <see cref="ServiceCase"/>: the reference as its text, the submitted data as JSON text
/// (through the entity's private field), notes and attachments in child tables, the declaration and the committee
/// decision as columns of the case, and an int <c>version</c> concurrency token (see <see cref="CaseVersion"/>).
/// </summary>
public sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    private static readonly ValueConverter<Dictionary<string, string>, string> DataToJson = new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>());

    private static readonly ValueComparer<Dictionary<string, string>> DataComparer = new(
        (a, b) => a != null && b != null && a.Count == b.Count && !a.Except(b).Any(),
        v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e.Key.GetHashCode(StringComparison.Ordinal), e.Value.GetHashCode(StringComparison.Ordinal))),
        v => new Dictionary<string, string>(v, StringComparer.Ordinal));

    private static readonly ValueConverter<List<string>, string> ListToJson = new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => string.IsNullOrEmpty(v) ? new List<string>() : JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>());

    private static readonly ValueComparer<List<string>> ListComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e.GetHashCode(StringComparison.Ordinal))),
        v => new List<string>(v));

    private static readonly ValueConverter<IReadOnlyList<CommitteeVote>, string> VotesToJson = new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => string.IsNullOrEmpty(v) ? new List<CommitteeVote>() : JsonSerializer.Deserialize<List<CommitteeVote>>(v, (JsonSerializerOptions?)null) ?? new List<CommitteeVote>());

    private static readonly ValueComparer<IReadOnlyList<CommitteeVote>> VotesComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (h, vote) => HashCode.Combine(h, vote.GetHashCode())),
        v => v.ToList());

    public void Configure(EntityTypeBuilder<ServiceCase> e)
    {
        e.ToTable("service_cases");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(c => c.Reference).HasColumnName("reference").HasMaxLength(20)
            .HasConversion(r => r.Value, s => CaseReference.Parse(s));
        e.Property(c => c.MemberId).HasColumnName("member_id");
        e.Property(c => c.ServiceTypeCode).HasColumnName("service_type_code").HasMaxLength(ServiceType.MaxCodeLength);
        e.Property(c => c.Channel).HasColumnName("channel");
        e.Property(c => c.Status).HasColumnName("status");
        e.Property(c => c.CurrentStage).HasColumnName("current_stage").HasMaxLength(ServiceCase.MaxStageLength);
        e.Property(c => c.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(200);
        e.Property(c => c.CreatedAt).HasColumnName("created_at").HasConversion(StoredTimes.Utc);
        e.Property(c => c.ClosedAt).HasColumnName("closed_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(c => c.IsDeadlineBreached).HasColumnName("is_deadline_breached");
        e.Property(c => c.BreachedAt).HasColumnName("breached_at").HasConversion(StoredTimes.NullableUtc);
        e.Ignore(c => c.IsClosed);

        e.Ignore(c => c.SubmittedData);
        e.Property<Dictionary<string, string>>("_submittedData").HasColumnName("submitted_data")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(DataToJson, DataComparer);

        e.Ignore(c => c.RequestedItems);
        e.Property<List<string>>("_requestedItems").HasColumnName("requested_items")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(ListToJson, ListComparer);
        e.Property(c => c.RequestedNote).HasColumnName("requested_note").HasMaxLength(CaseNote.MaxTextLength);
        Statement(e, c => c.VerificationOverride, "verification_override");
        Statement(e, c => c.Delivery, "delivery");
        Statement(e, c => c.Withdrawal, "withdrawal");

        e.Property<int>(CaseVersion.PropertyName).HasColumnName("version").IsConcurrencyToken();

        e.OwnsMany(c => c.Notes, n =>
        {
            n.ToTable("case_notes");
            n.WithOwner().HasForeignKey("CaseId");
            n.Property<Guid>("CaseId").HasColumnName("case_id");
            n.HasKey(x => x.Id);
            n.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            n.Property(x => x.Author).HasColumnName("author").HasMaxLength(200);
            n.Property(x => x.Text).HasColumnName("text").HasMaxLength(CaseNote.MaxTextLength);
            n.Property(x => x.At).HasColumnName("at").HasConversion(StoredTimes.Utc);
        });
        e.Navigation(c => c.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);

        e.OwnsMany(c => c.Attachments, a =>
        {
            a.ToTable("case_attachments");
            a.WithOwner().HasForeignKey("CaseId");
            a.Property<Guid>("CaseId").HasColumnName("case_id");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            a.Property(x => x.FileName).HasColumnName("file_name").HasMaxLength(AttachmentPolicy.MaxFileNameLength);
            a.Property(x => x.ContentType).HasColumnName("content_type").HasMaxLength(100);
            a.Property(x => x.SizeBytes).HasColumnName("size_bytes");
            a.Property(x => x.StorageKey).HasColumnName("storage_key").HasMaxLength(500);
            a.Property(x => x.UploadedBy).HasColumnName("uploaded_by").HasMaxLength(200);
            a.Property(x => x.UploadedAt).HasColumnName("uploaded_at").HasConversion(StoredTimes.Utc);
            a.Property(x => x.DocumentKey).HasColumnName("document_key").HasMaxLength(ServiceCase.MaxDataKeyLength);
        });
        e.Navigation(c => c.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);

        e.OwnsOne(c => c.Declaration, d =>
        {
            d.Property(x => x.TextVersion).HasColumnName("declaration_text_version").HasMaxLength(50);
            d.Property(x => x.Text).HasColumnName("declaration_text").HasMaxLength(8000);
            d.Property(x => x.SignerName).HasColumnName("declaration_signer_name").HasMaxLength(200);
            d.Property(x => x.Method).HasColumnName("declaration_method");
            d.Property(x => x.SignedAt).HasColumnName("declaration_signed_at").HasConversion(StoredTimes.Utc);
            d.Property(x => x.IpAddress).HasColumnName("declaration_ip_address").HasMaxLength(45);
        });

        e.OwnsOne(c => c.Decision, d =>
        {
            d.Property(x => x.Outcome).HasColumnName("decision_outcome");
            d.Property(x => x.Reason).HasColumnName("decision_reason").HasMaxLength(4000);
            d.Property(x => x.DecidedBy).HasColumnName("decision_decided_by").HasMaxLength(200);
            d.Property(x => x.DecidedAt).HasColumnName("decision_decided_at").HasConversion(StoredTimes.Utc);
            // Who took part when the committee voted; "[]" when one member decided.
            d.Property(x => x.Votes).HasColumnName("decision_votes").HasConversion(VotesToJson, VotesComparer);
        });

        e.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ServiceType>().WithMany().HasForeignKey(c => c.ServiceTypeCode).HasPrincipalKey(s => s.Code).OnDelete(DeleteBehavior.Restrict);

        e.HasIndex(c => c.Reference).IsUnique();
        e.HasIndex(c => c.WorkflowInstanceId);
        e.HasIndex(c => c.MemberId);
        e.HasIndex(c => new { c.Status, c.CurrentStage });
        e.HasIndex(c => c.IsDeadlineBreached);
        e.HasIndex(c => c.CreatedAt);
        // The case list filtered by status and the member's own requests, both newest first: read in index order, page by page.
        e.HasIndex(c => new { c.Status, c.CreatedAt });
        e.HasIndex(c => new { c.MemberId, c.CreatedAt });
    }

    private static void Statement(EntityTypeBuilder<ServiceCase> e, System.Linq.Expressions.Expression<Func<ServiceCase, CaseStatement?>> navigation, string prefix) =>
        e.OwnsOne(navigation, s =>
        {
            s.Property(x => x.Text).HasColumnName($"{prefix}_text").HasMaxLength(CaseStatement.MaxTextLength);
            s.Property(x => x.By).HasColumnName($"{prefix}_by").HasMaxLength(200);
            s.Property(x => x.At).HasColumnName($"{prefix}_at").HasConversion(StoredTimes.Utc);
        });
}
