namespace DomatAljandal.Domain.Text;

/// <summary>
/// How many SMS segments a text takes, as carriers count them: text with any character outside the GSM 7-bit alphabet
/// (Arabic always) is sent as UCS-2 — 70 characters in one message, 67 a segment once it has to be split; GSM text
/// takes 160 in one message and 153 a segment when split.
/// </summary>
/// <param name="Characters">The text's length in UTF-16 units, as the carrier counts them.</param>
/// <param name="Segments">Messages the carrier bills; 0 for an empty text.</param>
/// <param name="Unicode">True when the text is sent as UCS-2 (Arabic).</param>
/// <param name="PerSegment">Characters a segment holds for this text (70/67 Unicode, 160/153 GSM).</param>
public sealed record SmsLength(int Characters, int Segments, bool Unicode, int PerSegment)
{
    public const int UnicodeSingle = 70;
    public const int UnicodeMultipart = 67;
    public const int GsmSingle = 160;
    public const int GsmMultipart = 153;

    // The GSM 03.38 basic set (the extension table's characters count as two and are rare in the society's texts).
    private const string Gsm = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    public static SmsLength Of(string? text)
    {
        text ??= string.Empty;
        var unicode = text.Any(c => !Gsm.Contains(c, StringComparison.Ordinal));
        var (single, multipart) = unicode ? (UnicodeSingle, UnicodeMultipart) : (GsmSingle, GsmMultipart);
        var segments = text.Length == 0 ? 0 : text.Length <= single ? 1 : (text.Length + multipart - 1) / multipart;
        return new SmsLength(text.Length, segments, unicode, segments > 1 ? multipart : single);
    }
}
