using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DomatAljandal.Domain.People;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Identity;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// Only what the work needs: research committee members and social research officers see national IDs and mobiles
/// masked (the first and last digits) unless they open them with a reason, which is audited
/// (<see cref="RevealIdentifiers"/>). Whoever also holds a desk, manager or admin role sees them in full.
/// </summary>
public static partial class IdentifierMasking
{
    private const char Hidden = '•';

    public static bool AppliesTo(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (user.IsInRole(Roles.CommitteeMember) || user.IsInRole(Roles.SocialResearcher))
               && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Manager) && !user.IsInRole(Roles.MemberRelationsOfficer);
    }

    /// <summary>«1••••••514»: the first digit (citizen or resident) and the last three.</summary>
    public static string NationalId(string value) =>
        value.Length <= 4 ? new string(Hidden, value.Length) : $"{value[0]}{new string(Hidden, value.Length - 4)}{value[^3..]}";

    /// <summary>«+9665•••••567» or «05•••••567».</summary>
    public static string Mobile(string value)
    {
        var keep = value.StartsWith('+') ? 5 : 2;
        return value.Length <= keep + 3 ? new string(Hidden, value.Length) : $"{value[..keep]}{new string(Hidden, value.Length - keep - 3)}{value[^3..]}";
    }

    /// <summary>
    /// Free text with every national ID and Saudi mobile it holds masked (a relative's ID in a description, a mobile typed in
    /// a form): what members and staff write is not typed, so any run of digits that is a valid ID or mobile counts.
    /// </summary>
    public static string InText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DigitRun().Replace(text, run => Masked(run.Value) ?? DigitsOnly().Replace(run.Value, digits => Masked(digits.Value) ?? digits.Value));
    }

    /// <summary>True when <paramref name="text"/> holds a national ID or a mobile that <see cref="InText"/> masks.</summary>
    public static bool HoldsIdentifiers(string text) => !string.Equals(InText(text), text, StringComparison.Ordinal);

    /// <summary>A copy of <paramref name="node"/> with <see cref="InText"/> applied to every string in it.</summary>
    public static JsonNode? InJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, InJson(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(InJson)]),
        JsonValue v when v.TryGetValue<string>(out var text) => JsonValue.Create(InText(text)),
        _ => node.DeepClone(),
    };

    private static string? Masked(string written)
    {
        var ascii = ArabicText.ToAsciiDigits(written).Trim();
        if (ascii.All(char.IsAsciiDigit) && Domain.People.NationalId.TryParse(ascii, out _))
        {
            return NationalId(ascii);
        }

        return MobileNumber.TryParse(ascii, out var mobile) ? Mobile(mobile.LocalNumber) : null;
    }

    /// <summary>Digits (ASCII, Arabic-Indic, Persian) with the spaces, dashes and brackets people write numbers with.</summary>
    [GeneratedRegex(@"\+?[0-9\u0660-\u0669\u06F0-\u06F9][0-9\u0660-\u0669\u06F0-\u06F9 \-()]{7,18}[0-9\u0660-\u0669\u06F0-\u06F9]")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\+?[0-9\u0660-\u0669\u06F0-\u06F9]+")]
    private static partial Regex DigitsOnly();
}
