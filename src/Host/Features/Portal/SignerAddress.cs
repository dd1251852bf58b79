using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DomatAljandal.Host.Features.Portal;

/// <summary>
/// The member's IP address as the server sees it, for the declaration's signature. Pages served on an interactive
/// circuit have no HTTP request of their own, so the address is taken from the circuit's connection whenever it
/// (re)connects.
/// </summary>
public sealed class SignerAddress
{
    public string? Value { get; internal set; }

    /// <summary>Keeps <see cref="SignerAddress"/> up to date for the circuit.</summary>
    internal sealed class Tracker(SignerAddress address, IHttpContextAccessor http) : CircuitHandler
    {
        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            address.Value = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? address.Value;
            return Task.CompletedTask;
        }
    }
}
