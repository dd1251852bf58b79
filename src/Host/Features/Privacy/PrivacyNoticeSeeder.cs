using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>Publishes a first privacy notice when none exists, so sign-up and the desk form always have one to show; admins replace it.</summary>
public sealed class PrivacyNoticeSeeder(AppDbContext db, TimeProvider clock) : IStartupSeeder
{
    public const string FirstTextAr =
        "تجمع الجمعية اسمك ورقم هويتك وجوالك وبريدك وبيانات طلباتك ومستنداتها لتقديم خدماتها لك فقط، وفق نظام حماية البيانات الشخصية. " +
        "لا تتواصل معك الجمعية بالإعلانات والتذكيرات إلا بموافقتك، ولك سحبها في أي وقت من البوابة. " +
        "لك أن تطلب نسخة من بياناتك أو تصحيحها أو إتلافها، ونجيبك خلال ٣٠ يومًا. " +
        "تُحفظ البيانات مدة الغرض منها أو ما يوجبه نظام، ثم تُتلف.";

    public const string FirstTextEn =
        "The society collects your name, national ID, mobile, email and the data and documents of your requests only to serve you, " +
        "under the Personal Data Protection Law. It sends you announcements and reminders only with your consent, which you can withdraw " +
        "at any time in the portal. You may ask for a copy of your data, its correction or its erasure; we answer within 30 days. " +
        "Data is kept as long as its purpose or a law requires, then destroyed.";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<PrivacyNotice>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.Add(PrivacyNotice.Publish(1, FirstTextAr, FirstTextEn, "system", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
