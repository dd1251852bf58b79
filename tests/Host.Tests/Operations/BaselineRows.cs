using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Tests.Operations;

/// <summary>
/// Rows written in plain SQL with the columns of the baseline schema (migration RuntimeStagesOnInstancesAndCases),
/// not through today's entities: what a database made by that release holds. Later migrations only add, so these
/// statements still fit the current schema.
/// </summary>
public static class BaselineRows
{
    public const string ServiceTypeCode = "baseline-service";
    public const string DefinitionId = "baseline-procedure";
    public static readonly DateTime At = new(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc);

    public static async Task InsertCatalogAsync(AppDbContext db)
    {
        var serviceTypeId = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO service_types (id, code, name_ar, name_en, is_active)
            VALUES ({serviceTypeId}, {ServiceTypeCode}, {"خدمة من الإصدار السابق"}, {"A service of the previous release"}, {true})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO wf_definitions (definition_id, version, status, json, content_hash, created_at)
            VALUES ({DefinitionId}, {1}, {"Published"}, {"{\"id\":\"baseline-procedure\",\"version\":1}"}, {new string('a', 64)}, {At})
            """);
    }

    /// <summary>A member with a case, its running workflow instance and a pending deadline timer.</summary>
    /// <returns>The case's id.</returns>
    public static async Task<Guid> InsertMemberWithCaseAsync(AppDbContext db, int n)
    {
        var memberId = Guid.NewGuid();
        var caseId = Guid.NewGuid();
        var instanceId = Guid.NewGuid();
        var nationalId = (1_000_000_000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mobile = "+9665" + (10_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var family = "الشمري" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO members (id, first_name, father_name, grandfather_name, family_name, national_id, mobile, preferred_channel,
                preferred_language, consent_to_contact, consent_to_data_processing, roles, shares, status, registered_at, search_text, version)
            VALUES ({memberId}, {"سارة"}, {"محمد"}, {"عبدالله"}, {family}, {nationalId}, {mobile}, {(int)ContactChannel.Sms},
                {"ar"}, {true}, {true}, {(int)MemberRoles.Supporter}, {0}, {(int)MembershipStatus.Active}, {At}, {"ساره محمد عبدالله " + family}, {1})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO wf_instances (id, definition_id, version, status, variables, revision, journal_sequence, is_test_run, created_at, updated_at, current_stage)
            VALUES ({instanceId}, {DefinitionId}, {1}, {"Running"}, {"{}"}, {1}, {1}, {false}, {At}, {At}, {"verify"})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO wf_timers (id, instance_id, kind, due_at)
            VALUES ({Guid.NewGuid()}, {instanceId}, {"Deadline"}, {At.AddDays(3)})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO service_cases (id, reference, member_id, service_type_code, channel, status, workflow_instance_id, created_at,
                is_deadline_breached, version, submitted_data, current_stage)
            VALUES ({caseId}, {Reference(n)}, {memberId}, {ServiceTypeCode}, {(int)Channel.InPerson}, {(int)CaseStatus.Open}, {instanceId.ToString()}, {At},
                {false}, {1}, {"{}"}, {"verify"})
            """);
        await transaction.CommitAsync();
        return caseId;
    }

    public static string Reference(int n) => "DJ-1448-" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
