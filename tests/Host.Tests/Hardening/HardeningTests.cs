using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Host.Tests.Portal;

namespace DomatAljandal.Host.Tests.Hardening;

/// <summary>The service as an attacker tries it: malformed input is a 4xx naming the field, answers follow the account and the language.</summary>
public abstract class HardeningTests(CasesHost host)
{
    private static readonly object SupportData = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" };

    public static TheoryData<string> MalformedBodies => ["no boundary", "truncated", "too many fields"];

    [SkippableTheory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_malformed_multipart_body_on_every_upload_endpoint_is_a_400_naming_the_field(string kind)
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var staffCase = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var member = await PortalPeople.NewMemberAsync(app);
        var (portal, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _portal = portal;
        var memberCase = (await (await portal.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var uploads = new (HttpClient Client, string Url, string Field)[]
        {
            (desk.Officer, $"/api/cases/{staffCase}/attachments", "file"),
            (desk.Officer, $"/api/cases/{staffCase}/declaration", "scan"),
            (portal, $"/api/portal/requests/{memberCase}/attachments", "file"),
        };
        foreach (var (client, url, field) in uploads)
        {
            var response = await client.PostAsync(url, Malformed(kind));
            var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{url} ({kind}): {problem}");
        }
    }

    [SkippableTheory]
    [InlineData("1e308")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("99999999999999999999999")]
    public async Task A_query_number_out_of_range_is_a_400_naming_it(string value)
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var problem = await (await desk.Manager.GetAsync($"/api/sla/breaches?dueSoonHours={Uri.EscapeDataString(value)}")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("dueSoonHours", out _), problem.ToString());
    }

    [SkippableFact]
    public async Task Undefined_enum_values_and_a_page_or_page_size_below_one_are_400s()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();

        var status = await (await desk.Manager.GetAsync("/api/cases?status=99")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(status.GetProperty("errors").TryGetProperty("status", out _), status.ToString());
        var body = await (await desk.Officer.PostAsJsonAsync("/api/cases", new { memberId = Guid.NewGuid(), serviceType = "support-request", channel = 42 }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotEqual(JsonValueKind.Undefined, body.ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/audit?pageSize=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/audit?page=-5")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0D%0ALocation:%20https://evil.example")]
    [InlineData("/%00")]
    [InlineData("//evil.example")]
    public async Task A_language_switch_with_a_foreign_or_broken_return_url_goes_home(string returnUrl)
    {
        var app = await host.GetAsync();
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync($"/culture?lang=en&returnUrl={returnUrl}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task The_same_validation_error_is_in_Arabic_by_default_and_in_English_when_asked()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);

        var arabic = await (await desk.Manager.GetAsync("/api/sla/breaches?dueSoonHours=1000")).JsonAsync(HttpStatusCode.BadRequest);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sla/breaches?dueSoonHours=1000");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await desk.Manager.SendAsync(request)).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("بعض الحقول غير صحيحة.", arabic.GetProperty("title").GetString());
        Assert.Equal("مدة «قريب الاستحقاق» بين ٠ و٧٢٠ ساعة.", Assert.Single(arabic.GetProperty("errors").GetProperty("dueSoonHours").EnumerateArray()).GetString());
        Assert.Equal("مدة «قريب الاستحقاق» بين ٠ و٧٢٠ ساعة.", arabic.GetProperty("detail").GetString());
        Assert.Equal("One or more fields are not valid.", english.GetProperty("title").GetString());
        Assert.Equal("The due-soon window is between 0 and 720 hours.", Assert.Single(english.GetProperty("errors").GetProperty("dueSoonHours").EnumerateArray()).GetString());

        // Identity's password rules too.
        using var admin = await app.AdminClientAsync();
        var weak = await (await admin.PostAsJsonAsync("/api/users", new { email = $"w{Guid.NewGuid():N}@test.local", password = "short", fullName = "موظف", roles = new[] { "Manager" } }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("كلمة المرور", weak.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must", weak.GetRawText(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Messages_built_with_values_and_plain_rules_come_from_the_catalog_in_both_languages()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var nowhere = Guid.NewGuid();

        async Task<JsonElement> AskAsync(HttpMethod method, string path, object? body, string? language)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            var response = await desk.Officer.SendAsync(request);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var missingAr = await AskAsync(HttpMethod.Get, $"/api/cases/{nowhere}", null, null);
        var missingEn = await AskAsync(HttpMethod.Get, $"/api/cases/{nowhere}", null, "en");
        Assert.Equal("لا توجد هذه الحالة.", missingAr.GetProperty("title").GetString());
        Assert.Equal($"لا توجد الحالة {nowhere}.", missingAr.GetProperty("detail").GetString());
        Assert.Equal("No such case.", missingEn.GetProperty("title").GetString());
        Assert.Equal($"There is no case {nowhere}.", missingEn.GetProperty("detail").GetString());

        var outcome = new { outcome = "" };
        var outcomeAr = await AskAsync(HttpMethod.Post, $"/api/cases/{caseId}/tasks/{nowhere}/complete", outcome, "ar");
        var outcomeEn = await AskAsync(HttpMethod.Post, $"/api/cases/{caseId}/tasks/{nowhere}/complete", outcome, "en");
        Assert.Equal("اختر إحدى نتائج المهمة.", Assert.Single(outcomeAr.GetProperty("errors").GetProperty("outcome").EnumerateArray()).GetString());
        Assert.Equal("Choose one of the task's outcomes.", Assert.Single(outcomeEn.GetProperty("errors").GetProperty("outcome").EnumerateArray()).GetString());

        var channelAr = await AskAsync(HttpMethod.Post, "/api/cases", new { memberId = nowhere, serviceType = "membership-registration", channel = "Pigeon" }, null);
        var channelEn = await AskAsync(HttpMethod.Post, "/api/cases", new { memberId = nowhere, serviceType = "membership-registration", channel = "Pigeon" }, "en");
        Assert.StartsWith("القناة إحدى: ", Assert.Single(channelAr.GetProperty("errors").GetProperty("channel").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.StartsWith("The channel is one of: ", Assert.Single(channelEn.GetProperty("errors").GetProperty("channel").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Sign_up_answers_a_known_and_an_unknown_national_id_alike()
    {
        var app = await host.GetAsync();
        var member = await PortalPeople.NewMemberAsync(app);
        using var anonymous = app.CreateClient();

        var known = await anonymous.PostAsJsonAsync("/api/portal/signup/link", new { nationalId = member.NationalId, mobile = member.Mobile });
        var unknown = await anonymous.PostAsJsonAsync("/api/portal/signup/link", new { nationalId = CaseDesk.NewNationalId(), mobile = PortalPeople.NewMobile() });

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        var a = await known.JsonAsync(HttpStatusCode.OK);
        var b = await unknown.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(a.EnumerateObject().Select(p => p.Name), b.EnumerateObject().Select(p => p.Name));
        Assert.Equal(a.GetProperty("message").GetString(), b.GetProperty("message").GetString());
        var (code, _) = await PortalPeople.SentCodeAsync(app, a.GetProperty("verificationId").GetGuid());
        Assert.Matches(@"^\d{6}$", code);
    }

    [SkippableFact]
    public async Task Applying_as_new_answers_alike_for_a_known_or_unknown_national_id_and_email()
    {
        var app = await host.GetAsync();
        var member = await PortalPeople.NewMemberAsync(app);
        using var anonymous = app.CreateClient();
        async Task<(HttpStatusCode Status, string Body)> ApplyAsync(string nationalId, string email)
        {
            var response = await anonymous.PostAsJsonAsync("/api/portal/signup/apply", new
            {
                firstName = "نورة", fatherName = "سعد", grandfatherName = "فهد", familyName = "العنزي",
                nationalId, mobile = PortalPeople.NewMobile(), email, password = PortalPeople.Password,
            });
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var unknown = await ApplyAsync(CaseDesk.NewNationalId(), $"new-{Guid.NewGuid():N}@test.local");
        var knownId = await ApplyAsync(member.NationalId, $"new-{Guid.NewGuid():N}@test.local");
        var knownEmail = await ApplyAsync(CaseDesk.NewNationalId(), DomatAppFactory.AdminEmail);

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(unknown, knownId);
        Assert.Equal(unknown, knownEmail);
        // A weak password is refused alike too: it is checked before anything is looked up.
        var weakKnown = await anonymous.PostAsJsonAsync("/api/portal/signup/apply", new
        {
            firstName = "نورة", fatherName = "سعد", grandfatherName = "فهد", familyName = "العنزي",
            nationalId = member.NationalId, mobile = PortalPeople.NewMobile(), email = $"w-{Guid.NewGuid():N}@test.local", password = "short",
        });
        Assert.Equal(HttpStatusCode.BadRequest, weakKnown.StatusCode);
        Assert.True((await weakKnown.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("password", out _));
    }

    [SkippableFact]
    public async Task A_bearer_token_stops_working_as_soon_as_its_role_is_removed()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var email = $"second-admin-{Guid.NewGuid():N}@test.local";
        var created = await (await admin.PostAsJsonAsync("/api/users", new { email, password = "Second-admin-2026", fullName = "مدير ثان", roles = new[] { "Admin" } }))
            .JsonAsync(HttpStatusCode.Created);
        using var second = await app.ClientForAsync(email, "Second-admin-2026");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/users")).StatusCode);

        await (await admin.PutAsJsonAsync($"/api/users/{created.GetProperty("id").GetString()}/roles", new { roles = new[] { "Manager" } })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.PostAsJsonAsync("/api/users", new { email = $"x{Guid.NewGuid():N}@test.local", password = "Another-admin-2026", fullName = "x", roles = new[] { "Admin" } })).StatusCode);
    }

    [SkippableFact]
    public async Task A_portal_account_opened_at_the_desk_signs_in_only_after_the_member_activates_it()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var email = $"desk-{Guid.NewGuid():N}@test.local";
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await DeskAccounts.OpenAsync(desk.Committee, member.Id, email)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DeskAccounts.OpenAsync(desk.Researcher, member.Id, email)).StatusCode);
        var opened = await (await DeskAccounts.OpenAsync(desk.Officer, member.Id, email)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(member.Id, opened.GetProperty("memberId").GetGuid());
        // Whatever password someone at the desk might try, the account has none yet.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = PortalPeople.Password })).StatusCode);

        var code = await DeskAccounts.ActivationCodeAsync(app, member.Id);
        // Its own message (not the sign-in code's), valid for days: the member may read it after the desk has closed.
        var message = await DeskAccounts.ActivationMessageAsync(app, member.Id);
        Assert.Equal(NotificationTemplateKeys.PortalActivation, message.TemplateKey);
        Assert.Contains("تفعيل", message.Subject, StringComparison.Ordinal);
        Assert.Matches("[3٣] أيام", new string([.. message.BodyText.Where(c => c is not ('\u200E' or '\u200F'))]));
        Assert.Equal(TimeSpan.FromDays(3), opened.GetProperty("activationExpiresAt").GetDateTimeOffset() - app.Clock.GetUtcNow());
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.BadRequest,
            (await anonymous.PostAsJsonAsync("/api/portal/activation", new { email, code = PortalAccountTests.Other(code), password = PortalPeople.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/portal/activation", new { email, code, password = "short" })).StatusCode);
        await (await anonymous.PostAsJsonAsync("/api/portal/activation", new { email, code, password = PortalPeople.Password })).JsonAsync(HttpStatusCode.OK);

        using var client = await PortalPeople.ClientAsync(app, email, PortalPeople.Password);
        Assert.Equal(member.Id, (await (await client.GetAsync("/api/portal/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("memberId").GetGuid());
        // Used once: the code cannot set another password.
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/portal/activation", new { email, code, password = "Other-pass-2026" })).StatusCode);

        using var admin = await app.AdminClientAsync();
        var audit = await (await admin.GetAsync($"/api/audit?entityType=PortalAccount&entityId={opened.GetProperty("userId").GetString()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, audit.GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task A_page_an_api_answer_and_a_download_carry_the_security_headers()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var anonymous = app.CreateClient();

        var page = await anonymous.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' ", csp.Split("style-src")[0], StringComparison.Ordinal);
        var nonce = csp.Split("'nonce-")[1].Split('\'')[0];
        Assert.Contains($"nonce=\"{nonce}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await desk.Officer.GetAsync("/api/me");
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var attachment = await (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, "كشف.pdf", "application/pdf")))
            .JsonAsync(HttpStatusCode.OK);
        var download = await desk.Officer.GetAsync($"/api/cases/{caseId}/attachments/{attachment.GetProperty("attachment").GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);

        foreach (var response in new[] { page, api, download })
        {
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Server"));
        }

        Assert.StartsWith("sandbox", string.Join(" ", download.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_change_under_api_carried_by_the_sign_in_cookie_alone_is_refused_in_arabic_while_reads_stay_open()
    {
        var app = await host.GetAsync();
        var email = $"cookie-officer-{Guid.NewGuid():N}@test.local";
        using (await app.StaffClientAsync("MemberRelationsOfficer", email))
        {
        }

        // The test client keeps cookies as a browser would: sign in for a cookie, then write with nothing else.
        using var browser = app.CreateClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = "Staff-pass-2026" })).EnsureSuccessStatusCode();
        await (await browser.GetAsync("/api/inbox")).JsonAsync(HttpStatusCode.OK);

        var refused = await (await browser.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "فهد عبدالله محمد الرويلي", nationalId = "1000000024", mobile = "0501234567", preferredChannel = "Sms" },
            serviceType = "support-request", channel = "InPerson", data = SupportData,
        })).JsonAsync(HttpStatusCode.Forbidden);
        Assert.Contains("رمز حماية من التزوير", refused.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_upload_that_is_also_html_is_refused_and_direction_controls_leave_the_file_name()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();

        var polyglot = Encoding.ASCII.GetBytes("%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n");
        var refused = await (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(polyglot, "x.pdf", "application/pdf")))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("file", out _));

        var stored = await (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, "report\u202Efdp.pdf", "application/pdf")))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("reportfdp.pdf", stored.GetProperty("attachment").GetProperty("fileName").GetString());
    }

    [SkippableFact]
    public async Task The_OpenAPI_document_lists_a_404_and_a_409_for_completing_a_task_and_gives_each_body_its_own_schema()
    {
        var app = await host.GetAsync();
        using var anonymous = app.CreateClient();
        var document = await (await anonymous.GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");

        var responses = Operation(paths, "/api/cases/{caseId}/tasks/{taskId}/complete").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "404", "409" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"no {status} in {responses}");
        }

        // The other operations that can refuse say so too.
        foreach (var (path, method, statuses) in new[]
                 {
                     ("/api/cases/{caseId}", "get", new[] { "200", "404" }),
                     ("/api/cases/{caseId}/notes", "post", new[] { "200", "400", "404", "409" }),
                     ("/api/cases/{caseId}/withdraw", "post", new[] { "200", "400", "404", "409" }),
                     ("/api/members/{memberId}", "get", new[] { "200", "404" }),
                     ("/api/members/{memberId}", "put", new[] { "200", "400", "404", "409" }),
                 })
        {
            var answers = paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == path).Value.GetProperty(method).GetProperty("responses");
            Assert.All(statuses, status => Assert.True(answers.TryGetProperty(status, out _), $"no {status} for {method} {path} in {answers}"));
        }

        Assert.NotEqual(BodySchema(paths, "/api/portal/feedback"), BodySchema(paths, "/api/portal/requests"));
        Assert.NotEqual(BodySchema(paths, "/api/users/{id}/reset-password"), BodySchema(paths, "/api/auth/resetPassword"));
    }

    private static JsonElement Operation(JsonElement paths, string path) =>
        paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == path).Value.GetProperty("post");

    private static string BodySchema(JsonElement paths, string path) =>
        Operation(paths, path).GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;

    private static HttpContent Malformed(string kind)
    {
        switch (kind)
        {
            case "no boundary":
                var noBoundary = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--x--\r\n"u8.ToArray());
                noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
                return noBoundary;
            case "truncated":
                var truncated = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 and then noth"u8.ToArray());
                truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
                return truncated;
            default:
                var many = new MultipartFormDataContent();
                for (var i = 0; i < 1100; i++)
                {
                    many.Add(new StringContent("x"), $"f{i}");
                }

                return many;
        }
    }
}

public sealed class SqliteHardeningTests(SqliteCasesHost host) : HardeningTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresHardeningTests(PostgresCasesHost host) : HardeningTests(host), IClassFixture<PostgresCasesHost>;
