using System.Net;

namespace DomatAljandal.Domain.Cases;

/// <summary>
/// طلب خدمة عضو / معاملة — a member's request for a service and its handling through the procedure's stages.
/// The workflow instance drives the stages (declared in its definition); this entity keeps the facts and refuses what
/// the policy does not allow.
/// Times are passed in (the host's <c>TimeProvider</c>), never read from the clock here.
/// </summary>
public sealed class ServiceCase
{
    public const int MaxDataKeyLength = 64;
    public const int MaxDataValueLength = 4000;
    public const int MaxDataEntries = 200;
    public const int MaxStageLength = 200;

    /// <summary>
    /// The id of the research committee's stage (لجنة البحث) in a procedure definition: while the case stands in it the
    /// case is with the committee, and only then can the committee's decision be recorded.
    /// </summary>
    public const string CommitteeStage = "committee";

    /// <summary>The id of the verification stage (step 2): its <c>Complete</c> is checked against the checklist, its <c>MissingInformation</c> names what is missing.</summary>
    public const string VerifyStage = "verify";

    /// <summary>The id of the stage that completes the registration (step 6): a membership request's membership is written onto the member there.</summary>
    public const string RegistrationStage = "registration";

    /// <summary>The id of the stage that delivers the service (step 7): what was delivered is recorded and the member told.</summary>
    public const string DeliverStage = "deliver";

    /// <summary>The document key of a file that is what was delivered to the member (a certificate, a letter…).</summary>
    public const string DeliveredDocumentKey = "delivered";

    public const int MaxRequestedItems = 50;

    private readonly List<CaseNote> _notes = [];
    private readonly List<CaseAttachment> _attachments = [];
    private readonly Dictionary<string, string> _submittedData = new(StringComparer.Ordinal);
    private readonly List<string> _requestedItems = [];

    private ServiceCase()
    {
        Reference = null!;
        ServiceTypeCode = null!;
    }

    public Guid Id { get; private set; }

    public CaseReference Reference { get; private set; }

    public Guid MemberId { get; private set; }

    public string ServiceTypeCode { get; private set; }

    /// <summary>How the member reached the society for this request.</summary>
    public Channel Channel { get; private set; }

    /// <summary>The form's answers by field key (see <see cref="ServiceType.Fields"/>); frozen once the declaration is signed.</summary>
    public IReadOnlyDictionary<string, string> SubmittedData => _submittedData.AsReadOnly();

    public CaseStatus Status { get; private set; }

    /// <summary>The stage of its procedure the case stands in (a stage id of its workflow's definition); null before the first.</summary>
    public string? CurrentStage { get; private set; }

    /// <summary>The workflow instance running this case's procedure; set once.</summary>
    public string? WorkflowInstanceId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the case was completed, rejected or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>تجاوز المهلة — a deadline of the procedure passed before the case moved on.</summary>
    public bool IsDeadlineBreached { get; private set; }

    public DateTimeOffset? BreachedAt { get; private set; }

    public IReadOnlyList<CaseNote> Notes => _notes.AsReadOnly();

    public IReadOnlyList<CaseAttachment> Attachments => _attachments.AsReadOnly();

    public Declaration? Declaration { get; private set; }

    public CommitteeDecision? Decision { get; private set; }

    /// <summary>
    /// What the officer asked the member for at verification (missing information): checklist items as the gaps name them
    /// (<c>submittedData.hiveCount</c>, <c>documents.nationalIdCopy</c>). Emptied when the member answers.
    /// </summary>
    public IReadOnlyList<string> RequestedItems => _requestedItems.AsReadOnly();

    /// <summary>The officer's own words with the request for missing information, if any.</summary>
    public string? RequestedNote { get; private set; }

    /// <summary>Why verification was completed although the checklist had gaps (audited); null when it was complete.</summary>
    public CaseStatement? VerificationOverride { get; private set; }

    /// <summary>What was delivered to the member at the last step.</summary>
    public CaseStatement? Delivery { get; private set; }

    /// <summary>Why the request was withdrawn, and who withdrew it (the member, or an officer at their request).</summary>
    public CaseStatement? Withdrawal { get; private set; }

    public bool IsClosed => Status is CaseStatus.Completed or CaseStatus.Rejected or CaseStatus.Cancelled or CaseStatus.Lapsed;

    /// <summary>
    /// Receive: opens a case for an active service, as received — gaps in the data are found when it is verified
    /// with <see cref="ServiceType.CheckSubmission"/>, not refused here.
    /// </summary>
    public static ServiceCase Open(
        CaseReference reference,
        Guid memberId,
        ServiceType serviceType,
        Channel channel,
        IReadOnlyDictionary<string, string>? submittedData,
        DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(serviceType);
        if (memberId == Guid.Empty)
        {
            throw new DomainRuleException("memberId", "يجب تحديد العضو صاحب الطلب.", "The member making the request is required.");
        }

        if (!serviceType.IsActive)
        {
            throw new DomainRuleException("serviceTypeCode",
                $"خدمة «{serviceType.NameAr}» غير متاحة حاليًا.",
                $"The service “{serviceType.NameEn}” is not available at the moment.");
        }

        var serviceCase = new ServiceCase
        {
            Id = Guid.CreateVersion7(createdAt),
            Reference = reference,
            MemberId = memberId,
            ServiceTypeCode = serviceType.Code,
            Channel = Require.Defined(channel, "channel", "قناة التواصل", "The channel"),
            Status = CaseStatus.Open,
            CreatedAt = createdAt,
        };
        serviceCase.MergeData(submittedData ?? new Dictionary<string, string>());
        return serviceCase;
    }

    /// <summary>Links the workflow instance that runs this case. Set once; setting the same id again is harmless.</summary>
    public void AttachWorkflow(string workflowInstanceId)
    {
        var id = Require.Text(workflowInstanceId, 200, "workflowInstanceId", "معرّف نسخة سير العمل", "The workflow instance id");
        if (WorkflowInstanceId is not null && WorkflowInstanceId != id)
        {
            throw new InvalidOperationException($"Case {Reference} already runs in workflow instance {WorkflowInstanceId}.");
        }

        WorkflowInstanceId = id;
    }

    /// <summary>
    /// The member adds or corrects answers (key by key; other answers stay). Not after the declaration is signed —
    /// the signature covers the data as it was. If the case was waiting for the member, it resumes.
    /// </summary>
    public void SupplementData(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        EnsureOpen();
        if (Declaration is not null)
        {
            throw new DomainRuleException("submittedData",
                "لا يمكن تعديل البيانات بعد توقيع الإقرار بصحتها.",
                "The data cannot change after the declaration that it is correct has been signed.");
        }

        MergeData(data);
        ResumeFromMember();
    }

    /// <summary>
    /// Verification found information missing: the items asked for (checklist items, see <see cref="RequestedItems"/>) and the
    /// officer's words. Something must be named, so the member is never told only "something is missing".
    /// </summary>
    public void RequestInformation(IReadOnlyCollection<string> items, string? note)
    {
        ArgumentNullException.ThrowIfNull(items);
        EnsureOpen();
        var checkedNote = Require.OptionalText(note, CaseNote.MaxTextLength, "missingItems", "المعلومات الناقصة", "The missing information");
        var distinct = items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0 && checkedNote is null)
        {
            throw new DomainRuleException("missingItems",
                "حدّد المعلومات أو المستندات الناقصة ليعرف العضو ما المطلوب منه.",
                "Name the missing information or documents so the member knows what is asked of them.");
        }

        if (distinct.Count > MaxRequestedItems || distinct.Any(i => i.Length > MaxDataKeyLength + 20))
        {
            throw new DomainRuleException("requestedItems", "قائمة النواقص غير صالحة.", "The list of missing items is not valid.");
        }

        _requestedItems.Clear();
        _requestedItems.AddRange(distinct);
        RequestedNote = checkedNote;
    }

    /// <summary>
    /// The officer completes verification although the checklist still has gaps, and says why. Kept on the case (and
    /// audited by the host); a later override replaces it.
    /// </summary>
    public void OverrideVerification(string reason, string by, DateTimeOffset at)
    {
        EnsureOpen();
        VerificationOverride = Statement(reason, by, at, "overrideReason", "سبب تجاوز النواقص", "The reason for completing despite the gaps");
    }

    /// <summary>Step 7: what was delivered to the member (required), by whom.</summary>
    public void RecordDelivery(string whatWasDelivered, string by, DateTimeOffset at)
    {
        EnsureOpen();
        Delivery = Statement(whatWasDelivered, by, at, "deliveryNotes", "ما قُدّم للعضو", "What was delivered");
    }

    /// <summary>
    /// The member withdraws the request (themselves, or through an officer), with a reason: the case closes as cancelled
    /// and the reason is kept, also as a note.
    /// </summary>
    public void Withdraw(string reason, string withdrawnBy, DateTimeOffset at)
    {
        EnsureOpen();
        Withdrawal = Statement(reason, withdrawnBy, at, "reason", "سبب سحب الطلب", "The reason for withdrawing");
        AddNote(withdrawnBy, $"سُحب الطلب: {Withdrawal.Text}", at);
        Close(CaseStatus.Cancelled, at);
    }

    /// <summary>The case waits for the member (missing information, a document, a clarification).</summary>
    public void AwaitMember()
    {
        EnsureOpen();
        Status = CaseStatus.AwaitingMember;
    }

    /// <summary>The member is back (or staff resume without them): the case is handled again.</summary>
    public void ResumeFromMember()
    {
        EnsureOpen();
        if (Status == CaseStatus.AwaitingMember)
        {
            Status = StatusForStage(CurrentStage);
            _requestedItems.Clear();
            RequestedNote = null;
        }
    }

    /// <summary>Notes may be added to closed cases too: follow-up remarks belong with the case.</summary>
    public CaseNote AddNote(string author, string text, DateTimeOffset at)
    {
        var note = new CaseNote(
            Require.Text(author, 200, "author", "كاتب الملاحظة", "The author"),
            Require.Text(text, CaseNote.MaxTextLength, "text", "نص الملاحظة", "The note's text"),
            at);
        _notes.Add(note);
        return note;
    }

    /// <summary>Records an uploaded file after <see cref="AttachmentPolicy.Check"/>. <paramref name="documentKey"/> says which required document it supplies.</summary>
    public CaseAttachment AddAttachment(
        string fileName,
        string contentType,
        long sizeBytes,
        string storageKey,
        string uploadedBy,
        DateTimeOffset uploadedAt,
        string? documentKey = null)
    {
        EnsureOpen();
        if (AttachmentPolicy.Check(fileName, contentType, sizeBytes) is { } violation)
        {
            throw new DomainRuleException(violation);
        }

        var attachment = new CaseAttachment(
            fileName.Trim(),
            AttachmentPolicy.NormalizeType(contentType),
            sizeBytes,
            Require.Text(storageKey, 500, "storageKey", "مفتاح التخزين", "The storage key"),
            Require.Text(uploadedBy, 200, "uploadedBy", "رافع الملف", "The uploader"),
            uploadedAt,
            Require.OptionalText(documentKey, MaxDataKeyLength, "documentKey", "نوع المستند", "The document key"));
        _attachments.Add(attachment);
        return attachment;
    }

    /// <summary>
    /// Removes every attachment, open or closed case alike: the member's erasure, since a scan of an ID or a signature cannot
    /// be anonymized and the kept case does not need it. Returns what was removed, so its stored bytes can be deleted.
    /// </summary>
    public IReadOnlyList<CaseAttachment> RemoveAttachmentsForErasure()
    {
        var removed = _attachments.ToList();
        _attachments.Clear();
        return removed;
    }

    /// <summary>The declaration: the applicant declares the data correct and signs. Once per case; the data is then frozen.</summary>
    public void RecordDeclaration(
        string textVersion,
        string text,
        string signerName,
        DeclarationMethod method,
        DateTimeOffset signedAt,
        string? ipAddress = null)
    {
        EnsureOpen();
        if (Declaration is not null)
        {
            throw new DomainRuleException("declaration", "الإقرار بصحة البيانات موقّع مسبقًا لهذا الطلب.", "The declaration for this case has already been signed.");
        }

        var ip = string.IsNullOrWhiteSpace(ipAddress) ? null : ipAddress.Trim();
        if (ip is not null && !IPAddress.TryParse(ip, out _))
        {
            throw new DomainRuleException("ipAddress", "عنوان IP غير صالح.", "The IP address is not valid.");
        }

        Declaration = new Declaration(
            Require.Text(textVersion, 50, "textVersion", "إصدار نص الإقرار", "The declaration's version"),
            Require.Text(text, 8000, "text", "نص الإقرار", "The declaration's text"),
            Require.Text(signerName, 200, "signerName", "اسم الموقّع", "The signer's name"),
            Require.Defined(method, "method", "طريقة التوقيع", "The signing method"),
            signedAt,
            ip);
    }

    /// <summary>
    /// The research committee's accept or reject, with its reason (required for both: the member is told why).
    /// Only while the case is with the committee, and only once.
    /// </summary>
    public void RecordDecision(DecisionOutcome outcome, string reason, string decidedBy, DateTimeOffset decidedAt,
        IReadOnlyList<CommitteeVote>? votes = null)
    {
        EnsureOpen();
        if (Decision is not null)
        {
            throw new DomainRuleException("decision", "قرار اللجنة مسجّل مسبقًا لهذا الطلب.", "The committee's decision on this case has already been recorded.");
        }

        if (Status != CaseStatus.InCommittee)
        {
            throw new DomainRuleException("decision",
                "لا يُسجَّل قرار اللجنة إلا والطلب لدى لجنة البحث.",
                "A committee decision can only be recorded while the case is with the research committee.");
        }

        var checkedOutcome = Require.Defined(outcome, "outcome", "القرار", "The outcome");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw checkedOutcome == DecisionOutcome.Reject
                ? new DomainRuleException("reason", "سبب الرفض مطلوب.", "A reason is required to reject a request.")
                : new DomainRuleException("reason", "سبب القرار مطلوب.", "A reason for the decision is required.");
        }

        Decision = new CommitteeDecision(
            checkedOutcome,
            Require.Text(reason, 4000, "reason", "سبب القرار", "The reason"),
            Require.Text(decidedBy, 200, "decidedBy", "مسجّل القرار", "Who decided"),
            decidedAt,
            votes ?? []);
    }

    /// <summary>
    /// A deadline passed. Returns whether this call marked it: the first breach is kept, and a closed case is
    /// never marked (a timer may fire just after the case closed).
    /// </summary>
    public bool MarkDeadlineBreached(DateTimeOffset at)
    {
        if (IsClosed || IsDeadlineBreached)
        {
            return false;
        }

        IsDeadlineBreached = true;
        BreachedAt = at;
        return true;
    }

    /// <summary>
    /// The case enters a stage of its procedure as the workflow reaches it (back or forth). The committee's stage puts the
    /// case with the committee; any other stage makes it open, ending a wait for the member. A stage that comes after the
    /// committee's (<paramref name="comesAfterCommittee"/>, from the definition's order) is refused while the committee has
    /// yet to decide, and after it rejected.
    /// </summary>
    public void EnterStage(string stageId, bool comesAfterCommittee)
    {
        EnsureOpen();
        var stage = Require.Text(stageId, MaxStageLength, "stage", "المرحلة", "The stage");
        if (comesAfterCommittee)
        {
            if (Status == CaseStatus.InCommittee && Decision is null)
            {
                throw new DomainRuleException("stage",
                    "لا يتقدم الطلب بعد لجنة البحث قبل تسجيل قرارها.",
                    "The case cannot go past the research committee before its decision is recorded.");
            }

            if (Decision?.Outcome == DecisionOutcome.Reject)
            {
                throw new DomainRuleException("stage",
                    "رفضت لجنة البحث الطلب؛ لا يُستكمل.",
                    "The research committee rejected the request; it cannot go on.");
            }
        }

        CurrentStage = stage;
        Status = StatusForStage(stage);
    }

    /// <summary>The service was delivered. Not while the committee has yet to answer, nor after it rejected.</summary>
    public void Complete(DateTimeOffset at)
    {
        EnsureOpen();
        if (Decision?.Outcome == DecisionOutcome.Reject)
        {
            throw new DomainRuleException("status", "رفضت لجنة البحث الطلب؛ لا يمكن إكماله.", "The research committee rejected the request; it cannot be completed.");
        }

        if (Status == CaseStatus.InCommittee && Decision is null)
        {
            throw new DomainRuleException("status", "لا يكتمل الطلب قبل قرار لجنة البحث.", "The case cannot be completed before the research committee decides.");
        }

        Close(CaseStatus.Completed, at);
    }

    /// <summary>Closes the case as rejected; the committee's reject decision must be recorded first.</summary>
    public void Reject(DateTimeOffset at)
    {
        EnsureOpen();
        if (Decision?.Outcome != DecisionOutcome.Reject)
        {
            throw new DomainRuleException("decision",
                "لا يُرفض الطلب إلا بقرار رفض من لجنة البحث مع سببه.",
                "A case is rejected only by a recorded reject decision of the research committee, with its reason.");
        }

        Close(CaseStatus.Rejected, at);
    }

    /// <summary>The member did not answer within the wait's lapse: the case closes as lapsed.</summary>
    public void Lapse(DateTimeOffset at)
    {
        EnsureOpen();
        Close(CaseStatus.Lapsed, at);
    }

    /// <summary>Withdrawn by the member or cancelled by staff; the reason is kept as a note.</summary>
    public void Cancel(string reason, string cancelledBy, DateTimeOffset at)
    {
        EnsureOpen();
        var checkedReason = Require.Text(reason, CaseNote.MaxTextLength, "reason", "سبب الإلغاء", "The reason for cancelling");
        AddNote(cancelledBy, checkedReason, at);
        Close(CaseStatus.Cancelled, at);
    }

    private static CaseStatement Statement(string text, string by, DateTimeOffset at, string field, string nameAr, string nameEn) => new(
        Require.Text(text, CaseStatement.MaxTextLength, field, nameAr, nameEn),
        Require.Text(by, 200, "by", "المسجِّل", "Who recorded it"),
        at);

    private static CaseStatus StatusForStage(string? stage) =>
        stage == CommitteeStage ? CaseStatus.InCommittee : CaseStatus.Open;

    private void Close(CaseStatus status, DateTimeOffset at)
    {
        Status = status;
        ClosedAt = at;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleException("status",
                $"الطلب {Reference} مغلق.",
                $"Case {Reference} is closed.");
        }
    }

    // Checks every entry before changing anything, so a refused merge leaves the data as it was.
    private void MergeData(IReadOnlyDictionary<string, string> data)
    {
        var staged = new List<KeyValuePair<string, string>>(data.Count);
        foreach (var (key, value) in data)
        {
            var trimmedKey = key?.Trim();
            if (string.IsNullOrEmpty(trimmedKey) || trimmedKey.Length > MaxDataKeyLength)
            {
                throw new DomainRuleException("submittedData", "اسم حقل في البيانات غير صالح.", "A field name in the submitted data is not valid.");
            }

            if (value is not null && value.Length > MaxDataValueLength)
            {
                throw new DomainRuleException($"submittedData.{trimmedKey}",
                    $"القيمة أطول من المسموح ({MaxDataValueLength} حرفًا).",
                    $"The value is longer than the {MaxDataValueLength} characters allowed.");
            }

            staged.Add(new(trimmedKey, value?.Trim() ?? string.Empty));
        }

        if (_submittedData.Keys.Union(staged.Select(e => e.Key)).Count() > MaxDataEntries)
        {
            throw new DomainRuleException("submittedData", "عدد الحقول أكبر من المسموح.", $"More than {MaxDataEntries} fields were submitted.");
        }

        foreach (var (key, value) in staged)
        {
            _submittedData[key] = value;
        }
    }
}
