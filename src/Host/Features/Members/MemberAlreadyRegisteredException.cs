using DomatAljandal.Host.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DomatAljandal.Host.Features.Members;

/// <summary>409: the national ID or iqama number is on record already; names that member so the desk can open their record.</summary>
public sealed class MemberAlreadyRegisteredException(Guid existingMemberId) : ProblemException(
    StatusCodes.Status409Conflict, "A member with this national ID or iqama number is already registered.",
    $"Member {existingMemberId} has this national ID or iqama number.",
    new Dictionary<string, string[]>
    {
        ["nationalId"] = ["رقم الهوية أو الإقامة مسجل مسبقًا لعضو آخر.", "This national ID or iqama number is already registered to another member."],
    })
{
    public Guid ExistingMemberId { get; } = existingMemberId;

    public override ProblemDetails ToProblemDetails()
    {
        var problem = base.ToProblemDetails();
        problem.Extensions["existingMemberId"] = ExistingMemberId;
        return problem;
    }
}
