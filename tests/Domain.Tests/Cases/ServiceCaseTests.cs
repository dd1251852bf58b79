using DomatAljandal.Domain.Cases;
using CaseData = DomatAljandal.Domain.Tests.TestData.Cases;

namespace DomatAljandal.Domain.Tests.Cases;

public class ServiceCaseTests
{
    private static readonly DateTimeOffset Later = CaseData.OpenedAt.AddDays(3);

    [Fact]
    public void An_opened_case_is_open_at_step_one_with_what_was_received()
    {
        var serviceCase = CaseData.Opened(Channel.Website);

        Assert.NotEqual(Guid.Empty, serviceCase.Id);
        Assert.Equal("DJ-1448-000042", serviceCase.Reference.Value);
        Assert.Equal(CaseData.MemberId, serviceCase.MemberId);
        Assert.Equal("membership-registration", serviceCase.ServiceTypeCode);
        Assert.Equal(Channel.Website, serviceCase.Channel);
        Assert.Equal(CaseStatus.Open, serviceCase.Status);
        Assert.Null(serviceCase.CurrentStage);
        Assert.Equal(CaseData.OpenedAt, serviceCase.CreatedAt);
        Assert.Equal("٤٥", serviceCase.SubmittedData["hiveCount"]);
        Assert.False(serviceCase.IsDeadlineBreached);
        Assert.Null(serviceCase.Declaration);
        Assert.Null(serviceCase.Decision);
    }

    [Fact]
    public void A_case_cannot_be_opened_for_an_inactive_service()
    {
        var service = CaseData.MembershipRegistration();
        service.Deactivate();

        var error = Assert.Throws<DomainRuleException>(() =>
            ServiceCase.Open(CaseReference.Create(1448, 43), CaseData.MemberId, service, Channel.InPerson, null, CaseData.OpenedAt));
        Assert.Equal("serviceTypeCode", error.Field);
        Assert.Contains("طلب عضوية في الجمعية العمومية", error.MessageAr);
    }

    [Fact]
    public void A_case_needs_a_member_and_a_known_channel()
    {
        var service = CaseData.MembershipRegistration();
        Assert.Equal("memberId", Assert.Throws<DomainRuleException>(() =>
            ServiceCase.Open(CaseReference.Create(1448, 43), Guid.Empty, service, Channel.Phone, null, CaseData.OpenedAt)).Field);
        Assert.Equal("channel", Assert.Throws<DomainRuleException>(() =>
            ServiceCase.Open(CaseReference.Create(1448, 43), CaseData.MemberId, service, (Channel)0, null, CaseData.OpenedAt)).Field);
    }

    [Fact]
    public void Submitted_values_are_trimmed_and_a_too_long_value_is_refused_naming_its_field()
    {
        var serviceCase = CaseData.Opened(data: new Dictionary<string, string> { ["apiaryLocation"] = "  طبرجل  " });
        Assert.Equal("طبرجل", serviceCase.SubmittedData["apiaryLocation"]);

        var error = Assert.Throws<DomainRuleException>(() =>
            serviceCase.SupplementData(new Dictionary<string, string> { ["hiveCount"] = "3", ["apiaryLocation"] = new string('س', 4001) }));
        Assert.Equal("submittedData.apiaryLocation", error.Field);
        Assert.False(serviceCase.SubmittedData.ContainsKey("hiveCount"));
    }

    [Fact]
    public void The_submitted_data_cannot_be_changed_from_outside() =>
        Assert.False(CaseData.Opened().SubmittedData is IDictionary<string, string> { IsReadOnly: false });

    [Fact]
    public void When_the_member_supplies_what_was_missing_the_case_resumes()
    {
        var serviceCase = CaseData.Opened(data: new Dictionary<string, string> { ["apiaryLocation"] = "سكاكا" });
        serviceCase.EnterStage("verify", comesAfterCommittee: false);
        serviceCase.AwaitMember();
        Assert.Equal(CaseStatus.AwaitingMember, serviceCase.Status);

        serviceCase.SupplementData(new Dictionary<string, string> { ["hiveCount"] = "30" });

        Assert.Equal(CaseStatus.Open, serviceCase.Status);
        Assert.Equal("سكاكا", serviceCase.SubmittedData["apiaryLocation"]);
        Assert.Equal("30", serviceCase.SubmittedData["hiveCount"]);
    }

    [Fact]
    public void Staff_can_resume_a_case_that_waits_for_the_member()
    {
        var serviceCase = CaseData.Opened();
        serviceCase.AwaitMember();
        serviceCase.ResumeFromMember();
        Assert.Equal(CaseStatus.Open, serviceCase.Status);
    }

    [Fact]
    public void Notes_keep_author_text_and_time()
    {
        var serviceCase = CaseData.Opened();
        var note = serviceCase.AddNote("officer.khalid", "حضر العضو وسلّم صورة الهوية", Later);

        Assert.Same(note, Assert.Single(serviceCase.Notes));
        Assert.Equal("officer.khalid", note.Author);
        Assert.Equal(Later, note.At);
    }

    [Fact]
    public void An_empty_note_is_refused() =>
        Assert.Equal("text", Assert.Throws<DomainRuleException>(() => CaseData.Opened().AddNote("officer.khalid", "  ", Later)).Field);

    [Fact]
    public void An_allowed_attachment_is_recorded_with_who_uploaded_it()
    {
        var serviceCase = CaseData.Opened();
        var attachment = serviceCase.AddAttachment(" هوية فهد.pdf ", "Application/PDF", 320_512, "cases/DJ-1448-000042/1.pdf", "member:1045783923", Later, "nationalIdCopy");

        Assert.Same(attachment, Assert.Single(serviceCase.Attachments));
        Assert.Equal("هوية فهد.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(320_512, attachment.SizeBytes);
        Assert.Equal("nationalIdCopy", attachment.DocumentKey);
        Assert.Equal(Later, attachment.UploadedAt);
    }

    [Fact]
    public void An_attachment_the_policy_refuses_is_refused_with_the_policys_reason()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            CaseData.Opened().AddAttachment("video.mp4", "video/mp4", 5_000_000, "k", "officer.khalid", Later));
        Assert.Equal("file", error.Field);
        Assert.Equal("يُقبل ملف PDF أو صورة JPEG أو PNG فقط.", error.MessageAr);
    }

    [Fact]
    public void A_declaration_is_recorded_as_signed()
    {
        var declaration = CaseData.Declared().Declaration;

        Assert.NotNull(declaration);
        Assert.Equal("2026-01", declaration.TextVersion);
        Assert.Equal("فهد عبدالله محمد الرويلي", declaration.SignerName);
        Assert.Equal(DeclarationMethod.PortalOneTimeCode, declaration.Method);
        Assert.Equal("185.60.12.7", declaration.IpAddress);
    }

    [Fact]
    public void A_paper_declaration_needs_no_ip_address()
    {
        var serviceCase = CaseData.Opened();
        serviceCase.RecordDeclaration("2026-01", "أقر بصحة البيانات", "نورة سلطان فهد الشراري", DeclarationMethod.PaperScan, Later);
        Assert.Null(serviceCase.Declaration!.IpAddress);
    }

    [Fact]
    public void A_declaration_is_signed_once()
    {
        var serviceCase = CaseData.Declared();
        var error = Assert.Throws<DomainRuleException>(() =>
            serviceCase.RecordDeclaration("2026-02", "نص آخر", "فهد الرويلي", DeclarationMethod.PortalPassword, Later, "185.60.12.7"));
        Assert.Equal("declaration", error.Field);
    }

    [Fact]
    public void A_declaration_with_a_malformed_ip_address_is_refused() =>
        Assert.Equal("ipAddress", Assert.Throws<DomainRuleException>(() =>
            CaseData.Opened().RecordDeclaration("2026-01", "أقر", "فهد", DeclarationMethod.PortalPassword, Later, "999.1.1.1")).Field);

    [Fact]
    public void After_the_declaration_the_data_it_covers_cannot_change()
    {
        var serviceCase = CaseData.Declared();
        var error = Assert.Throws<DomainRuleException>(() =>
            serviceCase.SupplementData(new Dictionary<string, string> { ["hiveCount"] = "90" }));
        Assert.Equal("submittedData", error.Field);
        Assert.Equal("٤٥", serviceCase.SubmittedData["hiveCount"]);
    }

    [Fact]
    public void Entering_the_committees_stage_puts_the_case_with_the_committee()
    {
        var serviceCase = CaseData.InCommittee();
        Assert.Equal("committee", serviceCase.CurrentStage);
        Assert.Equal(CaseStatus.InCommittee, serviceCase.Status);
    }

    [Fact]
    public void The_committee_accepts_with_a_reason()
    {
        var decision = CaseData.Accepted().Decision;
        Assert.NotNull(decision);
        Assert.Equal(DecisionOutcome.Accept, decision.Outcome);
        Assert.Equal("استوفى الشروط: منحل قائم وسجل نحالة", decision.Reason);
        Assert.Equal("لجنة البحث - خالد السرحاني", decision.DecidedBy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rejection_without_a_reason_is_refused_naming_the_reason(string reason)
    {
        var serviceCase = CaseData.InCommittee();
        var error = Assert.Throws<DomainRuleException>(() => serviceCase.RecordDecision(DecisionOutcome.Reject, reason, "لجنة البحث", Later));

        Assert.Equal("reason", error.Field);
        Assert.Equal("سبب الرفض مطلوب.", error.MessageAr);
        Assert.Equal("A reason is required to reject a request.", error.Message);
        Assert.Null(serviceCase.Decision);
    }

    [Fact]
    public void An_acceptance_needs_a_reason_too()
    {
        var serviceCase = CaseData.InCommittee();
        Assert.Equal("reason", Assert.Throws<DomainRuleException>(() => serviceCase.RecordDecision(DecisionOutcome.Accept, "", "لجنة البحث", Later)).Field);
    }

    [Fact]
    public void The_committee_decides_once()
    {
        var serviceCase = CaseData.Accepted();
        var error = Assert.Throws<DomainRuleException>(() =>
            serviceCase.RecordDecision(DecisionOutcome.Reject, "تبين عدم وجود المنحل", "لجنة البحث", Later));

        Assert.Equal("decision", error.Field);
        Assert.Equal(DecisionOutcome.Accept, serviceCase.Decision!.Outcome);
    }

    [Fact]
    public void A_decision_is_recorded_only_while_the_case_is_with_the_committee() =>
        Assert.Equal("decision", Assert.Throws<DomainRuleException>(() =>
            CaseData.Declared().RecordDecision(DecisionOutcome.Accept, "مستوفٍ", "لجنة البحث", Later)).Field);

    [Fact]
    public void The_case_does_not_go_past_the_committee_before_it_decides() =>
        Assert.Equal("stage", Assert.Throws<DomainRuleException>(() =>
            CaseData.InCommittee().EnterStage("registration", comesAfterCommittee: true)).Field);

    [Fact]
    public void The_committee_may_send_the_case_back_before_it_decides()
    {
        var serviceCase = CaseData.InCommittee();
        serviceCase.EnterStage("verify", comesAfterCommittee: false);

        Assert.Equal("verify", serviceCase.CurrentStage);
        Assert.Equal(CaseStatus.Open, serviceCase.Status);
    }

    [Fact]
    public void An_accepted_case_goes_on_to_registration_and_delivery_then_completes()
    {
        var serviceCase = CaseData.Accepted();
        serviceCase.EnterStage("registration", comesAfterCommittee: true);
        Assert.Equal(CaseStatus.Open, serviceCase.Status);
        serviceCase.EnterStage("deliver", comesAfterCommittee: true);
        serviceCase.Complete(Later);

        Assert.Equal(CaseStatus.Completed, serviceCase.Status);
        Assert.Equal("deliver", serviceCase.CurrentStage);
        Assert.Equal(Later, serviceCase.ClosedAt);
        Assert.True(serviceCase.IsClosed);
    }

    [Fact]
    public void A_rejected_case_cannot_go_on_nor_complete_but_closes_as_rejected()
    {
        var serviceCase = CaseData.RejectedByCommittee();
        Assert.Equal("stage", Assert.Throws<DomainRuleException>(() => serviceCase.EnterStage("deliver", comesAfterCommittee: true)).Field);
        Assert.Throws<DomainRuleException>(() => serviceCase.Complete(Later));

        serviceCase.Reject(Later);

        Assert.Equal(CaseStatus.Rejected, serviceCase.Status);
        Assert.Equal(Later, serviceCase.ClosedAt);
    }

    [Fact]
    public void A_case_is_rejected_only_by_the_committees_reject_decision()
    {
        Assert.Equal("decision", Assert.Throws<DomainRuleException>(() => CaseData.Opened().Reject(Later)).Field);
        Assert.Throws<DomainRuleException>(() => CaseData.Accepted().Reject(Later));
    }

    [Fact]
    public void A_case_cannot_complete_while_the_committee_has_yet_to_answer() =>
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => CaseData.InCommittee().Complete(Later)).Field);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_stage_has_an_id(string stage) =>
        Assert.Equal("stage", Assert.Throws<DomainRuleException>(() => CaseData.Opened().EnterStage(stage, comesAfterCommittee: false)).Field);

    [Fact]
    public void The_first_deadline_breach_is_kept()
    {
        var serviceCase = CaseData.InCommittee();
        Assert.True(serviceCase.MarkDeadlineBreached(CaseData.OpenedAt.AddDays(14)));
        Assert.False(serviceCase.MarkDeadlineBreached(CaseData.OpenedAt.AddDays(15)));

        Assert.True(serviceCase.IsDeadlineBreached);
        Assert.Equal(CaseData.OpenedAt.AddDays(14), serviceCase.BreachedAt);
    }

    [Fact]
    public void A_timer_firing_after_the_case_closed_does_not_mark_a_breach()
    {
        var serviceCase = CaseData.Accepted();
        serviceCase.Complete(Later);

        Assert.False(serviceCase.MarkDeadlineBreached(Later.AddMinutes(1)));
        Assert.False(serviceCase.IsDeadlineBreached);
        Assert.Null(serviceCase.BreachedAt);
    }

    [Fact]
    public void A_closed_case_refuses_changes_but_still_takes_notes()
    {
        var serviceCase = CaseData.Accepted();
        serviceCase.Complete(Later);

        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => serviceCase.EnterStage("receive", comesAfterCommittee: false)).Field);
        Assert.Throws<DomainRuleException>(() => serviceCase.AddAttachment("a.pdf", "application/pdf", 10, "k", "u", Later));
        Assert.Throws<DomainRuleException>(() => serviceCase.Complete(Later));
        Assert.Throws<DomainRuleException>(serviceCase.AwaitMember);
        serviceCase.AddNote("officer.khalid", "اتصل العضو شاكرًا", Later.AddDays(1));
        Assert.Single(serviceCase.Notes);
    }

    [Fact]
    public void Cancelling_keeps_the_reason_as_a_note()
    {
        var serviceCase = CaseData.Opened();
        serviceCase.Cancel("طلب العضو إلغاء الطلب هاتفيًا", "officer.khalid", Later);

        Assert.Equal(CaseStatus.Cancelled, serviceCase.Status);
        Assert.Equal("طلب العضو إلغاء الطلب هاتفيًا", Assert.Single(serviceCase.Notes).Text);
        Assert.Equal("reason", Assert.Throws<DomainRuleException>(() => CaseData.Opened().Cancel(" ", "officer.khalid", Later)).Field);
    }

    [Fact]
    public void The_workflow_instance_is_attached_once()
    {
        var serviceCase = CaseData.Opened();
        serviceCase.AttachWorkflow("wf-7c1e");
        serviceCase.AttachWorkflow("wf-7c1e");
        Assert.Equal("wf-7c1e", serviceCase.WorkflowInstanceId);
        Assert.Throws<InvalidOperationException>(() => serviceCase.AttachWorkflow("wf-other"));
    }

    [Fact]
    public void Rule_errors_carry_the_field_and_both_languages_for_problem_details()
    {
        var error = Assert.Throws<DomainRuleException>(() => CaseData.InCommittee().RecordDecision(DecisionOutcome.Reject, "", "لجنة البحث", Later));
        Assert.Equal(new RuleViolation("reason", "سبب الرفض مطلوب.", "A reason is required to reject a request."), error.Violation);
        Assert.Equal("سبب الرفض مطلوب.", error.MessageIn("ar-SA"));
    }
}
