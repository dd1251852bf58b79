using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Feedback;

public sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> e)
    {
        e.ToTable("feedback_items");
        e.HasKey(f => f.Id);
        e.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(f => f.Reference).HasColumnName("reference").HasMaxLength(30);
        e.Property(f => f.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        e.Property(f => f.MemberId).HasColumnName("member_id");
        e.Property(f => f.Subject).HasColumnName("subject").HasMaxLength(200);
        e.Property(f => f.Text).HasColumnName("text").HasMaxLength(FeedbackItem.MaxTextLength);
        e.Property(f => f.CaseId).HasColumnName("case_id");
        e.Property(f => f.SubmittedAt).HasColumnName("submitted_at").HasConversion(StoredTimes.Utc);
        e.Property(f => f.Answer).HasColumnName("answer").HasMaxLength(FeedbackItem.MaxTextLength);
        e.Property(f => f.AnsweredBy).HasColumnName("answered_by").HasMaxLength(256);
        e.Property(f => f.AnsweredAt).HasColumnName("answered_at").HasConversion(StoredTimes.NullableUtc);
        e.Ignore(f => f.IsAnswered);
        e.Property(f => f.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(30).HasDefaultValue(DomatAljandal.Domain.Cases.Channel.Website);
        e.Property(f => f.RecordedBy).HasColumnName("recorded_by").HasMaxLength(256);
        e.Property(f => f.DepartmentId).HasColumnName("department_id");
        e.Property(f => f.OwnerUserId).HasColumnName("owner_user_id").HasMaxLength(450);
        e.Property(f => f.DueAt).HasColumnName("due_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(f => f.EscalatedAt).HasColumnName("escalated_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(f => f.Rating).HasColumnName("rating");
        e.Property(f => f.RatedAt).HasColumnName("rated_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(f => f.AdoptedAt).HasColumnName("adopted_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(f => f.Improvement).HasColumnName("improvement").HasMaxLength(FeedbackItem.MaxTextLength);
        e.Ignore(f => f.Replies);
        e.Property<List<FeedbackReply>>("_replies").HasColumnName("replies")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonListColumn.Converter<FeedbackReply>(), JsonListColumn.Comparer<FeedbackReply>())
            .HasDefaultValue(new List<FeedbackReply>());
        e.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(f => f.Reference).IsUnique();
        e.HasIndex(f => new { f.MemberId, f.SubmittedAt });
        e.HasIndex(f => new { f.AnsweredAt, f.SubmittedAt });
        e.HasIndex(f => new { f.AnsweredAt, f.EscalatedAt, f.DueAt });
        e.HasIndex(f => f.AdoptedAt);
    }
}
