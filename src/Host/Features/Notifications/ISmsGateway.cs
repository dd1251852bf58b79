namespace DomatAljandal.Host.Features.Notifications;

/// <summary>Sends a text message through an SMS provider (outside this machine; tests replace it).</summary>
public interface ISmsGateway
{
    /// <exception cref="PermanentDeliveryException">The gateway refused this message for good.</exception>
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
