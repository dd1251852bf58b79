using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// The HTTP SMS gateway (section <c>Sms</c>). With no <see cref="Url"/>, text messages wait in the outbox until
/// one is configured.
/// </summary>
public sealed class SmsOptions : IValidatableObject
{
    public const string SectionName = "Sms";

    /// <summary>Where <see cref="HttpSmsGateway"/> posts each message as JSON; empty means SMS is not configured yet.</summary>
    public string? Url { get; set; }

    /// <summary>Sent in the <see cref="ApiKeyHeader"/> header of every request.</summary>
    public string? ApiKey { get; set; }

    [Required]
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>The sender name registered with the gateway.</summary>
    public string? Sender { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    [MemberNotNullWhen(true, nameof(Url))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Sms:Url must be an absolute http(s) address.", [nameof(Url)]);
        }
    }
}
