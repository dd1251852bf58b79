using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// Sends one-time codes through the notification outbox (the member's preferred channel, SMS or email) and checks them.
/// A new code supersedes the member's open codes for the same purpose; at most five are sent per member and purpose an hour.
/// </summary>
public sealed class PortalCodes(AppDbContext db, IMemberNotifier notifier, TimeProvider clock, IOptions<CaseOptions> options, ILogger<PortalCodes> logger)
{
    private const int MaxCodesPerHour = 5;

    /// <summary>Issues and queues a code; the code row and its outbox message commit together.</summary>
    public async Task<PortalCode> SendAsync(PortalCodePurpose purpose, Member member, string? userId, Guid? caseId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await SupersedeRecentAsync(member.Id, purpose, caseId, now, cancellationToken);
        var (code, clear) = PortalCode.Issue(purpose, member.Id, userId, caseId, now);
        var (template, values) = purpose == PortalCodePurpose.Activation
            ? (NotificationTemplateKeys.PortalActivation, new Dictionary<string, object?>
            {
                ["code"] = clear,
                ["validDays"] = (int)PortalCode.ActivationLifetime.TotalDays,
                ["activationUrl"] = await ActivationUrlAsync(userId, clear, cancellationToken),
            })
            : (NotificationTemplateKeys.PortalCode, CodeValues(clear));
        return await QueueAsync(code, MemberContact.Of(member), template, values, cancellationToken);
    }

    /// <summary>A contact change's code, sent to the new mobile or email (not to the member's current address): receiving it proves the address.</summary>
    public async Task<PortalCode> SendContactChangeAsync(Member member, string userId, string? newMobile, string? newEmail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await SupersedeRecentAsync(member.Id, PortalCodePurpose.ContactChange, null, now, cancellationToken);
        var (code, clear) = PortalCode.IssueForContactChange(member.Id, userId, newMobile, newEmail, now);
        var newAddress = MemberContact.Of(member) with
        {
            Mobile = newMobile, Email = newEmail, PreferredChannel = newMobile is null ? NotificationChannel.Email : NotificationChannel.Sms,
        };
        return await QueueAsync(code, newAddress, NotificationTemplateKeys.PortalCode, CodeValues(clear), cancellationToken);
    }

    private static Dictionary<string, object?> CodeValues(string clear) =>
        new() { ["code"] = clear, ["validMinutes"] = (int)PortalCode.Lifetime.TotalMinutes };

    /// <summary>At most five codes an hour per member and purpose; a new one supersedes the open ones (for the same case).</summary>
    private async Task SupersedeRecentAsync(Guid memberId, PortalCodePurpose purpose, Guid? caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddHours(-1);
        var recent = await db.Set<PortalCode>()
            .Where(c => c.MemberId == memberId && c.Purpose == purpose && c.CreatedAt > since)
            .ToListAsync(cancellationToken);
        if (recent.Count >= MaxCodesPerHour)
        {
            throw PortalProblems.TooManyCodes();
        }

        foreach (var open in recent.Where(c => c.CaseId == caseId))
        {
            open.Supersede(now);
        }
    }

    private async Task<PortalCode> QueueAsync(PortalCode code, MemberContact to, string template, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        db.Add(code);
        await notifier.EnqueueForMemberAsync(to, template, values, code.CaseId, $"portal-code:{code.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("One-time code {CodeId} for {Purpose} sent to member {MemberId}", code.Id, code.Purpose, code.MemberId);
        return code;
    }

    /// <summary>The activation page with the account's email and the code filled in; null without the site's public address.</summary>
    private async Task<string?> ActivationUrlAsync(string? userId, string code, CancellationToken cancellationToken)
    {
        var site = options.Value.PublicBaseUrl?.TrimEnd('/');
        var email = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrEmpty(site) || email is null
            ? null
            : $"{site}/portal/activate?email={Uri.EscapeDataString(email)}&code={code}";
    }

    /// <summary>
    /// Checks <paramref name="typed"/> against the newest code matching <paramref name="which"/>; a wrong try is saved
    /// before the refusal is thrown, so the five-try limit holds across requests.
    /// </summary>
    public async Task<PortalCode> VerifyAsync(IQueryable<PortalCode> which, string? typed, CancellationToken cancellationToken)
    {
        var code = await which.OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken)
                   ?? throw PortalProblems.CodeExpired();
        var result = code.Check(typed, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return result switch
        {
            PortalCodeCheck.Accepted => code,
            PortalCodeCheck.Wrong => throw PortalProblems.WrongCode(code.AttemptsLeft),
            PortalCodeCheck.Locked => throw PortalProblems.CodeLocked(),
            _ => throw PortalProblems.CodeExpired(),
        };
    }
}
