using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Domain.Tests.TestData;

/// <summary>A membership-registration service and cases for it, built a step at a time.</summary>
public static class Cases
{
    public static readonly DateTimeOffset OpenedAt = new(2026, 11, 26, 9, 15, 0, TimeSpan.FromHours(3));
    public static readonly Guid MemberId = Guid.Parse("0193a1f2-7c4e-7a10-9b2d-3f6e8a1c5d42");

    public static ServiceType MembershipRegistration()
    {
        var service = ServiceType.Create("membership-registration", "طلب عضوية في الجمعية العمومية", "General assembly membership", "membership-registration-v1");
        service.AddField("apiaryLocation", "موقع المنحل", "Apiary location", FieldKind.Text);
        service.AddField("hiveCount", "عدد الخلايا", "Number of hives", FieldKind.Number);
        service.AddField("beekeepingSince", "تاريخ بدء النحالة", "Beekeeping since", FieldKind.Date, isRequired: false);
        service.AddDocument("nationalIdCopy", "صورة الهوية الوطنية", "Copy of the national ID");
        service.Activate();
        return service;
    }

    public static Dictionary<string, string> CompleteData() => new()
    {
        ["apiaryLocation"] = "وادي السرحان، شمال دومة الجندل",
        ["hiveCount"] = "٤٥",
        ["beekeepingSince"] = "2015-03-01",
    };

    public static ServiceCase Opened(Channel channel = Channel.InPerson, IReadOnlyDictionary<string, string>? data = null) =>
        ServiceCase.Open(CaseReference.Create(1448, 42), MemberId, MembershipRegistration(), channel, data ?? CompleteData(), OpenedAt);

    public static ServiceCase Declared()
    {
        var serviceCase = Opened();
        serviceCase.EnterStage("declaration", comesAfterCommittee: false);
        serviceCase.RecordDeclaration("2026-01", "أقر بأن جميع البيانات المقدمة صحيحة وأتحمل مسؤوليتها.", "فهد عبدالله محمد الرويلي",
            DeclarationMethod.PortalOneTimeCode, OpenedAt.AddHours(1), "185.60.12.7");
        return serviceCase;
    }

    public static ServiceCase InCommittee()
    {
        var serviceCase = Declared();
        serviceCase.EnterStage(ServiceCase.CommitteeStage, comesAfterCommittee: false);
        return serviceCase;
    }

    public static ServiceCase Accepted()
    {
        var serviceCase = InCommittee();
        serviceCase.RecordDecision(DecisionOutcome.Accept, "استوفى الشروط: منحل قائم وسجل نحالة", "لجنة البحث - خالد السرحاني", OpenedAt.AddDays(10));
        return serviceCase;
    }

    public static ServiceCase RejectedByCommittee()
    {
        var serviceCase = InCommittee();
        serviceCase.RecordDecision(DecisionOutcome.Reject, "لا يوجد منحل مسجل باسم المتقدم", "لجنة البحث - خالد السرحاني", OpenedAt.AddDays(10));
        return serviceCase;
    }
}
