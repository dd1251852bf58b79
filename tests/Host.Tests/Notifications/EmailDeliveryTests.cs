using DomatAljandal.Host.Features.Notifications;
using MimeKit;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>Emails really delivered to a real local SMTP server (python3-aiosmtpd) and read back with MimeKit.</summary>
public class EmailDeliveryTests
{
    private const string Reason = "لم تكتمل مدة العضوية المطلوبة وهي سنة كاملة";

    private static readonly MemberContact Sara = new("sara@example.com", "0501234567", NotificationChannel.Email, "ar", "سارة الشمري");

    private static Dictionary<string, object?> Rejection() => new() { ["reference"] = "DJ-1448-000042", ["reason"] = Reason };

    [SkippableFact]
    public async Task An_Arabic_email_is_delivered_with_its_subject_and_body_intact_and_right_to_left()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        await using var harness = await NotificationHarness.CreateAsync(smtp.Port);
        var expected = harness.Templates.Render(NotificationTemplateKeys.DecisionRejected, "ar",
            new Dictionary<string, object?>(Rejection()) { ["memberName"] = "سارة الشمري" });

        var queued = await harness.NotifyMemberAsync(Sara, NotificationTemplateKeys.DecisionRejected, Rejection(), "case:42:decision");
        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var email = Assert.Single(smtp.Delivered());
        Assert.Equal(expected.Subject, email.Subject);
        Assert.Contains("قرار لجنة البحث في طلبكم رقم", email.Subject);
        Assert.Equal("sara@example.com", Assert.Single(email.To.Mailboxes).Address);
        var from = Assert.Single(email.From.Mailboxes);
        Assert.Equal((NotificationHarness.FromAddress, "الجمعية التعاونية لنحالي دومة الجندل"), (from.Address, from.Name));
        Assert.Equal($"{queued!.Id:N}@domat-beekeepers.example", email.MessageId);

        Assert.NotNull(email.TextBody);
        Assert.Equal(expected.Text.ReplaceLineEndings(), email.TextBody.ReplaceLineEndings());
        Assert.Contains($"سبب القرار: {Reason}", email.TextBody);
        Assert.Contains("عضونا الكريم سارة الشمري،", email.TextBody);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", email.HtmlBody);
        Assert.Contains("<div dir=\"rtl\"", email.HtmlBody);
        Assert.Contains("<bdi dir=\"ltr\">DJ-1448-000042</bdi>", email.HtmlBody);
        Assert.Contains(Reason, email.HtmlBody);

        var alternative = Assert.IsType<MultipartAlternative>(email.Body);
        Assert.All(alternative.OfType<TextPart>(), part => Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true));
        // On the wire the Arabic subject is RFC 2047-encoded UTF-8, not raw bytes.
        Assert.Matches("(?im)^Subject: =\\?utf-8\\?[bq]\\?", Assert.Single(smtp.DeliveredRaw()));

        var stored = Assert.Single(await harness.StoredAsync());
        Assert.Equal((OutboxMessageStatus.Sent, 1), (stored.Status, stored.Attempts));
    }

    [SkippableFact]
    public async Task The_outbox_survives_a_mail_server_outage_and_sends_exactly_once_when_it_returns()
    {
        await using var smtp = SmtpTestServer.Reserve(); // the port is known but nothing listens: the server is down
        await using var harness = await NotificationHarness.CreateAsync(smtp.Port);
        await harness.NotifyMemberAsync(Sara, NotificationTemplateKeys.DecisionRejected, Rejection(), "case:42:decision");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));
        var failed = Assert.Single(await harness.StoredAsync());
        Assert.Equal((OutboxMessageStatus.Retrying, 1), (failed.Status, failed.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        Assert.Null(failed.SentAt);

        await smtp.StartAsync();
        // Still inside the back-off: the sender waits for the next attempt time rather than hammering the server.
        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Empty(smtp.Delivered());

        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var email = Assert.Single(smtp.Delivered());
        Assert.Contains(Reason, email.TextBody);
        var sent = Assert.Single(await harness.StoredAsync());
        Assert.Equal((OutboxMessageStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Null(sent.LastError);
    }

    [SkippableFact]
    public async Task An_English_email_is_left_to_right()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        await using var harness = await NotificationHarness.CreateAsync(smtp.Port);

        await harness.NotifyMemberAsync(Sara with { Language = "en", Name = "Sara" }, NotificationTemplateKeys.RequestReceived,
            new Dictionary<string, object?> { ["reference"] = "DJ-1448-000042" }, "case:42:received");
        await harness.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var email = Assert.Single(smtp.Delivered());
        Assert.Equal("We have received your request DJ-1448-000042", email.Subject);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", email.HtmlBody);
        Assert.Equal("Dawmat al-Jandal Beekeepers Cooperative Society", Assert.Single(email.From.Mailboxes).Name);
    }
}
