namespace DomatAljandal.Host.Features.Members.Search;

/// <summary>
/// One searchable word of a member (table <c>member_search_tokens</c>): a normalized name part, the national ID, a form
/// of the mobile number or the membership number. Search reads the index on <see cref="Token"/> with a prefix range,
/// so finding «احمد» among 100,000 members touches only the index entries that start with it.
/// </summary>
public sealed class MemberSearchToken
{
    public const int MaxTokenLength = 64;

    public MemberSearchToken(Guid memberId, string token, MemberSearchTokenKind kind)
    {
        MemberId = memberId;
        Token = token;
        Kind = kind;
    }

    public Guid MemberId { get; private set; }

    /// <summary>Normalized with <see cref="Domain.Text.ArabicText.Normalize"/>; compared ordinally.</summary>
    public string Token { get; private set; }

    public MemberSearchTokenKind Kind { get; internal set; }
}
