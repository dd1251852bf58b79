using DomatAljandal.Workflows.Scheduling;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>When a suggestion or complaint received now is to be answered by: <see cref="FeedbackOptions.AnswerWorkingDays"/> working days on.</summary>
public sealed class FeedbackDeadlines(IWorkingCalendar calendar, IOptions<FeedbackOptions> options)
{
    public async Task<DateTimeOffset> DueFromAsync(DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        await calendar.AddWorkingDaysAsync(receivedAt, options.Value.AnswerWorkingDays, cancellationToken);
}
