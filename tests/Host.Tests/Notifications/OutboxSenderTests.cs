using System.ComponentModel.DataAnnotations;
using DomatAljandal.Host.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>The background sender as the host runs it, driven by a fake clock; and its configuration checks.</summary>
public class OutboxSenderTests
{
    private static readonly MemberContact SmsMember = new(null, "0501234567", NotificationChannel.Sms, "ar");
    private static readonly Dictionary<string, object?> Received = new() { ["reference"] = "DJ-1448-000042" };

    [Fact]
    public async Task The_background_sender_sends_at_start_and_then_every_poll_interval()
    {
        await using var harness = await NotificationHarness.CreateAsync(settings: new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:00:10" });
        var sender = harness.Services.GetRequiredService<OutboxDispatcher>();
        await harness.NotifyMemberAsync(SmsMember, NotificationTemplateKeys.RequestReceived, Received, "case:1:received");

        await sender.StartAsync(CancellationToken.None);
        try
        {
            await harness.Sms.WhenSentAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
            await harness.NotifyMemberAsync(SmsMember, NotificationTemplateKeys.CommitteeReview, Received, "case:1:committee");

            harness.Clock.Advance(TimeSpan.FromSeconds(10));
            await harness.Sms.WhenSentAsync(2).WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
        }

        Assert.Equal(2, harness.Sms.Sent.Count);
        Assert.All(await harness.StoredAsync(), m => Assert.Equal(OutboxMessageStatus.Sent, m.Status));
    }

    [Fact]
    public async Task The_default_configuration_is_valid()
    {
        await using var harness = await NotificationHarness.CreateAsync(smtpPort: 2525);

        _ = harness.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        _ = harness.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        _ = harness.Services.GetRequiredService<IOptions<SmsOptions>>().Value;
    }

    [Fact]
    public void A_mail_server_without_a_sender_address_is_refused()
    {
        var options = new SmtpOptions { Host = "smtp.example.com" };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(SmtpOptions.FromAddress)));
    }

    [Fact]
    public void The_retry_delay_doubles_up_to_the_maximum()
    {
        var first = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromHours(1);

        Assert.Equal(
            [30, 60, 120, 240, 480, 960, 1920, 3600, 3600],
            Enumerable.Range(1, 9).Select(a => (int)OutboxMessage.RetryDelay(a, first, max).TotalSeconds));
    }
}
