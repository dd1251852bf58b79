using System.Collections.Concurrent;
using System.Net;
using DomatAljandal.Host.Features.Templates;
using DomatAljandal.Host.Tests.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace DomatAljandal.Host.Tests.Hardening;

/// <summary>Every log event the host writes, kept in memory (the host's Serilog reads sinks from its services).</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The request-completion line of one path (Serilog's request logging).</summary>
    public LogEvent Completion(string path) => Assert.Single(_events, e =>
        e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)
        && e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: string s } && s == path);
}

/// <summary>Looking up the template <c>fault</c> is a real fault (an exception no rule maps); any other key as shipped.</summary>
public sealed class FaultyGetTemplate(TemplateWordings wordings) : IRequestHandler<GetTemplate.Query, TemplateDto>
{
    public Task<TemplateDto> Handle(GetTemplate.Query request, CancellationToken cancellationToken) =>
        request.Key == "fault"
            ? throw new InvalidOperationException("A fault on purpose.")
            : new GetTemplate.Handler(wordings).Handle(request, cancellationToken);
}

public sealed class LoggingAppFactory(TestDatabase database, CapturedLog log)
    : DomatAppFactory(database, new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(log);
            services.AddScoped<IRequestHandler<GetTemplate.Query, TemplateDto>, FaultyGetTemplate>();
        });
    }
}

public sealed class LoggingHost() : HostFixture<LoggingAppFactory>(DatabaseKind.Sqlite)
{
    public CapturedLog Log { get; } = new();

    protected override LoggingAppFactory CreateFactory(TestDatabase database) => new(database, Log);
}

public sealed class RequestLoggingTests(LoggingHost host) : IClassFixture<LoggingHost>
{
    [SkippableFact]
    public async Task A_refusal_is_logged_with_its_own_status_at_Information_and_a_fault_as_500_at_Error()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/templates/no-such-template")).StatusCode);
        var refused = host.Log.Completion("/api/templates/no-such-template");
        Assert.Equal(LogEventLevel.Information, refused.Level);
        Assert.Equal(404, ((ScalarValue)refused.Properties["StatusCode"]).Value);

        Assert.Equal(HttpStatusCode.InternalServerError, (await admin.GetAsync("/api/templates/fault")).StatusCode);
        var fault = host.Log.Completion("/api/templates/fault");
        Assert.Equal(LogEventLevel.Error, fault.Level);
        Assert.Equal(500, ((ScalarValue)fault.Properties["StatusCode"]).Value);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/templates/letter-receipt")).StatusCode);
        Assert.Equal(LogEventLevel.Information, host.Log.Completion("/api/templates/letter-receipt").Level);
    }

    [SkippableFact]
    public async Task The_completion_line_of_a_request_about_a_case_names_the_case_even_when_it_is_refused()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var caseId = Guid.NewGuid();

        var response = await admin.GetAsync($"/api/cases/{caseId}");
        Assert.True((int)response.StatusCode is >= 400 and < 500, response.StatusCode.ToString());
        var line = host.Log.Completion($"/api/cases/{caseId}");
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal(caseId.ToString(), ((ScalarValue)line.Properties["CaseId"]).Value?.ToString());
    }
}
