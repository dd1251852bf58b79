using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>The society's staff on one host, each signed in with their role, and small helpers to drive a case through the API.</summary>
public sealed class CaseDesk : IDisposable
{
    public const string Password = "Staff-pass-2026";
    private static int _nextId = 100_000;

    private readonly DomatAppFactory _app;
    private readonly Dictionary<string, string> _emails = [];
    private readonly Dictionary<string, HttpClient> _clients = [];

    private CaseDesk(DomatAppFactory app) => _app = app;

    public HttpClient Officer => _clients["MemberRelationsOfficer"];

    public HttpClient Researcher => _clients["SocialResearcher"];

    public HttpClient Committee => _clients["CommitteeMember"];

    public HttpClient Manager => _clients["Manager"];

    public string EmailOf(string role) => _emails[role];

    public static async Task<CaseDesk> OpenAsync(DomatAppFactory app)
    {
        var desk = new CaseDesk(app);
        using var admin = await app.AdminClientAsync();
        foreach (var role in new[] { "MemberRelationsOfficer", "SocialResearcher", "CommitteeMember", "Manager" })
        {
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
            (await admin.PostAsJsonAsync("/api/users", new { email, password = Password, fullName = "موظف تجريبي", roles = new[] { role } })).EnsureSuccessStatusCode();
            desk._emails[role] = email;
        }

        await desk.SignInAgainAsync();
        return desk;
    }

    /// <summary>Tokens expire when the fake clock jumps days ahead: sign everyone in again.</summary>
    public async Task SignInAgainAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        foreach (var (role, email) in _emails)
        {
            var client = _app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _app.LoginAsync(email, Password));
            _clients[role] = client;
        }
    }

    /// <summary>A valid, unique ten-digit national ID (Luhn check digit).</summary>
    public static string NewNationalId()
    {
        var nine = "1" + Interlocked.Increment(ref _nextId).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }

        return nine + (char)('0' + (10 - sum % 10) % 10);
    }

    public async Task<JsonElement> OpenCaseAsync(string serviceType = "support-request", string? email = null)
    {
        var response = await Officer.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "فهد عبدالله محمد الرويلي", nationalId = NewNationalId(), mobile = "0501234567", email, preferredChannel = email is null ? "Sms" : "Email" },
            serviceType,
            channel = "InPerson",
            data = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetCaseAsync(Guid caseId, HttpClient? client = null) =>
        await (client ?? Officer).GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");

    /// <summary>The case's one open task; asserts it is at <paramref name="activityId"/>.</summary>
    public async Task<JsonElement> TaskAsync(Guid caseId, string activityId)
    {
        var details = await GetCaseAsync(caseId);
        var task = Assert.Single(details.GetProperty("tasks").EnumerateArray());
        Assert.Equal(activityId, task.GetProperty("activityId").GetString());
        return task;
    }

    public async Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid caseId, JsonElement task, string outcome, object? data = null, string? comment = null, int? version = null) =>
        await client.PostAsJsonAsync($"/api/cases/{caseId}/tasks/{task.GetProperty("taskId").GetGuid()}/complete", new { outcome, data, comment, version });

    public async Task CompleteOkAsync(HttpClient client, Guid caseId, string activityId, string outcome, object? data = null)
    {
        var response = await CompleteAsync(client, caseId, await TaskAsync(caseId, activityId), outcome, data);
        Assert.True(response.IsSuccessStatusCode, $"{activityId} → {outcome}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task SignDeclarationOnPaperAsync(Guid caseId)
    {
        using var form = new MultipartFormDataContent();
        var scan = new ByteArrayContent(Files.Pdf);
        scan.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(scan, "scan", "إقرار-موقع.pdf");
        var response = await Officer.PostAsync($"/api/cases/{caseId}/declaration", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Attaches a PDF for every document the case's checklist still lacks.</summary>
    public async Task SupplyMissingDocumentsAsync(Guid caseId)
    {
        var gaps = (await GetCaseAsync(caseId)).GetProperty("checklistGaps").EnumerateArray()
            .Select(g => g.GetProperty("field").GetString()!).Where(f => f.StartsWith("documents.", StringComparison.Ordinal)).ToList();
        foreach (var gap in gaps)
        {
            var key = gap["documents.".Length..];
            using var form = Files.Upload(Files.Pdf, $"{key}.pdf", "application/pdf", key);
            var response = await Officer.PostAsync($"/api/cases/{caseId}/attachments", form);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Step 2 with nothing missing: the documents the checklist lacks are attached, then verification is completed.</summary>
    public async Task VerifyCompleteAsync(Guid caseId)
    {
        await SupplyMissingDocumentsAsync(caseId);
        await CompleteOkAsync(Officer, caseId, "verify", "Complete");
    }

    /// <summary>Steps 1–4: received, verified complete, declaration signed on paper; the case is with the committee.</summary>
    public async Task<Guid> CaseAtCommitteeAsync(string? email = null)
    {
        var caseId = (await OpenCaseAsync(email: email)).GetProperty("id").GetGuid();
        await CompleteOkAsync(Officer, caseId, "receive", "Received");
        await VerifyCompleteAsync(caseId);
        await SignDeclarationOnPaperAsync(caseId);
        await TaskAsync(caseId, "committee");
        return caseId;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}

/// <summary>Small files with real signatures.</summary>
public static class Files
{
    public static byte[] Pdf { get; } = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static byte[] Exe { get; } = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType, string? documentKey = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (documentKey is not null)
        {
            form.Add(new StringContent(documentKey), "documentKey");
        }

        return form;
    }
}
