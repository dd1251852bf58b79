using System.Globalization;
using System.Text.RegularExpressions;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.Cases;

/// <summary>
/// A service the society offers members (membership registration, support request, volunteering…): its names,
/// the checklist the officer verifies at step 2 — the fields the form asks for and the documents to attach —
/// and the workflow definition that runs its procedure. Identified by its <see cref="Code"/>.
/// </summary>
public sealed partial class ServiceType
{
    public const int MaxCodeLength = 64;

    /// <summary>The membership registration: completing its registration stage writes the membership onto the member.</summary>
    public const string MembershipRegistrationCode = "membership-registration";

    /// <summary>How a checklist item is named in gaps and requests: <c>submittedData.{field}</c> or <c>documents.{document}</c>.</summary>
    public const string FieldItemPrefix = "submittedData.";

    /// <inheritdoc cref="FieldItemPrefix"/>
    public const string DocumentItemPrefix = "documents.";

    private readonly List<ServiceField> _fields = [];
    private readonly List<RequiredDocument> _documents = [];

    private ServiceType()
    {
        Code = NameAr = NameEn = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Lowercase kebab-case, e.g. <c>membership-registration</c>; unique; cases refer to it.</summary>
    public string Code { get; private set; }

    public string NameAr { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>The workflow definition that runs this service's procedure (the engine's id); required to activate.</summary>
    public string? WorkflowDefinitionId { get; private set; }

    /// <summary>Whether new cases may be opened for this service.</summary>
    public bool IsActive { get; private set; }

    public IReadOnlyList<ServiceField> Fields => _fields.AsReadOnly();

    public IReadOnlyList<RequiredDocument> Documents => _documents.AsReadOnly();

    /// <summary>A new, inactive service type. Add its checklist, bind a workflow, then <see cref="Activate"/>.</summary>
    public static ServiceType Create(string code, string nameAr, string nameEn, string? workflowDefinitionId = null)
    {
        var trimmedCode = code?.Trim() ?? string.Empty;
        if (trimmedCode.Length is 0 or > MaxCodeLength || !CodePattern().IsMatch(trimmedCode))
        {
            throw new DomainRuleException("code",
                "رمز الخدمة يُكتب بحروف إنجليزية صغيرة وأرقام وشرطات، مثل membership-registration.",
                "A service code is lowercase letters, digits and dashes, like membership-registration.");
        }

        var serviceType = new ServiceType { Id = Guid.CreateVersion7(), Code = trimmedCode };
        serviceType.Rename(nameAr, nameEn);
        serviceType.UseWorkflow(workflowDefinitionId);
        return serviceType;
    }

    public void Rename(string nameAr, string nameEn)
    {
        NameAr = Require.Text(nameAr, 200, "nameAr", "اسم الخدمة بالعربية", "The Arabic name");
        NameEn = Require.Text(nameEn, 200, "nameEn", "اسم الخدمة بالإنجليزية", "The English name");
    }

    /// <summary>Binds the workflow definition that runs the procedure; null unbinds it (only while inactive).</summary>
    public void UseWorkflow(string? workflowDefinitionId)
    {
        var id = Require.OptionalText(workflowDefinitionId, 200, "workflowDefinitionId", "معرّف سير العمل", "The workflow definition id");
        if (id is null && IsActive)
        {
            throw new DomainRuleException("workflowDefinitionId",
                "لا يمكن إلغاء ربط سير العمل بخدمة مفعّلة؛ أوقف الخدمة أولًا.",
                "An active service must keep its workflow; deactivate the service first.");
        }

        WorkflowDefinitionId = id;
    }

    public ServiceField AddField(string key, string labelAr, string labelEn, FieldKind kind, bool isRequired = true)
    {
        var checkedKey = CheckKey(key, "fields");
        if (_fields.Any(f => f.Key == checkedKey))
        {
            throw new DomainRuleException("fields", $"الحقل «{checkedKey}» موجود في القائمة.", $"The field '{checkedKey}' is already on the checklist.");
        }

        var field = new ServiceField(
            checkedKey,
            Require.Text(labelAr, 200, "labelAr", "عنوان الحقل بالعربية", "The Arabic label"),
            Require.Text(labelEn, 200, "labelEn", "عنوان الحقل بالإنجليزية", "The English label"),
            Require.Defined(kind, "kind", "نوع الحقل", "The field kind"),
            isRequired);
        _fields.Add(field);
        return field;
    }

    public void RemoveField(string key) => _fields.RemoveAll(f => f.Key == key);

    public RequiredDocument AddDocument(string key, string labelAr, string labelEn)
    {
        var checkedKey = CheckKey(key, "documents");
        if (_documents.Any(d => d.Key == checkedKey))
        {
            throw new DomainRuleException("documents", $"المستند «{checkedKey}» موجود في القائمة.", $"The document '{checkedKey}' is already on the checklist.");
        }

        var document = new RequiredDocument(
            checkedKey,
            Require.Text(labelAr, 200, "labelAr", "اسم المستند بالعربية", "The Arabic label"),
            Require.Text(labelEn, 200, "labelEn", "اسم المستند بالإنجليزية", "The English label"));
        _documents.Add(document);
        return document;
    }

    public void RemoveDocument(string key) => _documents.RemoveAll(d => d.Key == key);

    /// <summary>Opens the service to new cases. It needs a workflow to run them.</summary>
    public void Activate()
    {
        if (WorkflowDefinitionId is null)
        {
            throw new DomainRuleException("workflowDefinitionId",
                "لا يمكن تفعيل الخدمة قبل ربطها بسير عمل.",
                "A service cannot be activated before a workflow is bound to it.");
        }

        IsActive = true;
    }

    /// <summary>Stops new cases; open cases carry on.</summary>
    public void Deactivate() => IsActive = false;

    /// <summary>
    /// Step 2, verify the submission: what the case still lacks against this checklist — required fields that are
    /// missing or blank, values of the wrong kind, fields the service does not ask for, and required documents with
    /// no attachment. Empty when the submission is complete. Reports; never throws for the member's gaps.
    /// </summary>
    public IReadOnlyList<RuleViolation> CheckSubmission(ServiceCase serviceCase)
    {
        ArgumentNullException.ThrowIfNull(serviceCase);
        if (serviceCase.ServiceTypeCode != Code)
        {
            throw new ArgumentException($"Case {serviceCase.Reference} is for '{serviceCase.ServiceTypeCode}', not '{Code}'.", nameof(serviceCase));
        }

        var violations = new List<RuleViolation>();
        var data = serviceCase.SubmittedData;
        foreach (var field in _fields)
        {
            var name = FieldItemPrefix + field.Key;
            if (!data.TryGetValue(field.Key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                if (field.IsRequired)
                {
                    violations.Add(new RuleViolation(name, $"«{field.LabelAr}» مطلوب.", $"“{field.LabelEn}” is required."));
                }
            }
            else if (field.Kind == FieldKind.Number && !IsNumber(value))
            {
                violations.Add(new RuleViolation(name, $"«{field.LabelAr}» يجب أن يكون رقمًا.", $"“{field.LabelEn}” must be a number."));
            }
            else if (field.Kind == FieldKind.Date && !IsIsoDate(value))
            {
                violations.Add(new RuleViolation(name, $"«{field.LabelAr}» يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD.", $"“{field.LabelEn}” must be a date written YYYY-MM-DD."));
            }
        }

        foreach (var key in data.Keys.Where(k => _fields.All(f => f.Key != k)))
        {
            violations.Add(new RuleViolation(FieldItemPrefix + key, $"الحقل «{key}» ليس من حقول هذه الخدمة.", $"'{key}' is not a field of this service."));
        }

        foreach (var document in _documents.Where(d => serviceCase.Attachments.All(a => a.DocumentKey != d.Key)))
        {
            violations.Add(new RuleViolation(DocumentItemPrefix + document.Key, $"المستند «{document.LabelAr}» مطلوب.", $"The document “{document.LabelEn}” is required."));
        }

        return violations;
    }

    /// <summary>
    /// The label of a checklist item named as <see cref="CheckSubmission"/> names its gaps (<c>submittedData.hiveCount</c>,
    /// <c>documents.nationalIdCopy</c>), or null when the item is not on this service's checklist.
    /// </summary>
    public (string Ar, string En)? LabelOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.StartsWith(FieldItemPrefix, StringComparison.Ordinal)
            && _fields.FirstOrDefault(f => f.Key == item[FieldItemPrefix.Length..]) is { } field)
        {
            return (field.LabelAr, field.LabelEn);
        }

        return item.StartsWith(DocumentItemPrefix, StringComparison.Ordinal)
               && _documents.FirstOrDefault(d => d.Key == item[DocumentItemPrefix.Length..]) is { } document
            ? (document.LabelAr, document.LabelEn)
            : null;
    }

    private static string CheckKey(string key, string field)
    {
        var trimmed = key?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= ServiceCase.MaxDataKeyLength && KeyPattern().IsMatch(trimmed)
            ? trimmed
            : throw new DomainRuleException(field,
                "المفتاح يبدأ بحرف إنجليزي ويتكون من حروف إنجليزية وأرقام، مثل hiveCount.",
                "A key starts with a Latin letter and has Latin letters and digits only, like hiveCount.");
    }

    private static bool IsNumber(string value) =>
        decimal.TryParse(ArabicText.ToAsciiDigits(value.Trim()).Replace('\u066B', '.').Replace('\u066C', ','), NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static bool IsIsoDate(string value) =>
        DateOnly.TryParseExact(ArabicText.ToAsciiDigits(value.Trim()), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
