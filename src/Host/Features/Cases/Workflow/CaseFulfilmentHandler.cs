using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// Steps 6 and 7 do their work as their tasks complete (the task's stage says which, not a node an admin could delete):
/// <list type="bullet">
/// <item>Completing a task of the registration stage of a membership registration writes the membership onto the member:
/// an allocated membership number, the shares (the task's <c>shares</c>, else the request's <c>sharesRequested</c>, else
/// one), the joining day, and the apiary of the request (<c>apiaryLocation</c>, <c>hiveCount</c>).</item>
/// <item>Completing a task of the delivery stage records what was delivered (<c>deliveryNotes</c>, required) and tells the
/// member through the outbox.</item>
/// </list>
/// Inside the completion's unit of work: a refusal (e.g. a member who is not active) leaves the task open.
/// </summary>
public sealed class CaseFulfilmentHandler(
    CaseLookup cases,
    AppDbContext db,
    ReferenceNumbers numbers,
    CaseNotices notices,
    AuditTrail audit,
    IOptions<SocietyOptions> society,
    TimeProvider clock,
    ILogger<CaseFulfilmentHandler> logger) : INotificationHandler<TaskCompleted>
{
    public const string MembershipScope = "membership";
    public const string SharesField = "shares";
    public const string DeliveryNotesField = "deliveryNotes";

    public async Task Handle(TaskCompleted notification, CancellationToken cancellationToken)
    {
        if (notification.StageId is not (ServiceCase.RegistrationStage or ServiceCase.DeliverStage) || notification.Outcome == HumanTaskActivity.TimeoutOutcome)
        {
            return;
        }

        var serviceCase = await cases.ForStartingInstanceAsync(notification.InstanceId, cancellationToken);
        if (serviceCase is null || serviceCase.IsClosed)
        {
            return;
        }

        if (notification.StageId == ServiceCase.DeliverStage)
        {
            await RecordDeliveryAsync(serviceCase, notification, cancellationToken);
        }
        else if (serviceCase.ServiceTypeCode == ServiceType.MembershipRegistrationCode)
        {
            await WriteMembershipAsync(serviceCase, notification.Data, cancellationToken);
        }
    }

    private async Task RecordDeliveryAsync(ServiceCase serviceCase, TaskCompleted notification, CancellationToken cancellationToken)
    {
        var delivered = CaseData.TextOf(notification.Data, DeliveryNotesField) ?? string.Empty;
        serviceCase.RecordDelivery(delivered, notification.Actor, clock.GetUtcNow());
        CaseVersion.Touch(db, serviceCase);
        await notices.TellMemberAsync(serviceCase, NotificationTemplateKeys.ServiceDelivered,
            new Dictionary<string, object?> { ["delivered"] = serviceCase.Delivery!.Text }, cancellationToken);
        logger.LogInformation("Case {CaseReference}: delivery recorded by {Actor}", serviceCase.Reference.Value, notification.Actor);
    }

    private async Task WriteMembershipAsync(ServiceCase serviceCase, JsonObject? data, CancellationToken cancellationToken)
    {
        var member = await db.Set<Member>().FirstAsync(m => m.Id == serviceCase.MemberId, cancellationToken);
        var before = MemberAuditSnapshot.Of(member);
        var request = serviceCase.SubmittedData;
        var now = clock.GetUtcNow();

        if (!member.IsGeneralAssemblyMember)
        {
            var shares = Number(data?[SharesField]) ?? Number(request.GetValueOrDefault("sharesRequested")) ?? 1;
            var year = DualDate.HijriYear(now);
            var sequence = await numbers.NextAsync(MembershipScope, year, cancellationToken);
            var membershipNumber = string.Create(CultureInfo.InvariantCulture, $"{society.Value.ReferencePrefix}-M-{year}-{sequence:00000}");
            member.AdmitToGeneralAssembly(membershipNumber, shares, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, DualDate.Riyadh).Date));
        }

        if (request.GetValueOrDefault("apiaryLocation") is { } location && !string.IsNullOrWhiteSpace(location)
            && member.Apiaries.All(a => a.Location != location.Trim()))
        {
            member.AddApiary(location.Trim(), Number(request.GetValueOrDefault("hiveCount")) ?? 0);
        }

        MemberVersion.Touch(db, member);
        audit.Record(AuditAction.Updated, MemberAuditSnapshot.EntityType, member.Id.ToString(),
            AuditTrail.Changes(before, MemberAuditSnapshot.Of(member)));
        logger.LogInformation("Case {CaseReference}: membership {MembershipNumber} written onto member {MemberId}",
            serviceCase.Reference.Value, member.MembershipNumber, member.Id);
    }

    private static int? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Number(v.GetValue<string>()),
        _ => null,
    };

    private static int? Number(string? text) =>
        int.TryParse(ArabicText.ToAsciiDigits(text?.Trim() ?? string.Empty), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
