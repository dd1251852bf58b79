using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>The questions a service type's survey asks: the admins' own, in order, else the defaults.</summary>
public sealed class SurveyQuestionnaire(AppDbContext db)
{
    public async Task<IReadOnlyList<SurveyQuestion>> ForAsync(string serviceTypeCode, CancellationToken cancellationToken)
    {
        var own = await db.Set<SurveyQuestion>().AsNoTracking().Where(q => q.ServiceTypeCode == serviceTypeCode)
            .OrderBy(q => q.Position).ToListAsync(cancellationToken);
        return own.Count > 0 ? own : SurveyQuestion.Defaults(serviceTypeCode);
    }

    /// <summary>Whether the service type's survey asks for a free comment (yes until an admin turns it off).</summary>
    public async Task<bool> AllowsCommentAsync(string serviceTypeCode, CancellationToken cancellationToken) =>
        await db.Set<SurveySettings>().AsNoTracking().Where(s => s.ServiceTypeCode == serviceTypeCode)
            .Select(s => (bool?)s.AllowsComment).FirstOrDefaultAsync(cancellationToken) ?? true;
}

/// <summary>A question as the portal and staff screens show it.</summary>
public sealed record SurveyQuestionDto(Guid Id, int Position, string TextAr, string TextEn, IReadOnlyList<SurveyReason> LowScoreReasons)
{
    public static SurveyQuestionDto From(SurveyQuestion q) => new(q.Id, q.Position, q.TextAr, q.TextEn, q.LowScoreReasons);
}
