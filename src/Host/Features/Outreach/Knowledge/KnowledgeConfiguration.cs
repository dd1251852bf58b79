using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Outreach.Knowledge;

public sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> e)
    {
        e.ToTable("knowledge_articles");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(a => a.Question).HasColumnName("question").HasMaxLength(KnowledgeArticle.MaxQuestionLength);
        e.Property(a => a.Answer).HasColumnName("answer").HasMaxLength(KnowledgeArticle.MaxAnswerLength);
        e.Property(a => a.QuestionEn).HasColumnName("question_en").HasMaxLength(KnowledgeArticle.MaxQuestionLength);
        e.Property(a => a.AnswerEn).HasColumnName("answer_en").HasMaxLength(KnowledgeArticle.MaxAnswerLength);
        e.Property(a => a.Category).HasColumnName("category").HasMaxLength(100);
        e.Property(a => a.IsPublished).HasColumnName("is_published");
        e.Property(a => a.SearchText).HasColumnName("search_text").HasMaxLength(10000);
        e.Property(a => a.HelpfulCount).HasColumnName("helpful_count");
        e.Property(a => a.NotHelpfulCount).HasColumnName("not_helpful_count");
        e.Property(a => a.CreatedBy).HasColumnName("created_by").HasMaxLength(256);
        e.Property(a => a.CreatedAt).HasColumnName("created_at").HasConversion(StoredTimes.Utc);
        e.Property(a => a.UpdatedAt).HasColumnName("updated_at").HasConversion(StoredTimes.Utc);
        e.HasIndex(a => new { a.IsPublished, a.Category });
    }
}

public sealed class KnowledgeSearchMissConfiguration : IEntityTypeConfiguration<KnowledgeSearchMiss>
{
    public void Configure(EntityTypeBuilder<KnowledgeSearchMiss> e)
    {
        e.ToTable("knowledge_search_misses");
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(m => m.Query).HasColumnName("query").HasMaxLength(200);
        e.Property(m => m.NormalizedQuery).HasColumnName("normalized_query").HasMaxLength(200);
        e.Property(m => m.MemberId).HasColumnName("member_id");
        e.Property(m => m.SearchedAt).HasColumnName("searched_at").HasConversion(StoredTimes.Utc);
        e.Property(m => m.ClosedAt).HasColumnName("closed_at").HasConversion(StoredTimes.NullableUtc);
        e.HasIndex(m => new { m.ClosedAt, m.NormalizedQuery });
    }
}
