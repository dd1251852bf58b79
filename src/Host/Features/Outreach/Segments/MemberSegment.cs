using DomatAljandal.Domain.Members;

namespace DomatAljandal.Host.Features.Outreach.Segments;

/// <summary>
/// Which members an announcement or a circulation is for; every criterion given narrows it (none: every member).
/// Stored as JSON with what it was sent to.
/// </summary>
/// <param name="Roles">Party roles (<see cref="MemberRoles"/> names: GeneralAssemblyMember, Supporter, Volunteer, Beneficiary); a member holding any of them.</param>
/// <param name="City">The member's city, as recorded.</param>
/// <param name="Status">Membership status.</param>
/// <param name="MinHives">At least this many hives over all the member's apiaries.</param>
/// <param name="MaxHives">At most this many hives.</param>
/// <param name="Volunteers">True: only volunteers (holding the role or signed up for an opportunity).</param>
/// <param name="OpenRequests">True: only members with a request still open.</param>
public sealed record MemberSegment(
    IReadOnlyList<string>? Roles = null,
    string? City = null,
    MembershipStatus? Status = null,
    int? MinHives = null,
    int? MaxHives = null,
    bool? Volunteers = null,
    bool? OpenRequests = null);
