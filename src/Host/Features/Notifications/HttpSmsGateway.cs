using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// Posts each message as JSON — <c>{"from": Sms:Sender, "to": "+9665…", "text": "…", "reference": "outbox id"}</c> —
/// to <c>Sms:Url</c>, with the API key in the <c>Sms:ApiKeyHeader</c> header. Any 2xx answer means accepted.
/// </summary>
public sealed class HttpSmsGateway(HttpClient http, IOptionsMonitor<SmsOptions> smsOptions) : ISmsGateway
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var options = smsOptions.CurrentValue;
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("SMS is not configured: Sms:Url is empty.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url)
        {
            Content = JsonContent.Create(new GatewayRequest(options.Sender, message.To, message.Text, message.Reference)),
        };
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.TryAddWithoutValidation(options.ApiKeyHeader, options.ApiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var error = $"The SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}: {(body.Length > 500 ? body[..500] : body)}";
        // 400 and 422 refuse the message itself; anything else (auth, throttling, outage) may pass on a later attempt.
        throw response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity
            ? new PermanentDeliveryException(error)
            : new HttpRequestException(error, null, response.StatusCode);
    }

    private sealed record GatewayRequest(string? From, string To, string Text, string Reference);
}
