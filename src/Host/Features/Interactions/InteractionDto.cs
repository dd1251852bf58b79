using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Interactions;

/// <summary>An interaction as the API and the member page show it; the channel's name in both languages.</summary>
public sealed record InteractionDto(
    Guid Id,
    Guid MemberId,
    Channel Channel,
    string ChannelNameAr,
    string ChannelNameEn,
    InteractionDirection Direction,
    string Subject,
    string? Summary,
    Guid? CaseId,
    string? CaseReference,
    string? IncomingReference,
    string RecordedBy,
    DateTimeOffset At)
{
    public static InteractionDto From(Interaction i, string? caseReference) => new(i.Id, i.MemberId, i.Channel, ChannelNames.Arabic(i.Channel),
        ChannelNames.English(i.Channel), i.Direction, i.Subject, i.Summary, i.CaseId, caseReference, i.IncomingReference, i.RecordedBy, i.At);
}
