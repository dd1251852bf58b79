using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Outreach.Reminders;
using DomatAljandal.Host.Features.Outreach.Segments;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>
/// Circulating a document's current version to staff roles, departments or a member segment: each recipient is told
/// (staff by email, consenting members on their channel), acknowledges it, and the circulation shows who has read it.
/// The reminder to those who have not is sent by <see cref="OutreachDueWork"/>.
/// </summary>
public static class Circulations
{
    public sealed record Circulate(Guid DocumentId, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? Departments, MemberSegment? Segment,
        int? RemindAfterDays, string Actor) : IRequest<CirculationView>;

    /// <summary>Read: Only those who have read it (true) or not (false).</summary>
    public sealed record View(Guid DocumentId, Guid CirculationId, bool? Read = null, int? Page = null, int? PageSize = null) : IRequest<CirculationView>;

    /// <summary>The signed-in staff user (<see cref="UserId"/>) or member (<see cref="MemberId"/>) has read the document.</summary>
    public sealed record Acknowledge(Guid DocumentId, string? UserId, Guid? MemberId) : IRequest<Acknowledgement>;

    public sealed record Acknowledgement(Guid DocumentId, int Version, DateTimeOffset AcknowledgedAt);

    public sealed record RecipientDto(Guid Id, string Kind, string? UserId, Guid? MemberId, string Name, bool Read, DateTimeOffset? AcknowledgedAt,
        DateTimeOffset? RemindedAt);

    public sealed record CirculationView(Guid Id, Guid DocumentId, int Version, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Departments,
        MemberSegment? Segment, DateTimeOffset CirculatedAt, string CirculatedBy, DateTimeOffset RemindAt, int Recipients, int Read, int NotRead,
        Paged<RecipientDto> People);

    public sealed class Handler(AppDbContext db, IMemberNotifier notifier, ReminderRules rules, IDepartmentDirectory directory, TimeProvider clock) :
        IRequestHandler<Circulate, CirculationView>,
        IRequestHandler<View, CirculationView>,
        IRequestHandler<Acknowledge, Acknowledgement>
    {
        public async Task<CirculationView> Handle(Circulate request, CancellationToken cancellationToken)
        {
            var document = await db.Set<SocietyDocument>().AsNoTracking().Include(d => d.Versions)
                               .FirstOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken)
                           ?? throw Documents.Handler.NotFound();
            var version = document.Current ?? throw Documents.Handler.NotFound();
            var roles = (request.Roles ?? []).Select(r => r?.Trim() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
            foreach (var role in roles.Where(r => !Identity.Roles.Staff.Contains(r, StringComparer.Ordinal)))
            {
                throw ProblemException.Validation("roles", $"الدور «{role}» ليس من أدوار الموظفين.",
                    $"'{role}' is not a staff role; use {string.Join(", ", Identity.Roles.Staff)}.");
            }

            var departments = (request.Departments ?? []).Distinct().ToList();
            var segment = request.Segment is null ? null : MemberSegments.Validate(request.Segment);
            if (roles.Count == 0 && departments.Count == 0 && segment is null)
            {
                throw ProblemException.Validation("roles", "حدد لمن تُعمَّم الوثيقة: أدوار أو إدارات أو فئة من الأعضاء.",
                    "Say who it goes to: roles, departments or a member segment.");
            }

            if (request.RemindAfterDays is < 1 or > 90)
            {
                throw ProblemException.Validation("remindAfterDays", "التذكير بعد يوم إلى ٩٠ يومًا.", "remindAfterDays is from 1 to 90.");
            }

            var remindAfter = TimeSpan.FromDays(request.RemindAfterDays ?? (await rules.GetAsync(ReminderKind.DocumentAcknowledgement, cancellationToken)).Days);
            var now = clock.GetUtcNow();
            var circulation = DocumentCirculation.Of(version, roles, departments,
                segment is null ? null : MemberSegments.Serialize(segment), request.Actor, now, remindAfter);
            db.Add(circulation);

            var staff = await StaffAsync(roles, departments, cancellationToken);
            foreach (var user in staff)
            {
                db.Add(CirculationRecipient.Staff(circulation.Id, user.Id, user.Name));
            }

            var values = Values(document, version);
            await notifier.EnqueueForStaffAsync(staff.Select(s => s.Email), NotificationTemplateKeys.DocumentToAcknowledge, values, null,
                $"circulation:{circulation.Id}", cancellationToken: cancellationToken);

            if (segment is not null)
            {
                var members = await MemberSegments.Query(db, segment).AsNoTracking().ToListAsync(cancellationToken);
                foreach (var member in members)
                {
                    db.Add(CirculationRecipient.Member(circulation.Id, member.Id, member.FullName));
                    if (member.ConsentToContact)
                    {
                        await notifier.EnqueueForMemberAsync(MemberContact.ForOutreach(member), NotificationTemplateKeys.DocumentToAcknowledge, values, null,
                            $"circulation:{circulation.Id}:member:{member.Id}", cancellationToken);
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return await Handle(new View(document.Id, circulation.Id), cancellationToken);
        }

        public async Task<CirculationView> Handle(View request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var circulation = await db.Set<DocumentCirculation>().AsNoTracking()
                                  .FirstOrDefaultAsync(c => c.Id == request.CirculationId && c.DocumentId == request.DocumentId, cancellationToken)
                              ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such circulation.");
            var all = db.Set<CirculationRecipient>().AsNoTracking().Where(r => r.CirculationId == circulation.Id);
            var total = await all.CountAsync(cancellationToken);
            var read = await all.CountAsync(r => r.AcknowledgedAt != null, cancellationToken);
            var listed = request.Read switch
            {
                true => all.Where(r => r.AcknowledgedAt != null),
                false => all.Where(r => r.AcknowledgedAt == null),
                null => all,
            };
            var people = await paging.ReadAsync(listed.OrderBy(r => r.AcknowledgedAt == null ? 0 : 1).ThenBy(r => r.Name).ThenBy(r => r.Id), cancellationToken);
            return new CirculationView(circulation.Id, circulation.DocumentId, circulation.VersionNumber,
                circulation.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries),
                [.. circulation.Departments.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)],
                circulation.Segment is null ? null : MemberSegments.Deserialize(circulation.Segment),
                circulation.CirculatedAt, circulation.CirculatedBy, circulation.RemindAt, total, read, total - read,
                people.Select(r => new RecipientDto(r.Id, r.UserId is null ? "member" : "staff", r.UserId, r.MemberId, r.Name, r.AcknowledgedAt is not null,
                    r.AcknowledgedAt, r.RemindedAt)));
        }

        public async Task<Acknowledgement> Handle(Acknowledge request, CancellationToken cancellationToken)
        {
            var document = await db.Set<SocietyDocument>().AsNoTracking().Include(d => d.Versions)
                               .FirstOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken)
                           ?? throw Documents.Handler.NotFound();
            var circulations = db.Set<DocumentCirculation>().Where(c => c.DocumentId == document.Id);
            var mine = db.Set<CirculationRecipient>()
                .Where(r => circulations.Any(c => c.Id == r.CirculationId))
                .Where(r => request.MemberId != null ? r.MemberId == request.MemberId : r.UserId == request.UserId);
            var rows = await mine.ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                // Not circulated to this person: a member never learns a staff document exists.
                throw Documents.Handler.NotFound();
            }

            var now = clock.GetUtcNow();
            foreach (var row in rows)
            {
                row.Acknowledge(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Acknowledgement(document.Id, document.Current!.Number, rows.Max(r => r.AcknowledgedAt!.Value));
        }

        internal static Dictionary<string, object?> Values(SocietyDocument document, DocumentVersion version) => new()
        {
            ["title"] = (document.Title, document.TitleEn ?? document.Title),
            ["version"] = version.Number,
            ["effectiveOn"] = version.EffectiveOn is { } on ? new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(3)) : null,
        };

        private sealed record StaffUser(string Id, string Name, string Email);

        /// <summary>The active staff holding any of the roles or working in any of the departments.</summary>
        private async Task<List<StaffUser>> StaffAsync(List<string> roles, List<Guid> departments, CancellationToken cancellationToken)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            if (roles.Count > 0)
            {
                ids.UnionWith(await db.UserRoles.Join(db.Roles.Where(r => roles.Contains(r.Name!)), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId)
                    .ToListAsync(cancellationToken));
            }

            ids.UnionWith(await DepartmentStaff.OfAsync(db, directory, departments, cancellationToken));
            var list = ids.ToList();
            return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id) && u.IsActive && u.MemberId == null)
                .OrderBy(u => u.FullName)
                .Select(u => new StaffUser(u.Id, u.FullName == "" ? u.Email! : u.FullName, u.Email!))
                .ToListAsync(cancellationToken);
        }
    }
}
