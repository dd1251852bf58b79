namespace DomatAljandal.Domain.Cases;

/// <summary>One field a service's form asks for. Created through <see cref="ServiceType.AddField"/>.</summary>
public sealed class ServiceField
{
    internal ServiceField(string key, string labelAr, string labelEn, FieldKind kind, bool isRequired)
    {
        Key = key;
        LabelAr = labelAr;
        LabelEn = labelEn;
        Kind = kind;
        IsRequired = isRequired;
    }

    private ServiceField()
    {
        Key = LabelAr = LabelEn = null!;
    }

    /// <summary>The key in <see cref="ServiceCase.SubmittedData"/>, e.g. <c>hiveCount</c>.</summary>
    public string Key { get; private set; }

    public string LabelAr { get; private set; }

    public string LabelEn { get; private set; }

    public FieldKind Kind { get; private set; }

    public bool IsRequired { get; private set; }
}
