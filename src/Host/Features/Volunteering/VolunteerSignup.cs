namespace DomatAljandal.Host.Features.Volunteering;

/// <summary>A member signed up for an opportunity (once per opportunity).</summary>
public sealed class VolunteerSignup
{
    private VolunteerSignup()
    {
    }

    public Guid Id { get; private set; }

    public Guid OpportunityId { get; private set; }

    public Guid MemberId { get; private set; }

    public DateTimeOffset SignedUpAt { get; private set; }

    public static VolunteerSignup For(Guid opportunityId, Guid memberId, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), OpportunityId = opportunityId, MemberId = memberId, SignedUpAt = at };
}
