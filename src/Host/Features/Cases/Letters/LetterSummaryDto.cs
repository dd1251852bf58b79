using DomatAljandal.Host.Features.Cases.Persistence;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>A letter as listed on the case.</summary>
public sealed record LetterSummaryDto(Guid Id, string Reference, LetterKind Kind, string Language, DateTimeOffset IssuedAt, string IssuedBy)
{
    public static LetterSummaryDto From(CaseLetter letter) =>
        new(letter.Id, letter.Reference, letter.Kind, letter.Language, StoredTimes.AsOffset(letter.IssuedAt), letter.IssuedBy);
}
