using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.People;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Host.Features.Members.Search;

/// <summary>
/// The words a member is found by, and the words a query is split into — both through <see cref="ArabicText"/>, so
/// «أحمد» and «احمد», «فاطمة» and «فاطمه», «عبد الله» and «عبدالله», «مُحَمَّد» and «محمد», ٠٥٠ and 050 meet.
/// </summary>
public static class MemberSearchTokens
{
    /// <summary>Words beyond this in a query are ignored: a four-part name and a family name are enough to find anyone.</summary>
    public const int MaxQueryTerms = 6;

    private const string Al = "ال";
    private const string Abd = "عبد";

    /// <summary>Every token of <paramref name="member"/>, with its kind (an identifier wins over a name word).</summary>
    public static IReadOnlyDictionary<string, MemberSearchTokenKind> Of(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var tokens = new Dictionary<string, MemberSearchTokenKind>(StringComparer.Ordinal);
        foreach (var word in ArabicText.Tokens(member.FullName).Concat(ArabicText.Tokens(member.EnglishName)))
        {
            foreach (var form in NameForms(word))
            {
                tokens.TryAdd(Cap(form), MemberSearchTokenKind.Name);
            }
        }

        var mobile = MobileNumber.Parse(member.Mobile);
        string?[] identifiers = [member.NationalId, mobile.Value[1..], mobile.LocalNumber, mobile.LocalNumber[1..], member.MembershipNumber?.ToLowerInvariant()];
        foreach (var identifier in identifiers.OfType<string>())
        {
            tokens[Cap(identifier)] = MemberSearchTokenKind.Identifier;
        }

        // A membership number such as "M-0042" is also found by its parts, as a query "m-0042" is split into them.
        foreach (var part in ArabicText.Tokens(member.MembershipNumber))
        {
            tokens.TryAdd(Cap(part), MemberSearchTokenKind.Identifier);
        }

        return tokens;
    }

    /// <summary>
    /// The distinct normalized terms of what the officer typed. A complete mobile number in any form (+966 50 …,
    /// 00966…, ٠٥٠…) becomes its 05… form, so it matches exactly rather than as scattered digit groups.
    /// </summary>
    public static IReadOnlyList<string> OfQuery(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        if (query.Any(char.IsDigit) && MobileNumber.TryParse(query, out var mobile))
        {
            return [mobile.LocalNumber];
        }

        return [.. ArabicText.Tokens(query).Select(Cap).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms)];
    }

    /// <summary>
    /// A name word and the forms a search may start from: «عبدالرحمن» is also found by «الرحمن» and «رحمن», and
    /// «الشمري» by «شمري» — officers often type the family name without its article.
    /// </summary>
    private static IEnumerable<string> NameForms(string word)
    {
        yield return word;
        var rest = word;
        if (rest.StartsWith(Abd + Al, StringComparison.Ordinal) && rest.Length > Abd.Length + Al.Length)
        {
            rest = rest[Abd.Length..];
            yield return rest;
        }

        if (rest.StartsWith(Al, StringComparison.Ordinal) && rest.Length >= Al.Length + 3)
        {
            yield return rest[Al.Length..];
        }
    }

    private static string Cap(string token) =>
        token.Length <= MemberSearchToken.MaxTokenLength ? token : token[..MemberSearchToken.MaxTokenLength];
}
