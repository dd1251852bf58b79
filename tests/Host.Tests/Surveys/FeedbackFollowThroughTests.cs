using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Feedback;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Surveys;

/// <summary>Complaints and suggestions followed to the end: recorded from any channel, owned, due, escalated, answered in a thread the member hears of, rated, adopted.</summary>
public abstract class FeedbackFollowThroughTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_phone_complaint_recorded_by_staff_is_escalated_when_its_deadline_passes_then_answered_the_member_notified_and_the_answer_rated()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, email) = await PortalPeople.SignedInAsync(app, desk, member);
        client.Dispose();

        var noChannel = await (await desk.Officer.PostAsJsonAsync("/api/feedback", new { kind = "Complaint", subject = "x", text = "x", memberId = member.Id }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noChannel.GetProperty("errors").TryGetProperty("channel", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync("/api/feedback",
            new { kind = "Complaint", subject = "x", text = "x", channel = "Phone", memberId = Guid.NewGuid() })).StatusCode);
        var receivedAt = app.Clock.GetUtcNow();
        var complaint = await (await desk.Officer.PostAsJsonAsync("/api/feedback", new
        {
            kind = "Complaint", subject = "لم يُرد على اتصالي", text = "اتصلت ثلاث مرات بشأن طلب الدعم ولم يعاودني أحد", channel = "Phone", memberId = member.Id,
        })).JsonAsync(HttpStatusCode.Created);
        var id = complaint.GetProperty("id").GetGuid();
        Assert.Matches(@"^DJ-C-\d{4}-\d{6}$", complaint.GetProperty("reference").GetString());
        Assert.Equal("Phone", complaint.GetProperty("channel").GetString());
        Assert.False(string.IsNullOrEmpty(complaint.GetProperty("ownerId").GetString()));
        var dueAt = complaint.GetProperty("dueAt").GetDateTimeOffset();
        Assert.InRange(dueAt, receivedAt.AddDays(5), receivedAt.AddDays(9)); // five working days, weekends between

        Assert.Equal(0, await EscalateAsync(app));
        app.Clock.Advance(dueAt - receivedAt + TimeSpan.FromMinutes(1));
        await desk.SignInAgainAsync();
        Assert.True(await EscalateAsync(app) >= 1);
        Assert.Equal(0, await EscalateAsync(app)); // once: the escalation is on the row
        var escalation = await SurveyTests.OutboxAsync(app, $"feedback:{id:N}:overdue:{desk.EmailOf("Manager").ToLowerInvariant()}");
        Assert.Equal(NotificationTemplateKeys.FeedbackOverdue, escalation.TemplateKey);
        Assert.Contains(complaint.GetProperty("reference").GetString()!, escalation.BodyText, StringComparison.Ordinal);
        var listed = Assert.Single((await (await desk.Officer.GetAsync($"/api/feedback?memberId={member.Id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.True(listed.GetProperty("overdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("escalatedAt").ValueKind);

        using var memberClient = await PortalPeople.ClientAsync(app, email, PortalPeople.Password);
        Assert.Equal(HttpStatusCode.BadRequest, (await memberClient.PostAsJsonAsync($"/api/portal/feedback/{id}/rating", new { rating = 4 })).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync($"/api/feedback/{id}/replies", new { text = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Officer.PostAsJsonAsync($"/api/feedback/{Guid.NewGuid()}/replies", new { text = "x" })).StatusCode);
        await (await desk.Officer.PostAsJsonAsync($"/api/feedback/{id}/replies", new { text = "نعتذر عن التأخير؛ اتصلنا بكم وحددنا موعدًا للزيارة." })).JsonAsync(HttpStatusCode.OK);
        var thread = await (await desk.Manager.PostAsJsonAsync($"/api/feedback/{id}/replies", new { text = "زار المشرف المنحل وسُلّم الدعم." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, thread.GetProperty("replies").GetArrayLength());
        Assert.False(thread.GetProperty("overdue").GetBoolean());
        var first = await SurveyTests.OutboxAsync(app, $"feedback:{id:N}:reply:1");
        var second = await SurveyTests.OutboxAsync(app, $"feedback:{id:N}:reply:2");
        Assert.Equal(NotificationTemplateKeys.FeedbackAnswered, first.TemplateKey);
        Assert.EndsWith(member.Mobile[2..], first.Recipient, StringComparison.Ordinal);
        Assert.Contains("زار المشرف المنحل", second.BodyText, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await memberClient.PostAsJsonAsync($"/api/portal/feedback/{id}/rating", new { rating = 6 })).StatusCode);
        var rated = await (await memberClient.PostAsJsonAsync($"/api/portal/feedback/{id}/rating", new { rating = 4 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, rated.GetProperty("rating").GetInt32());
        Assert.Equal(2, rated.GetProperty("replies").GetArrayLength());
        var other = await PortalPeople.NewMemberAsync(app);
        var (otherClient, _) = await PortalPeople.SignedInAsync(app, desk, other);
        using var _o = otherClient;
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.PostAsJsonAsync($"/api/portal/feedback/{id}/rating", new { rating = 1 })).StatusCode);
    }

    [SkippableFact]
    public async Task An_anonymous_suggestion_from_the_desk_is_adopted_and_members_see_the_improvement_without_a_name()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var suggestion = await (await desk.Officer.PostAsJsonAsync("/api/feedback", new
        {
            kind = "Suggestion", subject = "رسائل تذكير بمواعيد الفحص", text = "اقترح زائر أن تذكّر الجمعية الأعضاء بمواعيد فحص المناحل", channel = "InPerson",
        })).JsonAsync(HttpStatusCode.Created);
        var id = suggestion.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, suggestion.GetProperty("memberId").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.PostAsJsonAsync($"/api/feedback/{id}/adopt", new { improvement = "x" })).StatusCode);
        await (await desk.Manager.PostAsJsonAsync($"/api/feedback/{id}/adopt", new { improvement = "صارت الجمعية ترسل تذكيرًا قبل موعد الفحص بأسبوع." }))
            .JsonAsync(HttpStatusCode.OK);
        await (await desk.Officer.PostAsJsonAsync($"/api/feedback/{id}/replies", new { text = "شكرًا، أخذنا بالمقترح." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, await SurveyTests.CountOutboxAsync(app, $"feedback:{id:N}:"));

        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        var adopted = await (await client.GetAsync("/api/portal/feedback/adopted")).JsonAsync(HttpStatusCode.OK);
        var shown = Assert.Single(adopted.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal("صارت الجمعية ترسل تذكيرًا قبل موعد الفحص بأسبوع.", shown.GetProperty("improvement").GetString());
        Assert.False(shown.TryGetProperty("memberId", out _));
        var complaint = await (await desk.Officer.PostAsJsonAsync("/api/feedback", new { kind = "Complaint", subject = "س", text = "ن", channel = "Letter" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.PostAsJsonAsync($"/api/feedback/{complaint.GetProperty("id").GetGuid()}/adopt", new { improvement = "x" })).StatusCode);
    }

    private static async Task<int> EscalateAsync(CasesAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackEscalation>().RunAsync(CancellationToken.None);
    }
}

public sealed class SqliteFeedbackFollowThroughTests(SqliteCasesHost host) : FeedbackFollowThroughTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresFeedbackFollowThroughTests(PostgresCasesHost host) : FeedbackFollowThroughTests(host), IClassFixture<PostgresCasesHost>;
