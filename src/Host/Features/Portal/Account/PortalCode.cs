using System.Security.Cryptography;
using System.Text;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// A one-time code sent to a member (sign-up, password reset, signing a declaration). Only a salted hash is kept; the code
/// lives ten minutes (an activation code three days) and allows five wrong tries, after which even the right code is refused. A code is used once.
/// </summary>
public sealed class PortalCode
{
    public const int MaxAttempts = 5;
    public const int Digits = 6;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>An activation code waits for a member who may read the message days later; every other code is for now.</summary>
    public static readonly TimeSpan ActivationLifetime = TimeSpan.FromDays(3);

    public static TimeSpan LifetimeOf(PortalCodePurpose purpose) => purpose == PortalCodePurpose.Activation ? ActivationLifetime : Lifetime;

    private const int HashIterations = 10_000;

    private PortalCode()
    {
        Salt = Hash = string.Empty;
    }

    public Guid Id { get; private set; }

    public PortalCodePurpose Purpose { get; private set; }

    /// <summary>The member the code was sent to.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The portal account it is for (password reset), if any.</summary>
    public string? UserId { get; private set; }

    /// <summary>The case it is for (declaration), if any.</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>A contact change: the new mobile (E.164) the code was sent to, applied once the code is entered.</summary>
    public string? NewMobile { get; private set; }

    /// <summary>A contact change: the new email the code was sent to, applied once the code is entered.</summary>
    public string? NewEmail { get; private set; }

    public string Salt { get; private set; }

    public string Hash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int FailedAttempts { get; private set; }

    /// <summary>When it was accepted, or superseded by a newer code.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new code and its clear text, which is only ever sent, never stored.</summary>
    public static (PortalCode Code, string ClearText) Issue(PortalCodePurpose purpose, Guid memberId, string? userId, Guid? caseId, DateTimeOffset now)
    {
        var clear = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(16);
        var code = new PortalCode
        {
            Id = Guid.CreateVersion7(now),
            Purpose = purpose,
            MemberId = memberId,
            UserId = userId,
            CaseId = caseId,
            Salt = Convert.ToBase64String(salt),
            Hash = HashOf(clear, salt),
            CreatedAt = now,
            ExpiresAt = now + LifetimeOf(purpose),
        };
        return (code, clear);
    }

    /// <summary>A code for <see cref="PortalCodePurpose.ContactChange"/>, sent to the new address it confirms.</summary>
    public static (PortalCode Code, string ClearText) IssueForContactChange(Guid memberId, string userId, string? newMobile, string? newEmail, DateTimeOffset now)
    {
        if ((newMobile is null) == (newEmail is null))
        {
            throw new ArgumentException("A contact change confirms exactly one new address.", nameof(newMobile));
        }

        var (code, clear) = Issue(PortalCodePurpose.ContactChange, memberId, userId, null, now);
        code.NewMobile = newMobile;
        code.NewEmail = newEmail;
        return (code, clear);
    }

    public bool IsOpen(DateTimeOffset now) => UsedAt is null && FailedAttempts < MaxAttempts && now < ExpiresAt;

    /// <summary>Checks a typed code; a wrong one counts against the five tries. Digits may be typed Arabic-Indic.</summary>
    public PortalCodeCheck Check(string? typed, DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            return PortalCodeCheck.Used;
        }

        if (FailedAttempts >= MaxAttempts)
        {
            return PortalCodeCheck.Locked;
        }

        if (now >= ExpiresAt)
        {
            return PortalCodeCheck.Expired;
        }

        var normalized = Domain.Text.ArabicText.ToAsciiDigits(typed?.Trim() ?? string.Empty);
        var expected = Convert.FromBase64String(Hash);
        var actual = Convert.FromBase64String(HashOf(normalized, Convert.FromBase64String(Salt)));
        if (normalized.Length == Digits && CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            UsedAt = now;
            return PortalCodeCheck.Accepted;
        }

        FailedAttempts++;
        return FailedAttempts >= MaxAttempts ? PortalCodeCheck.Locked : PortalCodeCheck.Wrong;
    }

    /// <summary>A newer code was sent for the same purpose: this one no longer works.</summary>
    public void Supersede(DateTimeOffset now) => UsedAt ??= now;

    public int AttemptsLeft => Math.Max(0, MaxAttempts - FailedAttempts);

    private static string HashOf(string code, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, HashIterations, HashAlgorithmName.SHA256, 32));
}

/// <summary>What a one-time code is for. Stored as text.</summary>
public enum PortalCodePurpose
{
    SignUp = 1,
    PasswordReset = 2,
    Declaration = 3,

    /// <summary>A portal account opened at the desk: the member sets their password with it.</summary>
    Activation = 4,

    /// <summary>The member changes their mobile or email in the portal: the code goes to the new address.</summary>
    ContactChange = 5,
}

public enum PortalCodeCheck
{
    Accepted,
    Wrong,
    Locked,
    Expired,
    Used,
}
