using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach.Reminders;

/// <summary>The reminder switches as they stand: an admin's row, or the kind's default.</summary>
public sealed class ReminderRules(AppDbContext db)
{
    public async Task<ReminderRule> GetAsync(ReminderKind kind, CancellationToken cancellationToken) =>
        await db.Set<ReminderRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Kind == kind, cancellationToken) ?? ReminderRule.Default(kind);

    public async Task<IReadOnlyList<ReminderRule>> AllAsync(CancellationToken cancellationToken)
    {
        var saved = await db.Set<ReminderRule>().AsNoTracking().ToDictionaryAsync(r => r.Kind, cancellationToken);
        return [.. Enum.GetValues<ReminderKind>().Select(k => saved.GetValueOrDefault(k) ?? ReminderRule.Default(k))];
    }
}

/// <summary>Admins list and switch the reminders (the wording is the template named by <c>templateKey</c>).</summary>
public static class ManageReminders
{
    public sealed record List : IRequest<IReadOnlyList<ReminderRuleDto>>;

    public sealed record Change(ReminderKind Kind, bool? Enabled, int? Days, string Actor) : IRequest<ReminderRuleDto>;

    public sealed record ReminderRuleDto(ReminderKind Kind, bool Enabled, int Days, string TemplateKey, string? UpdatedBy, DateTimeOffset? UpdatedAt)
    {
        public static ReminderRuleDto From(ReminderRule r) => new(r.Kind, r.Enabled, r.Days, r.TemplateKey, r.UpdatedBy, r.UpdatedAt);
    }

    public sealed class Handler(AppDbContext db, ReminderRules rules, TimeProvider clock) :
        IRequestHandler<List, IReadOnlyList<ReminderRuleDto>>,
        IRequestHandler<Change, ReminderRuleDto>
    {
        public async Task<IReadOnlyList<ReminderRuleDto>> Handle(List request, CancellationToken cancellationToken) =>
            [.. (await rules.AllAsync(cancellationToken)).Select(ReminderRuleDto.From)];

        public async Task<ReminderRuleDto> Handle(Change request, CancellationToken cancellationToken)
        {
            if (!Enum.IsDefined(request.Kind))
            {
                throw new ProblemException(StatusCodes.Status404NotFound, "No such reminder.");
            }

            var rule = await db.Set<ReminderRule>().FirstOrDefaultAsync(r => r.Kind == request.Kind, cancellationToken);
            if (rule is null)
            {
                rule = ReminderRule.Default(request.Kind);
                db.Add(rule);
            }

            rule.Change(request.Enabled ?? rule.Enabled, request.Days ?? rule.Days, request.Actor, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return ReminderRuleDto.From(rule);
        }
    }
}
