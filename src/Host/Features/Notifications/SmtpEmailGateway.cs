using System.Text;
using DomatAljandal.Host.Infrastructure;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>Sends outbox emails through the SMTP server of <see cref="SmtpOptions"/> with MailKit.</summary>
public sealed class SmtpEmailGateway(IOptionsMonitor<SmtpOptions> smtpOptions, IOptions<SocietyOptions> society) : IEmailGateway
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var options = smtpOptions.CurrentValue;
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("Email is not configured: Smtp:Host is empty.");
        }

        var mime = ToMimeMessage(message, options, society.Value);
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        await client.ConnectAsync(options.Host, options.Port, options.UseStartTls, cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, cancellationToken);
        }

        try
        {
            await client.SendAsync(mime, cancellationToken);
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
        {
            throw new PermanentDeliveryException($"The mail server refused the recipient: {e.Message}", e);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>
    /// The email as sent: UTF-8 plain text and HTML in <c>multipart/alternative</c>, the subject RFC 2047-encoded,
    /// and the outbox id as Message-Id so a copy sent twice (a crash between sending and recording it) is recognizable.
    /// </summary>
    internal static MimeMessage ToMimeMessage(OutboxMessage message, SmtpOptions options, SocietyOptions society)
    {
        if (!MailboxAddress.TryParse(message.Recipient, out var recipient))
        {
            throw new PermanentDeliveryException($"'{message.Recipient}' is not an email address.");
        }

        var arabic = message.Language == "ar";
        var from = MailboxAddress.Parse(options.FromAddress ?? throw new InvalidOperationException("Smtp:FromAddress is not configured."));
        from.Name = string.IsNullOrWhiteSpace(options.FromName) ? society.Name(arabic) : options.FromName;

        var mime = new MimeMessage();
        mime.From.Add(from);
        mime.To.Add(recipient);
        mime.Headers.Replace(HeaderId.Subject, Encoding.UTF8, message.Subject);
        mime.MessageId = $"{message.Id:N}@{from.Domain}";
        mime.Date = new DateTimeOffset(message.CreatedAt, TimeSpan.Zero);
        mime.Headers.Replace(HeaderId.ContentLanguage, message.Language);

        var alternative = new MultipartAlternative { Utf8Part(TextFormat.Plain, message.BodyText) };
        if (message.BodyHtml is not null)
        {
            alternative.Add(Utf8Part(TextFormat.Html, message.BodyHtml));
        }

        mime.Body = alternative;
        return mime;
    }

    private static TextPart Utf8Part(TextFormat format, string text)
    {
        var part = new TextPart(format);
        part.SetText(Encoding.UTF8, text);
        part.ContentTransferEncoding = part.GetBestEncoding(EncodingConstraint.SevenBit);
        return part;
    }
}
