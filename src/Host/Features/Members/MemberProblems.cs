using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Members;

/// <summary>The problems the member slices answer with, worded once.</summary>
internal static class MemberProblems
{
    public static ProblemException NotFound(Guid memberId) =>
        new(StatusCodes.Status404NotFound, "No such member.", $"There is no member {memberId}.");

    public static ProblemException DuplicateNationalId(Guid existingMemberId) => new MemberAlreadyRegisteredException(existingMemberId);

    public static ProblemException DuplicateMembershipNumber() =>
        new(StatusCodes.Status409Conflict, "This membership number is already given to another member.", null,
            new Dictionary<string, string[]> { ["membershipNumber"] = ["رقم العضوية مستخدم لعضو آخر.", "This membership number belongs to another member."] });

    public static ProblemException SavedConcurrently(string? detail) =>
        new(StatusCodes.Status409Conflict, "The member could not be saved because the same record was written at the same time. Try again.", detail);
}
