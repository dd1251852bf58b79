namespace DomatAljandal.Host.Features.Notifications;

/// <summary>Hands one email from the outbox to the mail server.</summary>
public interface IEmailGateway
{
    /// <exception cref="PermanentDeliveryException">The message can never be delivered as it is.</exception>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
