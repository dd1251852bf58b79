namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// إقرار بصحة البيانات — the declaration wording the applicant signs (step 4), with its version. A signed declaration
/// keeps the wording as it was; change the text here together with <see cref="Version"/>.
/// </summary>
public static class DeclarationWording
{
    public const string Version = "2026-01";

    public const string Arabic =
        "أقر أنا الموقع أدناه بأن جميع البيانات والمعلومات والمستندات التي قدمتها إلى الجمعية التعاونية لنحالي دومة الجندل " +
        "في هذا الطلب صحيحة وكاملة، وأتحمل المسؤولية المباشرة عن صحتها، وأتعهد بإبلاغ الجمعية بأي تغيير يطرأ عليها.";

    public const string English =
        "I, the undersigned, declare that all the data, information and documents I have given the Dawmat al-Jandal Beekeepers " +
        "Cooperative Society in this request are correct and complete, that I am directly responsible for their correctness, " +
        "and that I will tell the society of any change to them.";

    public static string Text => $"{Arabic}\n\n{English}";
}
