using System.Net.Http.Headers;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Outreach;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Outreach;

/// <summary>Members of a segment as an outreach test needs them, a document upload, and a sweep run on the fake clock.</summary>
public static class OutreachPeople
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static async Task<Member> MemberAsync(CasesAppFactory app, string city, bool consent, ContactChannel channel = ContactChannel.Sms,
        string? email = null, Action<Member>? change = null)
    {
        var member = Member.Register(new MemberRegistration
        {
            FirstName = "فاطمة",
            FatherName = "سالم",
            GrandfatherName = "عبدالله",
            FamilyName = "الرويلي",
            NationalId = CaseDesk.NewNationalId(),
            Mobile = PortalPeople.NewMobile(),
            Email = email,
            City = city,
            PreferredChannel = channel,
            PreferredLanguage = "ar",
            ConsentToContact = consent,
            ConsentToDataProcessing = true,
        }, app.Clock.GetUtcNow());
        change?.Invoke(member);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    public static MultipartFormDataContent DocumentForm(string title, string category, string audience, string fileName = "document.pdf")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" },
            { new StringContent(category), "category" },
            { new StringContent(audience), "audience" },
        };
        form.Add(File(fileName), "file", fileName);
        return form;
    }

    public static ByteArrayContent File(string fileName)
    {
        _ = fileName;
        var content = new ByteArrayContent(Pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    public static async Task<OutreachDueWork.Outcome> RunDueWorkAsync(CasesAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutreachDueWork>().RunAsync(CancellationToken.None);
    }
}
