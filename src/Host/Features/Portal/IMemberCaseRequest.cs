namespace DomatAljandal.Host.Features.Portal;

/// <summary>A portal request about one of the member's cases. <see cref="MemberCaseScope{TRequest,TResponse}"/> checks the
/// case is theirs before any handler runs.</summary>
public interface IMemberCaseRequest
{
    Guid MemberId { get; }

    Guid CaseId { get; }
}
