namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// The templates <see cref="NotificationTemplates"/> knows, and the values each expects. Values named in
/// brackets are optional. The society's name and contacts are added by the renderer.
/// </summary>
public static class NotificationTemplateKeys
{
    /// <summary>Step 1, to the member: <c>reference</c>, [<c>memberName</c>], [<c>serviceName</c>], [<c>receivedAt</c>].</summary>
    public const string RequestReceived = "request-received";

    /// <summary>Step 5, to the member — the committee answers by its deadline: <c>reference</c>, [<c>memberName</c>], [<c>decisionDueAt</c>].</summary>
    public const string CommitteeReview = "committee-review";

    /// <summary>Step 2, to the member: <c>reference</c>, <c>missingItems</c> (text or a list), [<c>memberName</c>].</summary>
    public const string MissingInformation = "missing-information";

    /// <summary>Step 4, to the member: <c>reference</c>, [<c>memberName</c>], [<c>portalUrl</c>].</summary>
    public const string DeclarationToSign = "declaration-to-sign";

    /// <summary>Step 5 accepted, to the member: <c>reference</c>, [<c>memberName</c>], [<c>decidedAt</c>].</summary>
    public const string DecisionAccepted = "decision-accepted";

    /// <summary>Step 5 rejected, to the member: <c>reference</c>, <c>reason</c>, [<c>memberName</c>], [<c>decidedAt</c>].</summary>
    public const string DecisionRejected = "decision-rejected";

    /// <summary>Step 7, to the member — the service was delivered: <c>reference</c>, <c>delivered</c> (what), [<c>memberName</c>], [<c>serviceName</c>].</summary>
    public const string ServiceDelivered = "service-delivered";

    /// <summary>To the member — their request was withdrawn: <c>reference</c>, <c>reason</c>, [<c>memberName</c>].</summary>
    public const string RequestWithdrawn = "request-withdrawn";

    /// <summary>An inquiry answered, to the member on their channel: <c>reference</c>, <c>answer</c>, [<c>memberName</c>].</summary>
    public const string InquiryAnswered = "inquiry-answered";

    /// <summary>The certificate or letter the member asked for is issued: <c>reference</c>, [<c>memberName</c>], [<c>serviceName</c>].</summary>
    public const string CertificateIssued = "certificate-issued";

    /// <summary>To managers and the committee: <c>reference</c>, <c>step</c>, <c>dueAt</c>, [<c>assignee</c>], [<c>caseUrl</c>].</summary>
    public const string DeadlineBreached = "deadline-breached";

    /// <summary>A wait on the member reminds: <c>reference</c>, [<c>memberName</c>], [<c>reminder</c>], [<c>lapsesAt</c>].</summary>
    public const string MemberReminder = "member-reminder";

    /// <summary>A wait on the member lapsed and the request closes: <c>reference</c>, [<c>memberName</c>].</summary>
    public const string RequestLapsed = "request-lapsed";

    /// <summary>Portal sign-in, to the member: <c>code</c>, <c>validMinutes</c>.</summary>
    public const string PortalCode = "portal-code";

    /// <summary>A closed case's satisfaction survey, to the member: <c>reference</c>, <c>surveyUrl</c>, [<c>memberName</c>], [<c>serviceName</c>], [<c>closesAt</c>].</summary>
    public const string SurveyInvitation = "survey-invitation";

    /// <summary>The one reminder of an unanswered survey: <c>reference</c>, <c>surveyUrl</c>, [<c>memberName</c>], [<c>closesAt</c>].</summary>
    public const string SurveyReminder = "survey-reminder";

    /// <summary>The follow-up of an unhappy survey answer was closed, to the member: <c>reference</c>, <c>actionTaken</c>, [<c>memberName</c>].</summary>
    public const string SurveyFollowedUp = "survey-followed-up";

    /// <summary>
    /// To the department's managers — an unhappy survey answer opened a follow-up: <c>serviceName</c>, <c>score</c>, <c>dueAt</c>,
    /// [<c>reference</c>] (none when the answer is anonymous), [<c>comment</c>], [<c>followUpsUrl</c>].
    /// </summary>
    public const string SurveyFollowUpOpened = "survey-follow-up-opened";

    /// <summary>A complaint or suggestion got an answer, to the member: <c>reference</c>, <c>answer</c>, [<c>memberName</c>], [<c>portalUrl</c>].</summary>
    public const string FeedbackAnswered = "feedback-answered";

    /// <summary>To the department's managers — a complaint or suggestion passed its deadline unanswered: <c>reference</c>, <c>subject</c>, <c>dueAt</c>, [<c>assignee</c>].</summary>
    public const string FeedbackOverdue = "feedback-overdue";

    /// <summary>
    /// The managers' weekly summary: <c>weekOf</c>, <c>breaches</c>, <c>openTasks</c>, <c>backlog</c>, <c>opened</c>, <c>closed</c>,
    /// [<c>slowestStage</c>, <c>slowestHours</c>], [<c>satisfaction</c>], [<c>reportsUrl</c>].
    /// </summary>
    public const string WeeklySummary = "weekly-summary";

    /// <summary>An announcement to a segment of members: <c>text</c> (Arabic, English pair), [<c>memberName</c>].</summary>
    public const string Announcement = "announcement";

    /// <summary>A document circulated to read and acknowledge: <c>title</c>, <c>version</c>, [<c>memberName</c>], [<c>effectiveOn</c>].</summary>
    public const string DocumentToAcknowledge = "document-to-acknowledge";

    /// <summary>A reminder of a circulated document not yet acknowledged: <c>title</c>, <c>version</c>, [<c>memberName</c>].</summary>
    public const string DocumentReminder = "document-reminder";

    /// <summary>Membership renewal or dues ahead of their date: <c>renewalDate</c>, [<c>memberName</c>], [<c>membershipNumber</c>].</summary>
    public const string MembershipRenewalReminder = "membership-renewal-reminder";

    /// <summary>The day before a volunteering opportunity the member joined: <c>opportunity</c> (Arabic, English pair), <c>startsOn</c>, [<c>location</c>], [<c>memberName</c>].</summary>
    public const string VolunteeringReminder = "volunteering-reminder";

    /// <summary>A portal account opened at the desk, to the member: <c>code</c>, <c>validDays</c>, [<c>activationUrl</c>].</summary>
    public const string PortalActivation = "portal-activation";

    /// <summary>To the member's old address, after they changed their mobile or email in the portal: <c>changed</c> (Arabic, English pair), <c>changedAt</c>.</summary>
    public const string ContactChanged = "contact-changed";
}
