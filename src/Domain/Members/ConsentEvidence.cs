namespace DomatAljandal.Domain.Members;

/// <summary>
/// How a consent was expressed: when, how, who recorded it and which version of the privacy notice the member was
/// shown. <paramref name="RecordedBy"/> is the user name of the officer, or of the member in the portal.
/// </summary>
public sealed record ConsentEvidence(DateTimeOffset At, ConsentMethod Method, string RecordedBy, int? PrivacyNoticeVersion);
