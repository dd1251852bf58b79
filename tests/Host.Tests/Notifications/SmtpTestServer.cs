using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DomatAljandal.Host.Tests.Infrastructure;
using MimeKit;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>
/// A real SMTP server for one test: Debian's python3-aiosmtpd writing every delivered message into a Maildir,
/// read back with MimeKit. The port is reserved first, so a test can also send while it is down and start it later.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private static readonly Lazy<string?> PythonWithAiosmtpd = new(FindPython);
    private Process? _process;

    private SmtpTestServer(int port, string folder)
    {
        Port = port;
        MailDir = Path.Combine(folder, "maildir");
        Folder = folder;
    }

    public int Port { get; }

    public string MailDir { get; }

    private string Folder { get; }

    public static void Require() => RealService.Require(PythonWithAiosmtpd.Value is not null,
        "The email tests need a real SMTP server: python3-aiosmtpd (apt-get install python3-aiosmtpd); .ci/run installs it");

    /// <summary>A server on a free port, not yet accepting mail (the outage) until <see cref="StartAsync"/>.</summary>
    public static SmtpTestServer Reserve()
    {
        Require();
        var folder = Path.Combine(Path.GetTempPath(), "domat-tests", "smtp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SmtpTestServer(FreePort(), folder);
    }

    public static async Task<SmtpTestServer> StartNewAsync()
    {
        var server = Reserve();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(PythonWithAiosmtpd.Value!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await AcceptsConnectionsAsync(timeout.Token))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {_process.ExitCode}.");
            }

            // Waiting for another process to listen, not for time to pass in the code under test.
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>Every message the server has accepted, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Delivered()
    {
        var folder = Path.Combine(MailDir, "new");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))]
            : [];
    }

    /// <summary>The raw text of each delivered message as stored, to check how headers went over the wire.</summary>
    public IReadOnlyList<string> DeliveredRaw()
    {
        var folder = Path.Combine(MailDir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllText)] : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
            using var reader = new StreamReader(client.GetStream());
            var banner = await reader.ReadLineAsync(cancellationToken);
            return banner?.StartsWith("220", StringComparison.Ordinal) == true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? FindPython()
    {
        // pyenv or a virtualenv may shadow Debian's python3, which is the one with python3-aiosmtpd.
        foreach (var candidate in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import aiosmtpd"])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                });
                if (probe is null)
                {
                    continue;
                }

                probe.WaitForExit(15_000);
                if (probe.HasExited && probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name.
            }
        }

        return null;
    }
}
