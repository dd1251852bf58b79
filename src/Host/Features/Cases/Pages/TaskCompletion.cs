using System.Text.Json.Nodes;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>What the task panel hands its case page to send: the outcome chosen, the task form's answers and a comment.</summary>
public sealed record TaskCompletion(Guid TaskId, string Outcome, JsonObject Data, string? Comment);
