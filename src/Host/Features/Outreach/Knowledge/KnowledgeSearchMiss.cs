namespace DomatAljandal.Host.Features.Outreach.Knowledge;

/// <summary>A search in the portal that found no answer: listed for the manager, so the missing answers get written.</summary>
public sealed class KnowledgeSearchMiss
{
    private KnowledgeSearchMiss()
    {
        Query = NormalizedQuery = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>As the member typed it.</summary>
    public string Query { get; private set; }

    /// <summary>Through the Arabic normalization, so «فاطمة» and «فاطمه» count as one question.</summary>
    public string NormalizedQuery { get; private set; }

    public Guid? MemberId { get; private set; }

    public DateTimeOffset SearchedAt { get; private set; }

    /// <summary>Set when the manager marks the question answered (or not worth an answer).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public static KnowledgeSearchMiss Of(string query, string normalized, Guid? memberId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Query = query.Length <= 200 ? query : query[..200],
        NormalizedQuery = normalized.Length <= 200 ? normalized : normalized[..200],
        MemberId = memberId,
        SearchedAt = now,
    };

    public void Close(DateTimeOffset now) => ClosedAt ??= now;
}
