using System.Text.Json;
using System.Text.Json.Nodes;

namespace DomatAljandal.Workflows.Tasks;

/// <summary>
/// One person's vote on a task that takes several votes (<c>approvals</c>): the outcome they chose and the form they
/// filled (e.g. their reason).
/// </summary>
/// <param name="Actor">Who voted.</param>
/// <param name="Outcome">The outcome they voted for.</param>
/// <param name="Data">Their form data, or null.</param>
/// <param name="At">When.</param>
public sealed record TaskVote(string Actor, string Outcome, JsonObject? Data, DateTimeOffset At)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static List<TaskVote> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<TaskVote>>(json, Json) ?? [];

    internal static string Write(IReadOnlyList<TaskVote> votes) => JsonSerializer.Serialize(votes, Json);

    /// <summary>Whether <paramref name="outcome"/> has more than half of <paramref name="approvals"/> votes: the majority decides.</summary>
    public static bool Decides(IEnumerable<TaskVote> votes, string outcome, int approvals) =>
        votes.Count(v => v.Outcome == outcome) * 2 > approvals;
}
