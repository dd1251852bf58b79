using System.Net.Http.Json;
using System.Text;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>
/// A request through the staff screens: the officer opens it, finds it in the inbox, receives and verifies it and records
/// the paper declaration; a committee member rejects it with a reason and prints the rejection letter.
/// </summary>
public sealed class CaseJourneyTests
{
    private const string OfficerEmail = "officer@test.local";
    private const string CommitteeEmail = "committee@test.local";
    private const string Password = "Staff-pass-2026";
    private const string Reason = "عدد الخلايا أقل من الحد الأدنى لبرنامج الدعم في هذه الدورة.";

    [SkippableFact]
    public async Task An_officer_opens_and_verifies_a_request_and_the_committee_rejects_it_with_a_reason_shown_on_the_printed_letter()
    {
        await using var session = await BrowserSession.StartAsync();
        await CreateStaffAsync(session, OfficerEmail, "سعد بن فهد العنزي", "MemberRelationsOfficer");
        await CreateStaffAsync(session, CommitteeEmail, "نورة بنت عبدالله الشمري", "CommitteeMember");
        await OpenOverdueCaseAsync(session);

        // The officer opens a support request for a new member, with two documents.
        var officer = await session.NewPageAsync();
        await session.SignInAsync(officer, OfficerEmail, Password);
        await officer.GotoAsync("/cases/new");
        await officer.ClickAsync("[data-testid=new-member]");
        await officer.FillAsync(Field("first-name"), "فهد");
        await officer.FillAsync(Field("father-name"), "عبدالله");
        await officer.FillAsync(Field("grandfather-name"), "محمد");
        await officer.FillAsync(Field("family-name"), "الرويلي");
        await officer.FillAsync(Field("national-id"), "1106934514");
        await officer.FillAsync(Field("mobile"), "0551234567");
        await officer.FillAsync(Field("email"), "fahd@example.com");
        await officer.ClickAsync("[data-testid=service-type]");
        await officer.ClickAsync(".mud-popover-open .mud-list-item:has-text('طلب دعم')");
        await officer.WaitForSelectorAsync("[data-testid=service-checklist]:has-text('خطاب الآيبان')");
        await officer.FillAsync(Field("field-supportKind"), "خلايا وطوائف نحل");
        await officer.FillAsync(Field("field-hiveCount"), "١٢");
        await officer.FillAsync(Field("field-justification"), "تضررت الخلايا من موجة الحر وأحتاج إلى تعويض جزء منها.");
        await officer.SetInputFilesAsync("[data-testid=attachments-upload] input[type=file]", [Pdf("nationalIdCopy.pdf"), Pdf("bankLetter.pdf")]);
        await officer.WaitForSelectorAsync(".pending-file:has-text('bankLetter.pdf')");
        await ShotAsync(officer, "20-new-request-ar", wholePageFits: true);

        await officer.ClickAsync("[data-testid=submit-case]");
        await officer.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        var reference = (await officer.InnerTextAsync("[data-testid=case-reference]")).Trim();
        Assert.Matches(@"^DJ-\d{4}-\d{6}$", reference);
        var caseUrl = officer.Url;

        // The inbox: the new request waits in the officers' queue, beside the overdue one (red) and due within a day.
        await officer.GotoAsync("/inbox");
        await officer.WaitForSelectorAsync($"[data-testid=inbox-case-link]:has-text('{reference}')");
        Assert.NotNull(await officer.QuerySelectorAsync("tr.row-breached [data-testid=breached-chip]"));
        await ShotAsync(officer, "21-inbox-ar", wholePageFits: true);
        var row = officer.Locator("tr", new PageLocatorOptions { Has = officer.Locator($"text={reference}") });
        await row.Locator("[data-testid=claim]").ClickAsync();
        await row.Locator("[data-testid=release]").WaitForAsync();
        await row.Locator("[data-testid=inbox-case-link]").ClickAsync();

        // The case page: step 1 current, the receive task, complete checklist.
        await officer.WaitForSelectorAsync("[data-testid=task-receive]");
        Assert.Equal("Current", await officer.GetAttributeAsync("[data-testid=step-receive]", "data-state"));
        Assert.Contains("فهد عبدالله محمد الرويلي", await officer.InnerTextAsync("[data-testid=case-header]"), StringComparison.Ordinal);
        await officer.WaitForSelectorAsync("[data-testid=checklist-complete]");
        await ShotAsync(officer, "22-case-receive-ar", wholePageFits: true);

        await officer.ClickAsync("[data-testid=outcome-Received]");
        await officer.WaitForSelectorAsync("[data-testid=task-verify]");
        await officer.ClickAsync("[data-testid=outcome-Complete]");
        await officer.WaitForSelectorAsync("[data-testid=waiting-DeclarationSigned]");
        Assert.Equal("Current", await officer.GetAttributeAsync("[data-testid=step-declaration]", "data-state"));
        Assert.Equal("Done", await officer.GetAttributeAsync("[data-testid=step-verify]", "data-state"));
        await officer.SetInputFilesAsync("[data-testid=declaration-scan] input[type=file]", Pdf("declaration-signed.pdf"));
        await officer.WaitForSelectorAsync("[data-testid=scan-chosen]");
        await ShotAsync(officer, "23-case-declaration-ar");
        await officer.ClickAsync("[data-testid=record-declaration]");
        await officer.WaitForSelectorAsync("[data-testid=declaration]");
        await officer.WaitForSelectorAsync("[data-testid=task-committee]");
        Assert.Contains("لدى لجنة البحث", await officer.InnerTextAsync("[data-testid=case-status]"), StringComparison.Ordinal);
        Assert.Contains("declaration-signed.pdf", await officer.InnerTextAsync("[data-testid=attachments]"), StringComparison.Ordinal);
        await ShotAsync(officer, "24-case-at-committee-ar");

        // The committee member finds it in the queue and rejects it; the reason is required.
        var committee = await session.NewPageAsync();
        await session.SignInAsync(committee, CommitteeEmail, Password);
        await committee.GotoAsync("/inbox");
        await committee.WaitForSelectorAsync($"[data-testid=inbox-case-link]:has-text('{reference}')");
        await ShotAsync(committee, "25-inbox-committee-ar");
        await committee.GotoAsync(caseUrl);
        await committee.WaitForSelectorAsync("[data-testid=task-committee]");
        // The buttons say the outcomes' labels from the definition, in Arabic.
        Assert.Equal("قبول", (await committee.InnerTextAsync("[data-testid=outcome-Accept]")).Trim());
        Assert.Equal("رفض", (await committee.InnerTextAsync("[data-testid=outcome-Reject]")).Trim());
        await committee.ClickAsync("[data-testid=outcome-Reject]");
        await committee.WaitForSelectorAsync("[data-testid=task-committee] .mud-input-helper-text:has-text('مطلوب')");
        await committee.FillAsync(Field("task-field-reason"), Reason);
        await committee.ClickAsync("[data-testid=outcome-Reject]");
        // A decision is confirmed first, naming it.
        await committee.WaitForSelectorAsync(".mud-dialog:has-text('رفض')");
        Assert.Contains("لا يُتراجع عن القرار", await committee.InnerTextAsync(".mud-dialog"), StringComparison.Ordinal);
        await ShotAsync(committee, "25b-decision-confirm-ar");
        await committee.ClickAsync(".mud-dialog .mud-dialog-actions button:has-text('نعم')");
        await committee.WaitForSelectorAsync("[data-testid=decision]");
        Assert.Contains("مرفوض", await committee.InnerTextAsync("[data-testid=case-status]"), StringComparison.Ordinal);
        Assert.Contains(Reason, await committee.InnerTextAsync("[data-testid=decision]"), StringComparison.Ordinal);
        Assert.Contains("رفض", await committee.InnerTextAsync("[data-testid=timeline] [data-testid=timeline-outcome]"), StringComparison.Ordinal);
        await ShotAsync(committee, "26-case-rejected-ar", wholePageFits: true);

        // The rejection letter: issued on the case, printable, with the reason.
        await committee.ClickAsync("[data-testid=issue-Rejection]");
        await committee.WaitForSelectorAsync("[data-testid=letter]");
        var letter = await committee.InnerTextAsync("[data-testid=letter]");
        Assert.Contains(Reason, letter, StringComparison.Ordinal);
        Assert.Contains(reference, letter, StringComparison.Ordinal);
        Assert.Contains("هـ", letter, StringComparison.Ordinal);
        Assert.Equal("rtl", await committee.GetAttributeAsync("[data-testid=letter]", "dir"));
        await ShotAsync(committee, "27-letter-ar");
        await committee.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await committee.IsVisibleAsync(".mud-appbar"), "the app bar is not printed");
        Assert.False(await committee.IsVisibleAsync("[data-testid=print-letter]"), "the print button is not printed");
        await ShotAsync(committee, "28-letter-print-ar");
        await committee.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // The cases list: both requests, the rejected one and the overdue one flagged.
        await committee.GotoAsync("/cases");
        await committee.WaitForSelectorAsync($"[data-testid=cases] td:has-text('{reference}')");
        await committee.WaitForSelectorAsync("[data-testid=cases] td:has-text('مرفوض')");
        await ShotAsync(committee, "28b-cases-ar", wholePageFits: true);

        // The case records the letter; on a phone the case page still reads.
        await committee.GotoAsync(caseUrl);
        await committee.WaitForSelectorAsync("[data-testid=letter-link]");
        await committee.SetViewportSizeAsync(400, 900);
        await committee.WaitForSelectorAsync("[data-testid=step-tracker]");
        await ShotAsync(committee, "29-case-phone-ar", wholePageFits: true);
        await committee.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "29b-case-phone-top-ar.png") });
        await officer.SetViewportSizeAsync(400, 900);
        await officer.GotoAsync("/inbox");
        await officer.WaitForSelectorAsync("[data-testid=inbox-case-link]");
        await ShotAsync(officer, "29c-inbox-phone-ar", wholePageFits: true);

        // The manager's SLA view counts the overdue task.
        var manager = await session.NewPageAsync();
        await session.SignInAsync(manager, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);
        await manager.GotoAsync("/reports");
        await manager.WaitForSelectorAsync("[data-testid=sla-items] tr.row-breached");
        Assert.Equal("١", (await manager.InnerTextAsync("[data-testid=count-breached] .count-number")).Trim());
        await ShotAsync(manager, "30-reports-ar", wholePageFits: true);
    }

    private static async Task CreateStaffAsync(BrowserSession session, string email, string fullName, string role)
    {
        using var admin = await session.App.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password = Password, fullName, roles = new[] { role } });
        created.EnsureSuccessStatusCode();
    }

    /// <summary>Another request (an inquiry), opened through the API, whose "answer" task is already past its deadline.</summary>
    private static async Task OpenOverdueCaseAsync(BrowserSession session)
    {
        using var admin = await session.App.AdminClientAsync();
        var opened = await admin.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "خالد سالم عيد الشراري", nationalId = "1000000008", mobile = "0509876543" },
            serviceType = "inquiry",
            channel = "Phone",
            data = new { question = "متى يبدأ التسجيل في برنامج دعم الخلايا؟" },
        });
        opened.EnsureSuccessStatusCode();
        await using var scope = session.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var overdue = DateTime.UtcNow.AddHours(-30);
        // Test set-up only: the engine offers no way to move a deadline, so the open answer task is backdated in its table.
        await db.Database.ExecuteSqlRawAsync("UPDATE wf_bookmarks SET due_at = {0}, created_at = {1} WHERE activity_id = 'answer' AND consumed_at IS NULL",
            overdue, overdue.AddDays(-1));
    }

    private static FilePayload Pdf(string name) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    };

    /// <summary>A MudBlazor input or text area by the test id given to its component (on the element or around it).</summary>
    private static string Field(string testId) =>
        $"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea";

    /// <summary>
    /// Saves a screenshot (toasts closed, so they hide nothing); with <paramref name="wholePageFits"/>, then checks that
    /// nothing sticks out of the page sideways, naming what does.
    /// </summary>
    private static async Task ShotAsync(IPage page, string name, bool wholePageFits = false)
    {
        foreach (var close in await page.QuerySelectorAllAsync(".mud-snackbar .mud-snackbar-close-button"))
        {
            try
            {
                await close.ClickAsync(new ElementHandleClickOptions { Force = true, Timeout = 2_000 });
            }
            catch (PlaywrightException)
            {
                // The toast went away by itself.
            }
        }

        await BrowserSession.WaitForAsync(page, "document.querySelectorAll('.mud-snackbar').length === 0");
        await BrowserSession.ScreenshotAsync(page, name);
        if (!wholePageFits)
        {
            return;
        }

        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var culprits = overflow <= 1 ? "" : await page.EvaluateAsync<string>("""
            [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > document.documentElement.clientWidth + 1); })
                .slice(-5).map(e => e.tagName + '.' + [...e.classList].join('.')).join(', ')
            """);
        Assert.True(overflow <= 1, $"{name}: the page overflows horizontally by {overflow}px ({culprits})");
    }
}
