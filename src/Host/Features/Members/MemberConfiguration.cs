using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// Provider-neutral mapping of <see cref="Member"/>: one member per national ID, apiaries in a child table, and an int
/// <c>version</c> concurrency token (see <see cref="MemberVersion"/>). Search reads <c>member_search_tokens</c>, not
/// <c>search_text</c>.
/// </summary>
public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> e)
    {
        e.ToTable("members");
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(m => m.FirstName).HasColumnName("first_name").HasMaxLength(Member.MaxNamePartLength);
        e.Property(m => m.FatherName).HasColumnName("father_name").HasMaxLength(Member.MaxNamePartLength);
        e.Property(m => m.GrandfatherName).HasColumnName("grandfather_name").HasMaxLength(Member.MaxNamePartLength);
        e.Property(m => m.FamilyName).HasColumnName("family_name").HasMaxLength(Member.MaxNamePartLength);
        e.Property(m => m.EnglishName).HasColumnName("english_name").HasMaxLength(120);
        e.Property(m => m.NationalId).HasColumnName("national_id").HasMaxLength(10);
        e.Property(m => m.Mobile).HasColumnName("mobile").HasMaxLength(13);
        e.Property(m => m.Email).HasColumnName("email").HasMaxLength(254);
        e.Property(m => m.City).HasColumnName("city").HasMaxLength(100);
        e.Property(m => m.Gender).HasColumnName("gender");
        e.Property(m => m.PreferredChannel).HasColumnName("preferred_channel");
        e.Property(m => m.PreferredLanguage).HasColumnName("preferred_language").HasMaxLength(5);
        e.Property(m => m.ConsentToContact).HasColumnName("consent_to_contact");
        e.Property(m => m.ConsentToContactAt).HasColumnName("consent_to_contact_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(m => m.ConsentToDataProcessing).HasColumnName("consent_to_data_processing");
        e.Property(m => m.ConsentToDataProcessingAt).HasColumnName("consent_to_data_processing_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(m => m.ConsentToSms).HasColumnName("consent_to_sms");
        e.Property(m => m.ConsentToSmsAt).HasColumnName("consent_to_sms_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(m => m.ConsentToEmail).HasColumnName("consent_to_email");
        e.Property(m => m.ConsentToEmailAt).HasColumnName("consent_to_email_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(m => m.Roles).HasColumnName("roles");
        e.Property(m => m.MembershipNumber).HasColumnName("membership_number").HasMaxLength(20);
        e.Property(m => m.Shares).HasColumnName("shares");
        e.Property(m => m.JoinedOn).HasColumnName("joined_on");
        e.Property(m => m.Status).HasColumnName("status");
        e.Property(m => m.RegisteredAt).HasColumnName("registered_at").HasConversion(StoredTimes.Utc);
        e.Property(m => m.ErasedAt).HasColumnName("erased_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(m => m.SearchText).HasColumnName("search_text").HasMaxLength(1000);
        e.Property<int>(MemberVersion.PropertyName).HasColumnName("version").IsConcurrencyToken();
        e.Ignore(m => m.FullName);
        e.Ignore(m => m.IsFemale);
        e.Ignore(m => m.IsGeneralAssemblyMember);

        e.OwnsMany(m => m.Apiaries, a =>
        {
            a.ToTable("member_apiaries");
            a.WithOwner().HasForeignKey("MemberId");
            a.Property<Guid>("MemberId").HasColumnName("member_id");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            a.Property(x => x.Location).HasColumnName("location").HasMaxLength(300);
            a.Property(x => x.HiveCount).HasColumnName("hive_count");
        });
        e.Navigation(m => m.Apiaries).UsePropertyAccessMode(PropertyAccessMode.Field);

        e.OwnsMany(m => m.ConsentHistory, c =>
        {
            c.ToTable("member_consents");
            c.WithOwner().HasForeignKey("MemberId");
            c.Property<Guid>("MemberId").HasColumnName("member_id");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            c.Property(x => x.Kind).HasColumnName("kind");
            c.Property(x => x.Given).HasColumnName("given");
            c.Property(x => x.At).HasColumnName("at").HasConversion(StoredTimes.Utc);
            c.Property(x => x.Method).HasColumnName("method");
            c.Property(x => x.RecordedBy).HasColumnName("recorded_by").HasMaxLength(256);
            c.Property(x => x.PrivacyNoticeVersion).HasColumnName("privacy_notice_version");
        });
        e.Navigation(m => m.ConsentHistory).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_consents");

        e.HasIndex(m => m.NationalId).IsUnique();
        e.HasIndex(m => m.Mobile);
        e.HasIndex(m => m.MembershipNumber).IsUnique();
    }
}
