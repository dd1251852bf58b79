namespace DomatAljandal.Host.Features.Notifications;

/// <summary>A template filled in for one language: what an email shows (subject, text and HTML bodies) and the short SMS text.</summary>
public sealed record RenderedNotification(string Subject, string Text, string Html, string Sms);
