namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// One published version of the privacy notice (Arabic and English). Versions are never edited: an admin publishes a
/// new one, and each consent records the version the member was shown.
/// </summary>
public sealed class PrivacyNotice
{
    public const int MaxTextLength = 20_000;

    private PrivacyNotice()
    {
        TextAr = TextEn = PublishedBy = null!;
    }

    public int Version { get; private set; }

    public string TextAr { get; private set; }

    public string TextEn { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    public static PrivacyNotice Publish(int version, string textAr, string textEn, string publishedBy, DateTimeOffset now) => new()
    {
        Version = version,
        TextAr = Domain.Require.Text(textAr, MaxTextLength, "textAr", "نص الإشعار بالعربية", "The Arabic text"),
        TextEn = Domain.Require.Text(textEn, MaxTextLength, "textEn", "نص الإشعار بالإنجليزية", "The English text"),
        PublishedBy = publishedBy,
        PublishedAt = now,
    };
}
