using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>The admin's outbox list, through the real host (no mail server configured, so emails wait).</summary>
public class OutboxEndpointTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [SkippableFact]
    public async Task An_admin_sees_a_queued_email_waiting_in_the_outbox()
    {
        var app = await host.GetAsync();
        var caseId = Guid.NewGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMemberNotifier>().EnqueueForMemberAsync(
                new MemberContact("sara@example.com", null, NotificationChannel.Email, "ar"),
                NotificationTemplateKeys.RequestReceived,
                new Dictionary<string, object?> { ["reference"] = "DJ-1448-000042" },
                caseId,
                $"case:{caseId}:received");
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        using var admin = await app.AdminClientAsync();
        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/notifications/outbox?caseId={caseId}");

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var message = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Email", message.GetProperty("channel").GetString());
        Assert.Equal("Pending", message.GetProperty("status").GetString());
        Assert.Equal("sara@example.com", message.GetProperty("recipient").GetString());
        Assert.Contains("DJ-1448-000042", message.GetProperty("subject").GetString());
    }

    [SkippableFact]
    public async Task A_staff_member_who_is_not_an_admin_gets_403_from_the_outbox()
    {
        var app = await host.GetAsync();
        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/notifications/outbox")).StatusCode);
    }

    [SkippableFact]
    public async Task Asking_for_too_many_messages_is_a_validation_problem_naming_page_size()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();

        var response = await admin.GetAsync("/api/notifications/outbox?pageSize=100000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _));
    }
}
