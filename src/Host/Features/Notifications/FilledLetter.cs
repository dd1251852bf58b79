namespace DomatAljandal.Host.Features.Notifications;

/// <summary>A letter's wording filled in for one language: subject, salutation (none when the wording has none) and paragraphs.</summary>
public sealed record FilledLetter(string Subject, string? Greeting, IReadOnlyList<string> Paragraphs);
