using System.Text.Json.Nodes;
using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// New request (step 1): the member (existing, or registered now), the service, the channel and the data. The case row,
/// its reference number, the member, the workflow instance (and whatever its first activities write, such as the
/// "request received" notification) commit in one transaction: if starting the workflow fails, nothing remains.
/// </summary>
public static class OpenCase
{
    /// <param name="MemberId">An existing member; or give <paramref name="Member"/>.</param>
    /// <param name="Member">A member to register (or found by national ID).</param>
    /// <param name="ServiceType">The service type's code, e.g. <c>support-request</c>.</param>
    /// <param name="Channel">One of the seven channels, e.g. <c>InPerson</c>.</param>
    /// <param name="Data">The form's answers: field key → text, number or true/false.</param>
    /// <param name="Actor">Who opens it.</param>
    public sealed record Command(Guid? MemberId, NewMember? Member, string? ServiceType, string? Channel, JsonObject? Data, WorkflowActor Actor)
        : IRequest<OpenedCase>;

    /// <summary>A member typed in with the request. Give <c>fullName</c> (four parts) or the four parts.</summary>
    public sealed record NewMember(
        string? FullName = null,
        string? FirstName = null,
        string? FatherName = null,
        string? GrandfatherName = null,
        string? FamilyName = null,
        string? EnglishName = null,
        string? NationalId = null,
        string? Mobile = null,
        string? Email = null,
        string? City = null,
        string? PreferredChannel = null,
        string? PreferredLanguage = null);

    public sealed record OpenedCase(Guid Id, string Reference, Guid MemberId, Guid WorkflowInstanceId, int Version);

    public sealed class Handler(
        AppDbContext db,
        IWorkflowRuntime runtime,
        ReferenceNumbers numbers,
        AuditTrail audit,
        TimeProvider clock,
        ILogger<Handler> logger) : IRequestHandler<Command, OpenedCase>
    {
        public async Task<OpenedCase> Handle(Command request, CancellationToken cancellationToken)
        {
            var channel = ParseChannel(request.Channel);
            var serviceType = await FindServiceTypeAsync(request.ServiceType, cancellationToken);
            var data = CaseData.From(request.Data, "data");
            var now = clock.GetUtcNow();
            var (member, isNew) = await ResolveMemberAsync(request, now, cancellationToken);

            var strategy = db.Database.CreateExecutionStrategy();
            try
            {
                return await strategy.ExecuteAsync(async ct =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var sequence = await numbers.NextAsync(ReferenceCounter.Cases, DualDate.HijriYear(now), ct);
                    var serviceCase = ServiceCase.Open(CaseReference.For(now, sequence), member.Id, serviceType, channel, data, now);
                    if (isNew)
                    {
                        db.Add(member);
                        MemberVersion.Touch(db, member);
                        audit.Record(AuditAction.Created, MemberAuditSnapshot.EntityType, member.Id.ToString(), MemberAuditSnapshot.Of(member));
                    }

                    db.Add(serviceCase);
                    CaseVersion.Touch(db, serviceCase);

                    var input = new JsonObject
                    {
                        [CaseLookup.CaseIdVariable] = serviceCase.Id.ToString(),
                        ["reference"] = serviceCase.Reference.Value,
                        ["memberId"] = member.Id.ToString(),
                        ["serviceType"] = serviceType.Code,
                        ["channel"] = channel.ToString(),
                    };
                    var instance = await runtime.StartAsync(serviceType.WorkflowDefinitionId!, input, request.Actor, ct);
                    serviceCase.AttachWorkflow(instance.InstanceId.ToString());
                    CaseVersion.Touch(db, serviceCase);
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);

                    logger.LogInformation("Case {CaseReference} opened for {ServiceType} through {Channel} by {Actor}; workflow instance {WorkflowInstanceId}",
                        serviceCase.Reference.Value, serviceType.Code, channel, request.Actor.Id, instance.InstanceId);
                    return new OpenedCase(serviceCase.Id, serviceCase.Reference.Value, member.Id, instance.InstanceId, CaseVersion.Of(db, serviceCase));
                }, cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                // Two desks registering the same national ID at once: the unique index lets one win.
                db.ChangeTracker.Clear();
                throw new ProblemException(StatusCodes.Status409Conflict,
                    "The request could not be saved because the same record was written at the same time. Try again.", ex.InnerException?.Message);
            }
        }

        private static Channel ParseChannel(string? channel) =>
            !string.IsNullOrWhiteSpace(channel) && !char.IsAsciiDigit(channel.Trim()[0])
            && Enum.TryParse<Channel>(channel.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw ProblemException.Validation("channel",
                    $"The channel is one of: {string.Join(", ", Enum.GetNames<Channel>())}.");

        private async Task<ServiceType> FindServiceTypeAsync(string? code, CancellationToken cancellationToken)
        {
            var trimmed = code?.Trim();
            var serviceType = string.IsNullOrEmpty(trimmed)
                ? null
                : await db.Set<ServiceType>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == trimmed, cancellationToken);
            if (serviceType is null)
            {
                throw ProblemException.Validation("serviceType", $"There is no service type '{trimmed}'. See GET /api/service-types.");
            }

            if (!serviceType.IsActive || serviceType.WorkflowDefinitionId is null)
            {
                throw ProblemException.Validation("serviceType", $"The service '{serviceType.NameEn}' is not available at the moment.");
            }

            return serviceType;
        }

        private async Task<(Member Member, bool IsNew)> ResolveMemberAsync(Command request, DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (request.MemberId is { } memberId)
            {
                var existing = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken)
                               ?? throw ProblemException.Validation("memberId", $"There is no member {memberId}.");
                return (existing, false);
            }

            if (request.Member is not { } typed)
            {
                throw ProblemException.Validation("memberId", "Give memberId (an existing member) or member (to register one).");
            }

            Member registered;
            try
            {
                registered = Member.Register(ToRegistration(typed), now);
            }
            catch (DomainRuleException ex)
            {
                throw new DomainRuleException($"member.{ex.Field}", ex.MessageAr, ex.MessageEn);
            }

            var same = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.NationalId == registered.NationalId, cancellationToken);
            return same is null ? (registered, true) : (same, false);
        }

        private static MemberRegistration ToRegistration(NewMember typed)
        {
            var parts = (typed.FullName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string? Part(string? given, int index) =>
                !string.IsNullOrWhiteSpace(given) ? given
                : index < 3 ? parts.ElementAtOrDefault(index)
                : parts.Length > 3 ? string.Join(' ', parts[3..]) : null;

            var channel = ContactChannel.Sms;
            if (!string.IsNullOrWhiteSpace(typed.PreferredChannel)
                && !(Enum.TryParse(typed.PreferredChannel.Trim(), ignoreCase: true, out channel) && Enum.IsDefined(channel)))
            {
                throw new DomainRuleException("member.preferredChannel", "وسيلة التواصل المفضلة: Sms أو Email.", "The preferred channel is Sms or Email.");
            }

            return new MemberRegistration
            {
                FirstName = Part(typed.FirstName, 0)!,
                FatherName = Part(typed.FatherName, 1)!,
                GrandfatherName = Part(typed.GrandfatherName, 2)!,
                FamilyName = Part(typed.FamilyName, 3)!,
                EnglishName = typed.EnglishName,
                NationalId = typed.NationalId!,
                Mobile = typed.Mobile!,
                Email = typed.Email,
                City = typed.City,
                PreferredChannel = channel,
                PreferredLanguage = string.IsNullOrWhiteSpace(typed.PreferredLanguage) ? "ar" : typed.PreferredLanguage,
                // Opening a case is not consenting: the officer records consents on the member's record when the member gives them.
            };
        }
    }
}
