using DomatAljandal.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Members.Search;

/// <summary>
/// <c>member_search_tokens</c>: one row per (member, token), and an index on (token, member_id, kind) that answers a prefix
/// range and scores it without reading the table (a covering index). On PostgreSQL the token column uses the "C" collation, so that <c>&gt;=</c> and
/// <c>&lt;</c> compare code points exactly as the range bounds assume (a linguistic collation would reorder or ignore
/// characters and could not serve the range from the index); SQLite's default BINARY collation already does.
/// </summary>
public sealed class MemberSearchTokenConfiguration : IEntityTypeConfiguration<MemberSearchToken>
{
    public void Configure(EntityTypeBuilder<MemberSearchToken> e)
    {
        e.ToTable("member_search_tokens");
        e.HasKey(t => new { t.MemberId, t.Token });
        e.Property(t => t.MemberId).HasColumnName("member_id");
        var token = e.Property(t => t.Token).HasColumnName("token").HasMaxLength(MemberSearchToken.MaxTokenLength);
        if (IsPostgres(e))
        {
            token.UseCollation("C");
        }

        e.Property(t => t.Kind).HasColumnName("kind");
        e.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(t => new { t.Token, t.MemberId, t.Kind }).HasDatabaseName("ix_member_search_tokens_token");
    }

    // The configuration is shared by both providers' models; Npgsql marks its models with a value-generation strategy.
    private static bool IsPostgres(EntityTypeBuilder<MemberSearchToken> e) =>
        e.Metadata.Model.FindAnnotation("Npgsql:ValueGenerationStrategy") is not null;
}
