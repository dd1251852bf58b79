using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Tests.TestData;
using CaseData = DomatAljandal.Domain.Tests.TestData.Cases;

namespace DomatAljandal.Domain.Tests.Cases;

public class ServiceTypeTests
{
    [Fact]
    public void A_new_service_type_is_inactive_until_activated()
    {
        var service = ServiceType.Create("volunteering", "خدمة التطوع", "Volunteering service", "volunteering-v1");
        Assert.False(service.IsActive);
        service.Activate();
        Assert.True(service.IsActive);
    }

    [Fact]
    public void A_service_without_a_workflow_cannot_be_activated()
    {
        var service = ServiceType.Create("support-request", "طلب الدعم", "Support request");
        var error = Assert.Throws<DomainRuleException>(service.Activate);
        Assert.Equal("workflowDefinitionId", error.Field);
    }

    [Fact]
    public void An_active_service_keeps_its_workflow()
    {
        var service = CaseData.MembershipRegistration();
        Assert.Equal("workflowDefinitionId", Assert.Throws<DomainRuleException>(() => service.UseWorkflow(null)).Field);
        service.Deactivate();
        service.UseWorkflow(null);
        Assert.Null(service.WorkflowDefinitionId);
    }

    [Theory]
    [InlineData("Membership Registration")]
    [InlineData("membership_registration")]
    [InlineData("تسجيل-عضوية")]
    [InlineData("-membership")]
    [InlineData("")]
    public void Codes_are_lowercase_kebab_case(string code) =>
        Assert.Equal("code", Assert.Throws<DomainRuleException>(() => ServiceType.Create(code, "عضوية", "Membership")).Field);

    [Fact]
    public void Names_in_both_languages_are_required()
    {
        Assert.Equal("nameAr", Assert.Throws<DomainRuleException>(() => ServiceType.Create("membership", " ", "Membership")).Field);
        Assert.Equal("nameEn", Assert.Throws<DomainRuleException>(() => ServiceType.Create("membership", "عضوية", "")).Field);
    }

    [Fact]
    public void The_checklist_holds_fields_and_documents_in_order()
    {
        var service = CaseData.MembershipRegistration();
        Assert.Equal(["apiaryLocation", "hiveCount", "beekeepingSince"], service.Fields.Select(f => f.Key));
        Assert.Equal(FieldKind.Number, service.Fields[1].Kind);
        Assert.False(service.Fields[2].IsRequired);
        Assert.Equal("صورة الهوية الوطنية", Assert.Single(service.Documents).LabelAr);
    }

    [Fact]
    public void A_field_key_appears_once()
    {
        var service = CaseData.MembershipRegistration();
        Assert.Throws<DomainRuleException>(() => service.AddField("hiveCount", "عدد الخلايا", "Hives", FieldKind.Number));
        Assert.Throws<DomainRuleException>(() => service.AddDocument("nationalIdCopy", "الهوية", "ID"));
    }

    [Theory]
    [InlineData("hive count")]
    [InlineData("1stApiary")]
    [InlineData("عدد")]
    public void Field_keys_are_latin_identifiers(string key) =>
        Assert.Throws<DomainRuleException>(() => CaseData.MembershipRegistration().AddField(key, "حقل", "Field", FieldKind.Text));

    [Fact]
    public void A_complete_submission_has_nothing_missing()
    {
        var serviceCase = CaseData.Opened();
        serviceCase.AddAttachment("هوية.pdf", "application/pdf", 240_000, "cases/1448/42/id.pdf", "officer.khalid", CaseData.OpenedAt, "nationalIdCopy");

        Assert.Empty(CaseData.MembershipRegistration().CheckSubmission(serviceCase));
    }

    [Fact]
    public void Missing_fields_wrong_kinds_unknown_fields_and_missing_documents_are_all_reported()
    {
        var serviceCase = CaseData.Opened(data: new Dictionary<string, string>
        {
            ["apiaryLocation"] = "  ",
            ["hiveCount"] = "خمسون",
            ["beekeepingSince"] = "1436/05/12",
            ["favouriteFlower"] = "السدر",
        });

        var violations = CaseData.MembershipRegistration().CheckSubmission(serviceCase);

        Assert.Equal(
            ["submittedData.apiaryLocation", "submittedData.hiveCount", "submittedData.beekeepingSince", "submittedData.favouriteFlower", "documents.nationalIdCopy"],
            violations.Select(v => v.Field));
        Assert.Equal("«موقع المنحل» مطلوب.", violations[0].MessageAr);
        Assert.Equal("“Number of hives” must be a number.", violations[1].MessageEn);
        Assert.Equal("The document “Copy of the national ID” is required.", violations[4].MessageIn("en"));
    }

    [Fact]
    public void An_optional_field_may_be_left_out()
    {
        var data = CaseData.CompleteData();
        data.Remove("beekeepingSince");
        var violations = CaseData.MembershipRegistration().CheckSubmission(CaseData.Opened(data: data));
        Assert.DoesNotContain(violations, v => v.Field == "submittedData.beekeepingSince");
    }

    [Theory]
    [InlineData("45")]
    [InlineData("٤٥")]
    [InlineData("12.5")]
    [InlineData("١٢٫٥")]
    public void Numbers_may_be_written_in_either_digits(string hives)
    {
        var data = CaseData.CompleteData();
        data["hiveCount"] = hives;
        var violations = CaseData.MembershipRegistration().CheckSubmission(CaseData.Opened(data: data));
        Assert.DoesNotContain(violations, v => v.Field == "submittedData.hiveCount");
    }

    [Fact]
    public void A_case_of_another_service_cannot_be_checked_against_this_one()
    {
        var other = ServiceType.Create("volunteering", "خدمة التطوع", "Volunteering service");
        Assert.Throws<ArgumentException>(() => other.CheckSubmission(CaseData.Opened()));
    }
}
