using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using MailKit.Security;
using MimeKit;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// The mail server emails are handed to (section <c>Smtp</c>). With no <see cref="Host"/>, emails wait in the
/// outbox until one is configured.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string SectionName = "Smtp";

    /// <summary>Mail server name; empty means email is not configured yet.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>
    /// TLS: <c>StartTlsWhenAvailable</c> (default), <c>StartTls</c> (required), <c>SslOnConnect</c> (port 465),
    /// <c>None</c>, or <c>Auto</c> (by port).
    /// </summary>
    public SecureSocketOptions UseStartTls { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    /// <summary>Sign-in name; empty means the server does not need one.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address; required when <see cref="Host"/> is set. Its domain also names the Message-Id.</summary>
    public string? FromAddress { get; set; }

    /// <summary>The sender's display name; the society's name in the message's language when empty.</summary>
    public string? FromName { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    [MemberNotNullWhen(true, nameof(Host))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && (string.IsNullOrWhiteSpace(FromAddress) || !MailboxAddress.TryParse(FromAddress, out _)))
        {
            yield return new ValidationResult("Smtp:FromAddress must be an email address when Smtp:Host is set.", [nameof(FromAddress)]);
        }
    }
}
