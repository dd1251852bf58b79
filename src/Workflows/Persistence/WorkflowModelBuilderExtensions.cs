using System.Text.Json;
using DomatAljandal.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>Adds the engine's tables (<c>wf_*</c>) to the host's DbContext model.</summary>
public static class WorkflowModelBuilderExtensions
{
    /// <summary>The filter of the open-task indexes: the very terms every task query of the engine asks for.</summary>
    private const string OpenHumanTasks = "consumed_at IS NULL AND kind = 'HumanTask'";

    /// <summary>
    /// Configures the engine's entities with provider-neutral mappings (SQLite and PostgreSQL): enums as
    /// strings, times as UTC <see cref="DateTime"/>, snake_case columns, an int <c>revision</c> concurrency token.
    /// Call it from the host's <c>OnModelCreating</c>.
    /// </summary>
    public static ModelBuilder ApplyWorkflowModel(this ModelBuilder mb)
    {
        mb.Entity<WorkflowDefinitionVersion>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasKey(d => new { d.DefinitionId, d.Version });
            e.Property(d => d.DefinitionId).HasColumnName("definition_id").HasMaxLength(200);
            e.Property(d => d.Version).HasColumnName("version");
            e.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Json).HasColumnName("json");
            e.Property(d => d.ContentHash).HasColumnName("content_hash").HasMaxLength(64);
            // Rows from before the column existed count as an admin's: an import never overwrites what may be theirs.
            e.Property(d => d.Source).HasColumnName("source").HasConversion<string>().HasMaxLength(20)
                .HasDefaultValue(DefinitionSource.Admin).HasSentinel(DefinitionSource.Admin);
            e.Property(d => d.CreatedAt).HasColumnName("created_at");
            e.Property(d => d.PublishedAt).HasColumnName("published_at");
            e.Property(d => d.RetiredAt).HasColumnName("retired_at");
            e.HasIndex(d => new { d.DefinitionId, d.Status });
        });

        mb.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(i => i.DefinitionId).HasColumnName("definition_id").HasMaxLength(200);
            e.Property(i => i.Version).HasColumnName("version");
            e.Property(i => i.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Result).HasColumnName("result").HasMaxLength(100);
            e.Property(i => i.VariablesJson).HasColumnName("variables");
            e.Property(i => i.Revision).HasColumnName("revision").IsConcurrencyToken();
            e.Property(i => i.JournalSequence).HasColumnName("journal_sequence");
            e.Property(i => i.StartedBy).HasColumnName("started_by").HasMaxLength(200);
            e.Property(i => i.IsTestRun).HasColumnName("is_test_run");
            e.Property(i => i.CreatedAt).HasColumnName("created_at");
            e.Property(i => i.UpdatedAt).HasColumnName("updated_at");
            e.Property(i => i.FinishedAt).HasColumnName("finished_at");
            e.Property(i => i.CurrentStage).HasColumnName("current_stage").HasMaxLength(200);
            e.Property(i => i.DeadlinesPausedAt).HasColumnName("deadlines_paused_at");
            // Every listing of instances starts from a definition (and version). No index on status alone: it was used by
            // no query and cost a page on every start and every finish.
            e.HasIndex(i => new { i.DefinitionId, i.Version });
            // The few test runs, so a count of open tasks can leave theirs out without reading every task's instance.
            e.HasIndex(i => i.IsTestRun).HasFilter("is_test_run");
        });

        mb.Entity<Bookmark>(e =>
        {
            e.ToTable("wf_bookmarks");
            e.HasKey(b => b.Id);
            e.Property(b => b.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(b => b.InstanceId).HasColumnName("instance_id");
            e.Property(b => b.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
            e.Property(b => b.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.Role).HasColumnName("role").HasMaxLength(200);
            e.Property(b => b.Outcomes).HasColumnName("outcomes").HasConversion(StringListConverter, StringListComparer);
            e.Property(b => b.DueAt).HasColumnName("due_at");
            e.Property(b => b.BreachedAt).HasColumnName("breached_at");
            e.Property(b => b.EventName).HasColumnName("event_name").HasMaxLength(200);
            e.Property(b => b.Assignee).HasColumnName("assignee").HasMaxLength(200);
            e.Property(b => b.VotesJson).HasColumnName("votes");
            e.Property(b => b.CreatedAt).HasColumnName("created_at");
            e.Property(b => b.ConsumedAt).HasColumnName("consumed_at");
            e.Property(b => b.ConsumedBy).HasColumnName("consumed_by").HasMaxLength(200);
            e.Property(b => b.ConsumedOutcome).HasColumnName("consumed_outcome").HasMaxLength(200);
            // Consuming a bookmark touches as few index pages as possible: the instance index does not hold consumed_at,
            // and the inbox index holds open tasks only (every inbox query asks for consumed_at IS NULL).
            e.HasIndex(b => b.InstanceId);
            e.HasIndex(b => b.Role).HasFilter("consumed_at IS NULL");
            // The inbox and the SLA view read open human tasks by deadline (a role's, or everyone's) and stop at the page:
            // these hold them in that order, so neither sorts nor reads a task past the page.
            e.HasIndex(b => new { b.Role, b.DueAt, b.CreatedAt, b.Id }).HasFilter(OpenHumanTasks);
            e.HasIndex(b => new { b.DueAt, b.CreatedAt, b.Id }).HasFilter(OpenHumanTasks);
        });

        mb.Entity<DurableTimer>(e =>
        {
            e.ToTable("wf_timers");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(t => t.InstanceId).HasColumnName("instance_id");
            e.Property(t => t.BookmarkId).HasColumnName("bookmark_id");
            e.Property(t => t.IncidentId).HasColumnName("incident_id");
            e.Property(t => t.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.DueAt).HasColumnName("due_at");
            e.Property(t => t.FiredAt).HasColumnName("fired_at");
            e.Property(t => t.ClaimedBy).HasColumnName("claimed_by").HasMaxLength(200);
            e.Property(t => t.ClaimedUntil).HasColumnName("claimed_until");
            // The scheduler's query: pending timers by due time.
            e.HasIndex(t => new { t.FiredAt, t.DueAt });
            e.HasIndex(t => t.BookmarkId);
            e.HasIndex(t => t.InstanceId);
        });

        mb.Entity<JournalEntry>(e =>
        {
            e.ToTable("wf_journal");
            // Keyed by instance and sequence: the one index a journal read needs, and one B-tree fewer to write per entry.
            e.HasKey(j => new { j.InstanceId, j.Sequence });
            e.Property(j => j.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(j => j.InstanceId).HasColumnName("instance_id");
            e.Property(j => j.Sequence).HasColumnName("sequence");
            e.Property(j => j.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
            e.Property(j => j.ActivityType).HasColumnName("activity_type").HasMaxLength(100);
            e.Property(j => j.Outcome).HasColumnName("outcome").HasMaxLength(400);
            e.Property(j => j.Actor).HasColumnName("actor").HasMaxLength(200);
            e.Property(j => j.DataJson).HasColumnName("data");
            e.Property(j => j.StartedAt).HasColumnName("started_at");
            e.Property(j => j.FinishedAt).HasColumnName("finished_at");
            e.Property(j => j.Error).HasColumnName("error");
        });

        mb.Entity<Incident>(e =>
        {
            e.ToTable("wf_incidents");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(i => i.InstanceId).HasColumnName("instance_id");
            e.Property(i => i.DefinitionId).HasColumnName("definition_id").HasMaxLength(200);
            e.Property(i => i.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
            e.Property(i => i.Error).HasColumnName("error");
            e.Property(i => i.Attempts).HasColumnName("attempts");
            e.Property(i => i.NextAttemptAt).HasColumnName("next_attempt_at");
            e.Property(i => i.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.CreatedAt).HasColumnName("created_at");
            e.Property(i => i.ClosedAt).HasColumnName("closed_at");
            e.HasIndex(i => i.InstanceId);
            e.HasIndex(i => new { i.Status, i.CreatedAt });
        });

        UtcDateTimes(mb.Entity<WorkflowDefinitionVersion>());
        UtcDateTimes(mb.Entity<WorkflowInstance>());
        UtcDateTimes(mb.Entity<Bookmark>());
        UtcDateTimes(mb.Entity<DurableTimer>());
        UtcDateTimes(mb.Entity<JournalEntry>());
        UtcDateTimes(mb.Entity<Incident>());
        return mb;
    }

    // SQLite hands DateTime back as Unspecified; the engine always writes UTC, so say so on the way in.
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtc =
        new(v => v, v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));

    private static void UtcDateTimes<T>(EntityTypeBuilder<T> entity) where T : class
    {
        foreach (var property in entity.Metadata.GetProperties())
        {
            if (property.ClrType == typeof(DateTime)) property.SetValueConverter(Utc);
            else if (property.ClrType == typeof(DateTime?)) property.SetValueConverter(NullableUtc);
        }
    }

    private static readonly ValueConverter<List<string>, string> StringListConverter = new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>());

    private static readonly ValueComparer<List<string>> StringListComparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
        v => v.ToList());
}
