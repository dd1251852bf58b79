namespace DomatAljandal.Domain.Cases;

/// <summary>
/// إقرار بصحة البيانات — step 4: the applicant declares the data is correct and signs; they answer for it.
/// Keeps the exact text and its version as signed. Recorded through <see cref="ServiceCase.RecordDeclaration"/>.
/// </summary>
public sealed class Declaration
{
    internal Declaration(string textVersion, string text, string signerName, DeclarationMethod method, DateTimeOffset signedAt, string? ipAddress)
    {
        TextVersion = textVersion;
        Text = text;
        SignerName = signerName;
        Method = method;
        SignedAt = signedAt;
        IpAddress = ipAddress;
    }

    private Declaration()
    {
        TextVersion = Text = SignerName = null!;
    }

    /// <summary>Which version of the declaration wording was signed, e.g. <c>2026-01</c>.</summary>
    public string TextVersion { get; private set; }

    /// <summary>The wording exactly as shown to the signer.</summary>
    public string Text { get; private set; }

    public string SignerName { get; private set; }

    public DeclarationMethod Method { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>The signer's IP address when signed on the portal; null for paper.</summary>
    public string? IpAddress { get; private set; }
}
