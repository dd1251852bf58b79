using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.ServiceCatalog;

/// <summary>
/// On first start (an empty catalog) adds the society's services, each with the shipped procedure of its kind: the
/// seven-stage <c>member-service-request</c> for registration, support, assistance and volunteering, the short
/// <c>inquiry</c> (receive, answer, close) and <c>certificate-request</c> (ending with the certificate issued). After that
/// the catalog belongs to the admins: nothing here overwrites their changes.
/// </summary>
public sealed class ServiceCatalogSeeder(AppDbContext db, ILogger<ServiceCatalogSeeder> logger) : IStartupSeeder
{
    public const string Workflow = "member-service-request";
    public const string InquiryWorkflow = "inquiry";
    public const string CertificateWorkflow = "certificate-request";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<ServiceType>().AnyAsync(cancellationToken))
        {
            return;
        }

        var catalog = Catalog().ToList();
        db.AddRange(catalog);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Service catalog seeded with {ServiceTypeCount} services", catalog.Count);
    }

    private static IEnumerable<ServiceType> Catalog()
    {
        var membership = ServiceType.Create("membership-registration", "تسجيل عضوية", "Membership registration", Workflow);
        membership.AddField("city", "المدينة أو المحافظة", "City or governorate", FieldKind.Text);
        membership.AddField("apiaryLocation", "موقع المنحل", "Apiary location", FieldKind.Text);
        membership.AddField("hiveCount", "عدد الخلايا", "Number of hives", FieldKind.Number);
        membership.AddField("sharesRequested", "عدد الأسهم المطلوبة", "Shares requested", FieldKind.Number);
        membership.AddDocument("nationalIdCopy", "صورة الهوية الوطنية أو الإقامة", "Copy of the national ID or iqama");
        membership.AddDocument("apiaryProof", "ما يثبت ممارسة النحالة (صورة المنحل أو شهادة)", "Proof of beekeeping (apiary photo or certificate)");
        yield return Activated(membership);

        var support = ServiceType.Create("support-request", "طلب دعم", "Support request", Workflow);
        support.AddField("supportKind", "نوع الدعم المطلوب", "Kind of support requested", FieldKind.Text);
        support.AddField("hiveCount", "عدد الخلايا", "Number of hives", FieldKind.Number);
        support.AddField("amountRequested", "المبلغ المطلوب (ريال)", "Amount requested (SAR)", FieldKind.Number, isRequired: false);
        support.AddField("justification", "مبررات الطلب", "Why the support is needed", FieldKind.Text);
        support.AddDocument("nationalIdCopy", "صورة الهوية الوطنية أو الإقامة", "Copy of the national ID or iqama");
        support.AddDocument("bankLetter", "خطاب الآيبان من البنك", "Bank IBAN letter");
        yield return Activated(support);

        var assistance = ServiceType.Create("assistance-request", "طلب مساعدة", "Assistance request", Workflow);
        assistance.AddField("assistanceKind", "نوع المساعدة", "Kind of assistance", FieldKind.Text);
        assistance.AddField("description", "وصف الحالة", "Description of the situation", FieldKind.Text);
        assistance.AddDocument("nationalIdCopy", "صورة الهوية الوطنية أو الإقامة", "Copy of the national ID or iqama");
        yield return Activated(assistance);

        var volunteering = ServiceType.Create("volunteering", "التطوع", "Volunteering", Workflow);
        volunteering.AddField("skills", "المهارات والخبرات", "Skills and experience", FieldKind.Text);
        volunteering.AddField("availability", "الأوقات المتاحة للتطوع", "When you can volunteer", FieldKind.Text);
        yield return Activated(volunteering);

        var certificate = ServiceType.Create("certificate-request", "طلب شهادة أو خطاب", "Certificate or letter request", CertificateWorkflow);
        certificate.AddField("documentKind", "نوع الشهادة أو الخطاب", "Kind of certificate or letter", FieldKind.Text);
        certificate.AddField("addressedTo", "الجهة الموجه إليها", "Addressed to", FieldKind.Text);
        certificate.AddField("purpose", "الغرض", "Purpose", FieldKind.Text, isRequired: false);
        yield return Activated(certificate);

        var inquiry = ServiceType.Create("inquiry", "استفسار", "Inquiry", InquiryWorkflow);
        inquiry.AddField("question", "الاستفسار", "Question", FieldKind.Text);
        yield return Activated(inquiry);
    }

    private static ServiceType Activated(ServiceType serviceType)
    {
        serviceType.Activate();
        return serviceType;
    }
}
