namespace DomatAljandal.Domain.Cases;

/// <summary>
/// A document a service needs (a copy of the ID, a bank letter…). An attachment supplies it when its
/// <see cref="CaseAttachment.DocumentKey"/> is this <see cref="Key"/>. Created through <see cref="ServiceType.AddDocument"/>.
/// </summary>
public sealed class RequiredDocument
{
    internal RequiredDocument(string key, string labelAr, string labelEn)
    {
        Key = key;
        LabelAr = labelAr;
        LabelEn = labelEn;
    }

    private RequiredDocument()
    {
        Key = LabelAr = LabelEn = null!;
    }

    public string Key { get; private set; }

    public string LabelAr { get; private set; }

    public string LabelEn { get; private set; }
}
